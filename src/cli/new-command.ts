// `journey new FILE`: a starting journey with a standard phase model, ready to
// fill in. The phases come from language-server/phase-models.ts, as in completion.
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { t } from '../../language-server/l10n.js';
import { findPhaseModel, PHASE_MODELS, phaseLines, type PhaseModel } from '../../language-server/phase-models.js';
import { quote, slugify } from './journey-ids.js';
import { say } from './cli-output.js';
import { writeOutputFile } from './cli-write.js';
import { UsageError } from './usage-error.js';

export const KINDS = ['current', 'future', 'day', 'blueprint'] as const;
export type Kind = typeof KINDS[number];

/** The phase model of each kind when none is asked for: the same as the completion skeletons. */
export const DEFAULT_MODEL: Record<Kind, string> = { current: '5', future: '5', day: 'day', blueprint: '3' };

const KIND_NAMES: Record<Kind, string> = {
    current: 'current-state', future: 'future-state', day: 'day-in-the-life', blueprint: 'service blueprint',
};

/** What to do next, per kind, as comments inside the journey. */
const KIND_HINTS: Record<Kind, string[]> = {
    current: ['// Add what the customer thinks, does and feels to each phase (`thinks`, `does`, `emotion`),',
        '// and the touchpoints where you meet them, with how well you do there today (`score` 1-5).'],
    future: ['// A future-state map improves a current-state one: import its file at the top of this file',
        '// (import "current.journey") and add `improves <current journey id>` here.',
        '// Then add the touchpoints as you want them to be.'],
    day: ['// A day in the life: what the customer does, thinks and needs through the day,',
        '// and where your touchpoints fit into it.'],
    blueprint: ['// A service blueprint: under each phase\'s customer actions (`does`) and touchpoints, add what',
        '// happens at the front office, the back office and in support processes',
        '// (`frontoffice`, `backoffice`, `support`).'],
};

/** How a touchpoint is written, as a comment: `in` a phase, or `after` one when it moves the customer on. */
function touchpointHint(model: PhaseModel): string[] {
    return [
        '// A touchpoint sits `in` a phase, or `after` a phase when it moves the customer on to the next one:',
        '// touchpoint example "What the customer meets" {',
        `//     after ${model.phases[0].id}`,
        '//     via website, store',
        '// }',
    ];
}

export interface NewJourney { kind: Kind; model: PhaseModel; title: string; id: string }

export function newJourneyText({ kind, model, title, id }: NewJourney): string {
    // Ids are unique per kind, so the persona `customer` and the 7-phase model's phase `customer` do not clash.
    const body = [
        `kind ${kind}`,
        'goal "Why this journey is mapped"',
        ...KIND_HINTS[kind],
        'persona customer "Customer"',
        '',
        ...phaseLines(model),
        '',
        ...touchpointHint(model),
    ];
    const indented = body.flatMap(line => line.split('\n')).map(line => line ? `    ${line}` : '');
    return [
        `// A ${KIND_NAMES[kind]} journey map, phases from the model "${model.title}". Made by \`journey new\`.`,
        `journey ${id} ${quote(title)} {`,
        ...indented,
        '}',
        '',
    ].join('\n');
}

interface NewOptions { model?: string; kind: Kind; title?: string; force?: boolean }

export async function runNew(file: string, options: NewOptions): Promise<void> {
    if (!file.endsWith('.journey')) throw new UsageError(t("'{0}' does not end in .journey: journey check and imports only read .journey files", file));
    const model = findPhaseModel(options.model ?? DEFAULT_MODEL[options.kind])!;
    const base = path.basename(file, '.journey');
    const title = options.title?.trim() || base.replace(/[-_]+/g, ' ').replace(/^./, c => c.toUpperCase());
    const text = newJourneyText({ kind: options.kind, model, title, id: slugify(base, 'journey') });
    writeOutputFile(file, text, { force: options.force });
    say(t('Wrote {0}: a {1} journey with {2} phases ({3}).', file, KIND_NAMES[options.kind], model.phases.length, model.phases.map(p => p.label).join(' → ')));
    say(t('next: add touchpoints to each phase (journey check warns about phases without them), then run: journey check {0}', file));
}

export function registerNewCommand(program: Command): void {
    program.command('new')
        .description(t('Start a journey file with a standard phase model.'))
        .argument('<file>', t('the .journey file to write'))
        .addOption(new Option('--model <phases>', t('the phase model (default: 5; day for --kind day; 3 for blueprint)'))
            .choices(PHASE_MODELS.map(m => m.key)))
        .addOption(new Option('--kind <kind>', t('the kind of map')).choices(KINDS).default('current'))
        .option('--title <title>', t('the journey\'s title (default: from the file name)'))
        .option('--force', t('overwrite the file if it exists'))
        .addHelpText('after', `
Phase models: ${PHASE_MODELS.map(m => `${m.key} = ${m.title}`).join('; ')}.
The new file passes journey check without errors; it warns that the phases
have no touchpoints yet, which is what to add next.
Exit code: 0 when written, 2 on bad usage or when the file exists (without --force).

Examples:
  journey new shop.journey
  journey new --model 7 --title "Buying a bike" journeys/bike.journey
  journey new --kind day --title "A day of a commuter" commuter-day.journey
  journey new --kind future --model 10 renovation-future.journey`)
        .action(async (file: string, options: NewOptions) => { await runNew(file, options); });
}

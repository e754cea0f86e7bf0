// `journey new FILE`: a starting journey with a standard phase model, ready to
// fill in: the template of language-server/new-journey.ts, as New Journey… in the editor writes it.
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { DEFAULT_MODEL, KIND_NAMES, KINDS, type Kind } from '../../language-server/journey-kinds.js';
import { journeyIdOf, newJourneyText } from '../../language-server/new-journey.js';
import { findPhaseModel, PHASE_MODELS } from '../../language-server/phase-models.js';
import { t } from '../../language-server/l10n.js';
import { say } from './cli-output.js';
import { writeOutputFile } from './cli-write.js';
import { UsageError } from './usage-error.js';

interface NewOptions { model?: string; kind: Kind; title?: string; force?: boolean }

export async function runNew(file: string, options: NewOptions): Promise<void> {
    if (!file.endsWith('.journey')) throw new UsageError(t("'{0}' does not end in .journey: journey check and imports only read .journey files", file));
    const model = findPhaseModel(options.model ?? DEFAULT_MODEL[options.kind])!;
    const base = path.basename(file, '.journey');
    const title = options.title?.trim() || base.replace(/[-_]+/g, ' ').replace(/^./, c => c.toUpperCase());
    const text = newJourneyText({ kind: options.kind, model, title, id: journeyIdOf(base) });
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

// The text of a new journey: a standard phase model, a kind, a title, and comments that
// say what to add next. `journey new` and the editor's New Journey… both write it.
import { KIND_NAMES, type Kind } from './journey-kinds.js';
import { quote, slugify } from './journey-ids.js';
import { phaseLines, type PhaseModel } from './phase-models.js';

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
        `// A ${KIND_NAMES[kind]} journey map, phases from the model "${model.title}".`,
        `journey ${id} ${quote(title)} {`,
        ...indented,
        '}',
        '',
    ].join('\n');
}

/** The journey id a title gives: a valid id that is not a keyword. */
export const journeyIdOf = (title: string) => slugify(title, 'journey');

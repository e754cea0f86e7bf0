// A journey's diagram model as a Mermaid `journey` diagram
// (https://mermaid.js.org/syntax/userJourney.html). Pure: model in, text out.
//
// How a journey map becomes a Mermaid user journey:
// - title    = the journey's label;
// - sections = the phases, in order;
// - tasks    = the touchpoints of each phase. A touchpoint `between a and b`
//   is listed in the section of a, after the touchpoints `in a`: it happens
//   while the customer is still in a, and is what moves them on to b;
// - score    = the touchpoint's score (1–5, as in Mermaid). Without a score,
//   its emotion (-3…3, the general one, else the mean of its personas') mapped
//   linearly onto 1–5 and rounded; without either, 3 (neutral);
// - actors   = the labels of the personas the touchpoint is `for`, or of all
//   personas the journey follows when it names none.
//
// Mermaid's journey lexer reserves some characters: `#` and `%%` start comments,
// `;` is invalid, `:` ends a task name and separates score and actors, `,`
// separates actors, and a task starting with `title `, `section `, `journey`,
// `accTitle:` or `accDescr` is read as that statement. Labels are made safe by
// writing those characters as look-alikes (`:` as `∶`, `,` as `‚`, and `;`
// `#` `%` as their fullwidth forms), by a zero-width space before a leading
// keyword, and by turning line breaks into spaces, so the rendered text still
// reads the same.
import { EMOTION_SCALE, SCORE_SCALE, type DiagramModel, type TouchpointInfo } from '../../diagram-core/model.js';

export interface MermaidExportOptions {
    /** Wrap the diagram in a ```mermaid fence, for Markdown. */
    fenced?: boolean;
}

/** Put before a task name that Mermaid would otherwise read as a statement; `journey import` removes it. */
export const KEYWORD_GUARD = '\u200B';

/** Look-alikes for the characters Mermaid reserves: ratio sign, fullwidth semicolon and number sign, low-9 quote, fullwidth percent. */
const LOOK_ALIKES: Record<string, string> = { ':': '\u2236', ';': '\uFF1B', '#': '\uFF03', ',': '\u201A', '%': '\uFF05' };
const STATEMENT_START = /^(journey\b|title\s|section\s|acctitle\s*:|accdescr\s*[:{])/i;

type Field = 'title' | 'section' | 'task' | 'actor';
/** The characters each field must not contain, from Mermaid's lexer rules for that token. */
const RESERVED: Record<Field, RegExp> = {
    title: /[#;]/g,
    section: /[#;:]/g,
    task: /[#;:]/g,
    actor: /[#;:,]/g,
};

/** Text that Mermaid reads back as `text` (or a look-alike) in the given place; '' when nothing is left. */
export function mermaidText(text: string, field: Field): string {
    let safe = text.replace(/\s+/g, ' ').trim()
        .replace(RESERVED[field], ch => LOOK_ALIKES[ch])
        // `%%` starts a comment or a directive wherever it stands; `%` starts one at the start of a token.
        .replace(/%%/g, `${LOOK_ALIKES['%']}${LOOK_ALIKES['%']}`).replace(/^%/, LOOK_ALIKES['%']);
    if (field === 'task' && STATEMENT_START.test(safe)) safe = KEYWORD_GUARD + safe;
    return safe;
}

/** Maps an emotion (-3…3) onto Mermaid's score scale (1…5). */
export function emotionToScore(emotion: number): number {
    const { min, max } = EMOTION_SCALE;
    const clamped = Math.min(max, Math.max(min, emotion));
    return Math.round(SCORE_SCALE.min + (clamped - min) * (SCORE_SCALE.max - SCORE_SCALE.min) / (max - min));
}

export function touchpointScore(touchpoint: TouchpointInfo): number {
    if (touchpoint.score !== undefined) return Math.min(SCORE_SCALE.max, Math.max(SCORE_SCALE.min, Math.round(touchpoint.score)));
    const general = touchpoint.emotions.find(e => e.persona === undefined);
    if (general) return emotionToScore(general.value);
    if (touchpoint.emotions.length > 0) {
        return emotionToScore(touchpoint.emotions.reduce((sum, e) => sum + e.value, 0) / touchpoint.emotions.length);
    }
    return 3;
}

export function toMermaidJourney(model: DiagramModel, options: MermaidExportOptions = {}): string {
    const personaLabels = new Map(model.personas.map(p => [p.name, p.label]));
    const everyone = model.personas.map(p => p.label);
    const actorsOf = (touchpoint: TouchpointInfo) => {
        const labels = touchpoint.personas.length > 0 ? touchpoint.personas.map(name => personaLabels.get(name) ?? name) : everyone;
        return [...new Set(labels.map(label => mermaidText(label, 'actor')).filter(Boolean))];
    };
    const phaseNames = new Set(model.phases.map(p => p.name));
    const sectionOf = (t: TouchpointInfo) => t.placement?.phase;

    const lines = [
        'journey',
        `    title ${mermaidText(model.title, 'title') || model.name}`,
        `    %% Exported by \`journey export\` from the journey '${model.name}'. Sections are its phases, tasks its touchpoints;`,
        '    %% a touchpoint between two phases is listed in the section of the first, after those in it.',
        '    %% Scores: the touchpoint score (1-5), else its emotion (-3..3) mapped to 1-5, else 3.',
    ];
    for (const phase of model.phases) {
        lines.push(`    section ${mermaidText(phase.label, 'section') || phase.name}`);
        const inPhase = model.touchpoints.filter(t => sectionOf(t) === phase.name);
        const tasks = [...inPhase.filter(t => t.placement?.kind === 'in'), ...inPhase.filter(t => t.placement?.kind === 'after')];
        for (const touchpoint of tasks) {
            const actors = actorsOf(touchpoint);
            const name = mermaidText(touchpoint.label, 'task') || touchpoint.name;
            lines.push(`      ${name}: ${touchpointScore(touchpoint)}${actors.length ? `: ${actors.join(', ')}` : ''}`);
        }
    }
    const unplaced = model.touchpoints.filter(t => !phaseNames.has(sectionOf(t) ?? ''));
    if (unplaced.length > 0) {
        lines.push(`    %% Not exported, for lack of a phase: ${unplaced.map(t => mermaidText(t.label, 'task') || t.name).join(', ')}`);
    }
    const text = `${lines.join('\n')}\n`;
    return options.fenced ? `\`\`\`mermaid\n${text}\`\`\`\n` : text;
}

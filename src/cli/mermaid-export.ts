// A journey's diagram model as a Mermaid `journey` diagram
// (https://mermaid.js.org/syntax/userJourney.html). Pure: model in, text out.
//
// How a journey map becomes a Mermaid user journey:
// - title    = the journey's label, also its `accTitle` (what screen readers
//   announce); `accDescr` = the journey's description;
// - sections = the phases, in order;
// - tasks    = the touchpoints of each phase. A touchpoint `after a` (or
//   `between a and b`) is listed in the section of a, after the touchpoints
//   `in a`: it happens while the customer is still in a, and is what moves
//   them on (after the last phase: out of the map). One task per touchpoint,
//   over however many channels: Mermaid has no channels;
// - score    = the touchpoint's score (1–5, as in Mermaid). Without a score,
//   its emotion (-3…3, the general one, else the mean of its personas') mapped
//   linearly onto 1–5 and rounded; without either, 3 (neutral);
// - actors   = the labels of the personas the touchpoint is `for`; none when
//   it names none, so a task without actors comes back without `for`. A
//   journey that says `for` nowhere is about all its personas: then every
//   task has them all as actors;
// - a line break in a phase or touchpoint label is `<br>`, which Mermaid
//   draws as a line break in sections and tasks.
//
// Mermaid's journey lexer reserves some characters: `#` and `%%` start comments,
// `;` is invalid, `:` ends a task name and separates score and actors, `,`
// separates actors, and a task starting with `title `, `section `, `journey`,
// `accTitle:` or `accDescr` is read as that statement. Labels are made safe by
// writing those characters as look-alikes (`:` as `∶`, `,` as `‚`, and `;`
// `#` `%` as their fullwidth forms), by a zero-width space before a leading
// keyword, and by turning other line breaks into spaces, so the rendered text
// still reads the same. A `<br>` written in a label is kept from becoming a
// line break with a fullwidth `<`.
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
/** What Mermaid draws as a line break in a section or task name (its journey renderer splits on this). */
export const MERMAID_LINE_BREAK = /<br\s*\/?>/gi;

type Field = 'title' | 'section' | 'task' | 'actor' | 'accessibility';
/** The characters each field must not contain, from Mermaid's lexer rules for that token (accTitle and accDescr run to the end of the line). */
const RESERVED: Record<Field, RegExp> = {
    title: /[#;]/g,
    section: /[#;:]/g,
    task: /[#;:]/g,
    actor: /[#;:,]/g,
    accessibility: /(?!)/g,
};

/** Text that Mermaid reads back as `text` (or a look-alike) in the given place; '' when nothing is left. */
export function mermaidText(text: string, field: Field): string {
    // Sections and tasks may break lines (a `<br>` written in the text must not); elsewhere Mermaid shows `<br>` as it is.
    const breaks = field === 'section' || field === 'task';
    const lines = (breaks ? text.replace(MERMAID_LINE_BREAK, tag => `\uFF1C${tag.slice(1)}`) : text).split(/\r\n?|\n/);
    let safe = lines.map(line => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join(breaks ? '<br>' : ' ')
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
    const anyFor = model.touchpoints.some(t => t.personas.length > 0);
    const actorsOf = (touchpoint: TouchpointInfo) => [...new Set((anyFor ? touchpoint.personas : model.personas.map(p => p.name))
        .map(name => mermaidText(personaLabels.get(name) ?? name, 'actor')).filter(Boolean))];
    const phaseNames = new Set(model.phases.map(p => p.name));
    const sectionOf = (t: TouchpointInfo) => t.placement?.phase;
    const title = mermaidText(model.title, 'title') || model.name;
    const description = model.description === undefined ? '' : mermaidText(model.description, 'accessibility');

    const lines = [
        'journey',
        `    title ${title}`,
        `    accTitle: ${mermaidText(model.title, 'accessibility') || model.name}`,
        ...(description ? [`    accDescr: ${description}`] : []),
        `    %% Exported by \`journey export\` from the journey '${model.name}'. Sections are its phases, tasks its touchpoints`,
        '    %% (one after a phase is listed in its section, after those in it); actors are whom a touchpoint is for.',
        '    %% Scores: the touchpoint score (1-5), else its emotion (-3..3) mapped to 1-5, else 3. accDescr is the description.',
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

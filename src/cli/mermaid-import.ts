// Mermaid `journey` diagrams (https://mermaid.js.org/syntax/userJourney.html)
// read into journey text. Pure: text in, text out.
//
// The parser follows Mermaid's own lexer (user-journey/parser/journey.jison),
// one line at a time:
//   journey                          the first statement, in lower case (Mermaid's detector)
//   title My working day             up to `#` (a comment) or the end of the line
//   accTitle: …  accDescr: …         to the end of the line; `accDescr { … }` over lines
//   section Go to work               no `:` in the name
//   Make tea: 5: Me, Cat             task name, score, actors (after a second `:`)
//   %% comment   # comment           skipped; `#` also ends a line's text
// `;` is invalid in a journey diagram, as in Mermaid. A Markdown file may hold
// the diagram in a ```mermaid (or ~~~mermaid) fence; every journey fence is read.
//
// How it maps onto a journey: the title (else accTitle) becomes the journey's
// label, accDescr its `description`, sections its
// phases, tasks touchpoints `in` their section's phase with their `score`
// (rounded and kept within 1–5), and actors personas of the journey: a task's
// actors are its `for`, and a task without actors has no `for` (it is for
// everyone), which is what `journey export` writes back. A `<br>` in a section
// or task is a line break in the label (`\n` in the quoted text). Ids are made
// from the labels, unique in the journey.
import { IdAllocator, quote } from '../../language-server/journey-ids.js';
import { t } from '../../language-server/l10n.js';
import { KEYWORD_GUARD, MERMAID_LINE_BREAK } from './mermaid-export.js';

export interface MermaidTask { name: string; score: number; actors: string[]; line: number }
export interface MermaidSection { name?: string; line: number; tasks: MermaidTask[] }
export interface MermaidJourney {
    title?: string;
    accTitle?: string;
    /** Line of the accTitle, 1-based in the file read. */
    accTitleLine?: number;
    accDescr?: string;
    sections: MermaidSection[];
    /** Line of the `journey` keyword, 1-based in the file read. */
    line: number;
}

/** A line that Mermaid would not accept, or that has no journey meaning. `line` is 1-based in the file read. */
export class MermaidSyntaxError extends Error {
    constructor(readonly line: number, message: string) {
        super(message);
    }
}

export interface ImportWarning { line: number; message: string }

export interface MermaidImport {
    text: string;
    journeys: Array<{ id: string; phases: number; touchpoints: number; personas: number }>;
    warnings: ImportWarning[];
}

interface Block { lines: string[]; firstLine: number }

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*mermaid\b/i;
const isComment = (line: string) => line.startsWith('%') || line.startsWith('#');

/** The Mermaid text of a file: its ```mermaid fences holding a journey, or the whole text when it has no fences. */
export function mermaidBlocks(text: string): Block[] {
    const lines = text.split(/\r\n?|\n/);
    const fences: Block[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = FENCE_OPEN.exec(lines[i]);
        if (!open) continue;
        const marker = open[1];
        const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
        const start = i + 1;
        while (i + 1 < lines.length && !close.test(lines[i + 1])) i++;
        fences.push({ lines: lines.slice(start, i + 1), firstLine: start + 1 });
        i++;
    }
    if (fences.length === 0) return [{ lines, firstLine: 1 }];
    const journeys = fences.filter(block => /^journey\b/.test(firstStatement(block)?.text ?? ''));
    if (journeys.length === 0) {
        const first = firstStatement(fences[0]);
        throw new MermaidSyntaxError(first?.line ?? fences[0].firstLine - 1,
            t('the ```mermaid blocks hold no journey diagram (the first starts with `{0}`); a journey diagram starts with `journey`', first?.text ?? ''));
    }
    return journeys;
}

/** The first line that is not blank, a comment or front matter, with its 1-based line number. */
function firstStatement(block: Block): { text: string; line: number } | undefined {
    let i = skipFrontMatter(block.lines);
    for (; i < block.lines.length; i++) {
        const text = block.lines[i].trim();
        if (text && !isComment(text)) return { text, line: block.firstLine + i };
    }
    return undefined;
}

function skipFrontMatter(lines: string[]): number {
    const first = lines.findIndex(line => line.trim() !== '');
    if (first < 0 || lines[first].trim() !== '---') return 0;
    const end = lines.findIndex((line, i) => i > first && line.trim() === '---');
    return end < 0 ? 0 : end + 1;
}

/** Front matter `title:`, which Mermaid uses when the diagram has no `title` line. */
function frontMatterTitle(lines: string[]): string | undefined {
    const end = skipFrontMatter(lines);
    for (const line of lines.slice(0, end)) {
        const match = /^title:\s*(.*)$/.exec(line.trim());
        if (match) return match[1].trim().replace(/^(["'])(.*)\1$/, '$2') || undefined;
    }
    return undefined;
}

export function parseMermaidJourney(block: Block): MermaidJourney {
    const start = firstStatement(block);
    if (!start || !/^journey\b/.test(start.text)) {
        throw new MermaidSyntaxError(start?.line ?? block.firstLine,
            start ? t('not a Mermaid journey diagram: expected `journey` first, found `{0}`', start.text)
                : t('not a Mermaid journey diagram: the text is empty; a journey diagram starts with `journey`'));
    }
    const journey: MermaidJourney = { title: frontMatterTitle(block.lines), sections: [], line: start.line };
    let section: MermaidSection | undefined;
    let accDescrLines: string[] | undefined;
    let accDescrLine = 0;
    for (let i = start.line - block.firstLine; i < block.lines.length; i++) {
        const line = block.firstLine + i;
        const fail = (message: string): never => { throw new MermaidSyntaxError(line, message); };
        let text = block.lines[i].trim();
        if (i === start.line - block.firstLine) text = text.replace(/^journey\b/, '').trim();
        if (accDescrLines) {
            const end = text.indexOf('}');
            accDescrLines.push(end < 0 ? text : text.slice(0, end));
            if (end >= 0) {
                journey.accDescr = accDescrLines.join(' ').replace(/\s+/g, ' ').trim();
                accDescrLines = undefined;
            }
            continue;
        }
        if (!text || isComment(text)) continue;
        let match: RegExpExecArray | null;
        if ((match = /^accTitle\s*:\s*(.*)$/i.exec(text))) { [journey.accTitle, journey.accTitleLine] = [match[1].trim(), line]; continue; }
        if ((match = /^accDescr\s*:\s*(.*)$/i.exec(text))) { journey.accDescr = match[1].trim(); continue; }
        if ((match = /^accDescr\s*\{(.*)$/i.exec(text))) {
            const end = match[1].indexOf('}');
            if (end >= 0) journey.accDescr = match[1].slice(0, end).trim();
            else [accDescrLines, accDescrLine] = [[match[1]], line];
            continue;
        }
        if (/^journey\b/i.test(text)) fail(t('`journey` can only start the diagram (a task name cannot begin with the word "journey")'));
        text = text.replace(/#.*$/, '').trim();
        if (!text) continue;
        if (text.includes(';')) fail('`;` is not allowed in a Mermaid journey diagram');
        if ((match = /^title(?:\s+(.*))?$/i.exec(text))) {
            if (!match[1]) fail(t('`title` needs the diagram\'s title after it'));
            journey.title = match[1].trim();
            continue;
        }
        if ((match = /^section(?:\s+(.*))?$/i.exec(text))) {
            if (!match[1]) fail(t('`section` needs a name after it'));
            if (match[1].includes(':')) fail(t('a section name cannot contain `:` (in `{0}`); a task is written `Task name: score: actor` on its own line', text));
            section = { name: match[1].trim(), line, tasks: [] };
            journey.sections.push(section);
            continue;
        }
        const colon = text.indexOf(':');
        if (colon < 0) fail(t('expected a task `Task name: score: actor, actor`, a `section` or a `title`, found `{0}`', text));
        const name = text.slice(0, colon).trim().replace(new RegExp(`^${KEYWORD_GUARD}`), '');
        if (!name) fail(t('a task needs a name before the `:` (in `{0}`)', text));
        const [scoreText, actorText] = text.slice(colon + 1).split(':');
        const score = Number(scoreText.trim());
        if (scoreText.trim() === '' || !Number.isFinite(score)) {
            fail(t("the score of task '{0}' must be a number from 1 to 5, found '{1}'", name, scoreText.trim()));
        }
        const actors = (actorText ?? '').split(',').map(actor => actor.trim()).filter(Boolean);
        if (!section) {
            section = { line, tasks: [] };
            journey.sections.push(section);
        }
        section.tasks.push({ name, score, actors: [...new Set(actors)], line });
    }
    if (accDescrLines) throw new MermaidSyntaxError(accDescrLine, t('`accDescr {` is not closed with `}`'));
    return journey;
}

/** A section or task name as a label: Mermaid draws `<br>` in them as a line break. */
const labelOf = (name: string) => name.split(MERMAID_LINE_BREAK).map(line => line.trim()).filter(Boolean).join('\n');

/** The journey text for Mermaid journey diagrams; `fallbackTitle` names a diagram without a title. */
export function mermaidToJourney(diagrams: readonly MermaidJourney[], fallbackTitle: string): MermaidImport {
    const warnings: ImportWarning[] = [];
    const journeyIds = new IdAllocator();
    const journeys: MermaidImport['journeys'] = [];
    const out = ['// Imported from a Mermaid journey diagram. Next: add channels (`via`), owners and emotions,',
        '// and run `journey check` on this file.'];
    for (const diagram of diagrams) {
        const label = diagram.title || diagram.accTitle || fallbackTitle;
        const id = journeyIds.allocate(label, 'journey');
        const ids = new IdAllocator();
        const personas = new Map<string, string>();
        for (const actor of diagram.sections.flatMap(s => s.tasks.flatMap(t => t.actors))) {
            if (!personas.has(actor)) personas.set(actor, ids.allocate(actor, 'persona'));
        }
        const phases = diagram.sections.map(section => ({ label: labelOf(section.name ?? 'Tasks'), section }))
            .map(p => ({ ...p, id: ids.allocate(p.label, 'phase') }));
        const lines = [`journey ${id} ${quote(label)} {`, '    kind current'];
        if (diagram.accTitle && diagram.accTitle !== label) {
            // A journey has one label: the title's. Keep the other text where a reader finds it.
            lines.push(`    // Mermaid accTitle: ${diagram.accTitle}`);
            warnings.push({ line: diagram.accTitleLine ?? diagram.line, message: t("the accTitle differs from the title; the journey's label is the title, and the accTitle is kept as a comment") });
        }
        if (diagram.accDescr) lines.push(`    description ${quote(diagram.accDescr)}`);
        if (personas.size > 0) lines.push('', ...[...personas].map(([actor, personaId]) => `    persona ${personaId} ${quote(actor)}`));
        if (phases.length > 0) lines.push('', ...phases.map(({ label: phaseLabel, id: phaseId }) => `    phase ${phaseId} ${quote(phaseLabel, true)}`));
        let touchpoints = 0;
        for (const { section, id: phaseId } of phases) {
            if (section.tasks.length > 0) lines.push('');
            for (const task of section.tasks) {
                const score = Math.min(5, Math.max(1, Math.round(task.score)));
                if (score !== task.score) {
                    warnings.push({ line: task.line, message: t("the score {0} of task '{1}' is not a whole number from 1 to 5; written as {2}", task.score, task.name, score) });
                }
                const taskLabel = labelOf(task.name);
                lines.push(`    touchpoint ${ids.allocate(taskLabel, 'touchpoint')} ${quote(taskLabel, true)} {`, `        in ${phaseId}`,
                    ...(task.actors.length ? [`        for ${task.actors.map(actor => personas.get(actor)).join(', ')}`] : []),
                    `        score ${score}`, '    }');
                touchpoints++;
            }
        }
        lines.push('}');
        out.push(...(journeys.length > 0 ? [''] : []), ...lines);
        journeys.push({ id, phases: phases.length, touchpoints, personas: personas.size });
    }
    return { text: `${out.join('\n')}\n`, journeys, warnings };
}

/** Reads a Mermaid file (or a Markdown file with ```mermaid journey fences) into journey text. */
export function importMermaid(text: string, fallbackTitle: string): MermaidImport {
    return mermaidToJourney(mermaidBlocks(text).map(parseMermaidJourney), fallbackTitle);
}

// Writes journey diffs for people — plain text for a terminal, Markdown to paste
// as a pull-request comment — and JSON for tools. Only diagram-core imports: the
// language server uses this file too, to answer `journey/diff`.
import {
    type ChangeKind, type DiffElementType, type DiffValue, type EmotionCurves, type JourneyChange, type JourneyDiff,
} from './journey-diff.js';
import { inertLine, inertMarkdown } from './inert-text.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = typeof DIFF_FORMATS[number];

export interface FileDiff {
    /** The file, as the reader knows it. */
    path: string;
    /** What is compared: a revision ("main"), a file path, "working tree", "editor". */
    before: string;
    after: string;
    journeys: JourneyDiff[];
    /** Errors in each version (as `journey check` counts them): the diff of such a file may be wrong or incomplete. */
    errors?: { before: number; after: number };
}

export function formatDiff(files: readonly FileDiff[], format: DiffFormat): string {
    return format === 'json' ? formatJson(files) : format === 'markdown' ? formatMarkdown(files) : formatText(files);
}

export const hasChanges = (files: readonly FileDiff[]) => files.some(f => f.journeys.some(j => j.status !== 'unchanged'));

/** A version as people name it: two files by their paths, versions of one file by path and version ("shop.journey (HEAD)"). */
export const versionName = (file: FileDiff, side: 'before' | 'after') =>
    (file[side].endsWith('.journey') ? file[side] : `${file.path} (${file[side]})`);

/** The versions of the files that have errors. */
export const versionsWithErrors = (files: readonly FileDiff[]) =>
    files.flatMap(f => (['before', 'after'] as const).filter(side => (f.errors?.[side] ?? 0) > 0).map(side => ({ file: f, side, errors: f.errors![side] })));

/** One warning per version with errors, said plainly, for the top of every format. */
export function diffWarnings(files: readonly FileDiff[]): string[] {
    return versionsWithErrors(files).map(({ file, side, errors }) =>
        `${versionName(file, side)} has ${errors} error${errors === 1 ? '' : 's'}: this diff may be wrong or incomplete`);
}

// ---------------------------------------------------------------- words

const NOUNS: Record<DiffElementType, [string, string]> = {
    journey: ['journey', 'journeys'], persona: ['persona', 'personas'], phase: ['phase', 'phases'],
    touchpoint: ['touchpoint', 'touchpoints'], entry: ['lane entry', 'lane entries'], improvement: ['improvement', 'improvements'],
    department: ['department', 'departments'], channel: ['channel', 'channels'],
};
const ELEMENT_ORDER: DiffElementType[] = ['journey', 'phase', 'touchpoint', 'entry', 'persona', 'improvement', 'department', 'channel'];
const KIND_TITLES: Record<ChangeKind, string> = {
    added: 'Added', removed: 'Removed', renamed: 'Renamed', moved: 'Moved', reordered: 'Reordered', changed: 'Changed',
};

const noun = (element: DiffElementType, count = 1) => NOUNS[element][count === 1 ? 0 : 1];

const PROPERTY_NAMES: Record<string, string> = {
    for: 'personas', text: 'text', id: 'id', label: 'label', position: 'position', placement: 'place',
};

/** A property as people say it: `emotion:family` → "emotion of family"; a renamed metric → "metric id". */
export function propertyName(property: string | undefined, kind?: ChangeKind): string {
    if (!property) return '';
    if (property.startsWith('emotion:')) return `emotion of ${property.slice('emotion:'.length)}`;
    if (property.startsWith('metric:')) return kind === 'renamed' ? 'metric id' : `metric ${property.slice('metric:'.length)}`;
    if (property.startsWith('channel:')) return 'channel';
    return PROPERTY_NAMES[property] ?? property;
}

/**
 * A change of one item of a list (a channel of a touchpoint, a metric, a line of
 * a persona) that was added or removed: said so, rather than "none → …".
 */
export function itemChange(c: JourneyChange): 'added' | 'removed' | undefined {
    const item = c.element === 'persona' || /^(channel|metric):/.test(c.property ?? '');
    if (!item || c.kind !== 'changed') return undefined;
    return c.before === null ? 'added' : c.after === null ? 'removed' : undefined;
}

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** A before or after value as people read it. */
export function showValue(value: DiffValue | undefined, property?: string): string {
    if (value === null || value === undefined) return 'none';
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
    if (typeof value === 'number' && property?.startsWith('emotion')) return signed(value);
    return String(value);
}

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function countBy<K>(items: readonly JourneyChange[], key: (c: JourneyChange) => K): Map<K, number> {
    const counts = new Map<K, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return counts;
}

function contents(changes: readonly JourneyChange[]): string {
    const counts = countBy(changes.filter(c => c.element !== 'journey'), c => c.element);
    return ELEMENT_ORDER.filter(e => counts.has(e)).map(e => `${counts.get(e)} ${noun(e, counts.get(e))}`).join(', ');
}

/** A rename or a changed property in a few words, for the summary line. */
function changeWords(c: JourneyChange): string {
    const value = (v: DiffValue | undefined) => clip(showValue(v, c.property), 40);
    const label = clip(c.label, 40);
    if (c.kind === 'renamed' && c.property === 'id') return `${noun(c.element)} id ${value(c.before)} → ${value(c.after)}`;
    if (c.kind === 'renamed' && c.property?.startsWith('metric:')) return `metric id of '${label}' ${value(c.before)} → ${value(c.after)}`;
    if (c.kind === 'renamed') return `${noun(c.element)} '${value(c.before)}' renamed '${value(c.after)}'`;
    if (c.property === 'text') return `text '${value(c.before)}' → '${value(c.after)}'`;
    const item = itemChange(c);
    if (item) return `${propertyName(c.property)} of '${label}' ${item}: ${value(item === 'added' ? c.after : c.before)}`;
    return `${propertyName(c.property)} of '${label}' ${value(c.before)} → ${value(c.after)}`;
}

/** A metric's new id is a change of the element that has it. */
const isMetricRename = (c: JourneyChange) => c.kind === 'renamed' && c.property?.startsWith('metric:') === true;

/** One line: "2 touchpoints added, 1 moved, score of 'Online ads' 3 → 2". */
export function summaryPhrase(diff: JourneyDiff): string {
    if (diff.status === 'unchanged') return 'no changes';
    if (diff.status === 'added') return `new journey${diff.changes.length > 1 ? ` with ${contents(diff.changes)}` : ''}`;
    if (diff.status === 'removed') return `journey removed${diff.changes.length > 1 ? ` (it had ${contents(diff.changes)})` : ''}`;
    const parts: string[] = [];
    // Renames and changed properties in words when there are few; else how many elements.
    const detailed = diff.changes.filter(c => c.kind === 'renamed' || c.kind === 'changed');
    const counted: ChangeKind[] = detailed.length <= 3 ? ['added', 'removed', 'moved', 'reordered'] : ['added', 'removed', 'renamed', 'moved', 'reordered'];
    for (const element of ELEMENT_ORDER) {
        let first = true;
        for (const kind of counted) {
            const n = diff.changes.filter(c => c.element === element && c.kind === kind && !isMetricRename(c)).length;
            if (n === 0) continue;
            parts.push(first ? `${n} ${noun(element, n)} ${kind}` : `${n} ${kind}`);
            first = false;
        }
    }
    if (detailed.length <= 3) {
        parts.push(...detailed.map(changeWords));
    } else {
        const changed = diff.changes.filter(c => c.kind === 'changed' || isMetricRename(c));
        const elements = new Map<DiffElementType, Set<string>>();
        for (const c of changed) (elements.get(c.element) ?? elements.set(c.element, new Set()).get(c.element)!).add(c.id);
        parts.push(...ELEMENT_ORDER.filter(e => elements.has(e)).map(e => `${elements.get(e)!.size} ${noun(e, elements.get(e)!.size)} changed`));
    }
    return parts.join(', ');
}

// ---------------------------------------------------------------- emotion

interface EmotionTable {
    curves: Array<{ key: string; label: string }>;
    rows: Array<{ label: string; cells: Array<{ before: number | null; after: number | null }> }>;
    sparklines: Array<{ label: string; before: string; after: string }>;
    changed: boolean;
}

const SPARK = '▁▂▃▄▅▆▇';

/** A text sparkline of a curve on the -3…+3 scale; `·` where a phase has no emotion. */
export function sparkline(values: ReadonlyArray<number | null>): string {
    return values.map(v => (v === null ? '·' : SPARK[Math.max(0, Math.min(6, Math.round(v) + 3))])).join('');
}

function emotionTable({ before, after }: { before: EmotionCurves; after: EmotionCurves }): EmotionTable {
    const keyOf = (persona: string | null) => persona ?? '';
    const curves: EmotionTable['curves'] = [];
    for (const c of [...after.curves, ...before.curves]) {
        if (!curves.some(k => k.key === keyOf(c.persona))) curves.push({ key: keyOf(c.persona), label: c.label });
    }
    // Phases in the new order; phases only in the old version after the phase they used to follow.
    const phases = after.phases.map(p => ({ name: p.name, label: p.label }));
    let insertAt = 0;
    for (const p of before.phases) {
        const at = phases.findIndex(q => q.name === p.name);
        if (at >= 0) insertAt = at + 1;
        else phases.splice(insertAt++, 0, { name: p.name, label: p.label });
    }
    const valueIn = (side: EmotionCurves, key: string, phase: string) => {
        const index = side.phases.findIndex(p => p.name === phase);
        return index < 0 ? null : side.curves.find(c => keyOf(c.persona) === key)?.values[index] ?? null;
    };
    const rows = phases.map(p => ({
        label: p.label,
        cells: curves.map(c => ({ before: valueIn(before, c.key, p.name), after: valueIn(after, c.key, p.name) })),
    }));
    const sparklines = curves.map(c => ({
        label: c.label,
        before: sparkline(before.curves.find(k => keyOf(k.persona) === c.key)?.values ?? []),
        after: sparkline(after.curves.find(k => keyOf(k.persona) === c.key)?.values ?? []),
    }));
    const changed = rows.some(r => r.cells.some(cell => cell.before !== cell.after)) || sparklines.some(s => s.before !== s.after);
    return { curves, rows, sparklines, changed };
}

function emotionCell(before: number | null, after: number | null): string {
    if (before === after) return before === null ? '' : signed(before);
    const arrow = before !== null && after !== null ? (after > before ? ' ↑' : ' ↓') : '';
    return `${before === null ? '·' : signed(before)} → ${after === null ? '·' : signed(after)}${arrow}`;
}

// ---------------------------------------------------------------- text

/** User text on one line, inert on a terminal and in a CI log (inert-text.ts). */
export const plain = inertLine;

const SIGNS: Record<ChangeKind, string> = { added: '+', removed: '-', renamed: '~', moved: '>', reordered: '^', changed: '~' };

function textLine(c: JourneyChange): string {
    const what = `${noun(c.element)} '${plain(c.label)}'`;
    const where = c.context ? ` (${plain(c.context)})` : '';
    const quote = (text: string) => (c.property === 'text' ? `'${text}'` : text);
    const values = `${quote(plain(showValue(c.before, c.property)))} → ${quote(plain(showValue(c.after, c.property)))}`;
    const item = itemChange(c);
    switch (c.kind) {
        case 'added':
        case 'removed': return `${what}${where}`;
        case 'renamed': return renamedLine(c);
        case 'moved': return `${what} moved: ${values}`;
        case 'reordered': return `${what}${where} reordered: position ${values}`;
        case 'changed': return item
            ? `${what}${where}: ${propertyName(c.property)} ${item}: ${plain(showValue(item === 'added' ? c.after : c.before, c.property))}`
            : `${what}${where}: ${propertyName(c.property)} ${values}`;
    }
}

function renamedLine(c: JourneyChange): string {
    const [before, after] = [plain(showValue(c.before)), plain(showValue(c.after))];
    if (c.property === 'label' || c.property === undefined) return `${noun(c.element)} renamed: '${before}' → '${after}'`;
    const labels = c.formerLabel !== undefined ? `, label '${plain(c.formerLabel)}' → '${plain(c.label)}'` : '';
    return `${noun(c.element)} '${plain(c.label)}': ${propertyName(c.property, c.kind)} ${before} → ${after}${labels}`;
}

export function formatText(files: readonly FileDiff[]): string {
    if (files.length === 0) return '';
    const lines: string[] = diffWarnings(files).map(w => `warning: ${plain(w)}`);
    for (const file of files) {
        lines.push(`${plain(file.path)}: ${plain(file.before)} → ${plain(file.after)}`);
        if (file.journeys.length === 0) lines.push('  no journeys');
        for (const journey of file.journeys) {
            lines.push(`  ${plain(journey.title)} (${journey.journey}): ${plain(summaryPhrase(journey))}`);
            if (journey.status === 'changed') {
                for (const c of journey.changes) lines.push(`    ${SIGNS[c.kind]} ${textLine(c)}`);
            }
            const emotion = emotionTable(journey.emotion);
            if (journey.status !== 'changed' || !emotion.changed) continue;
            emotion.curves.forEach((curve, i) => {
                const moves = emotion.rows.filter(r => r.cells[i].before !== r.cells[i].after)
                    .map(r => `${plain(r.label)} ${emotionCell(r.cells[i].before, r.cells[i].after)}`);
                const { before, after } = emotion.sparklines[i];
                lines.push(`    emotion of ${plain(curve.label)}: ${before || '(none)'} → ${after || '(none)'}${moves.length ? `  (${moves.join(', ')})` : ''}`);
            });
        }
    }
    return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- Markdown

/**
 * User text for Markdown, in a table cell or a paragraph: one line, no HTML, no
 * table breaks, no code spans, links, emphasis, math or @mentions (inert-text.ts).
 */
export const escapeMarkdown = inertMarkdown;

const md = escapeMarkdown;

function table(head: string[], rows: string[][]): string[] {
    return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(r => `| ${r.join(' | ')} |`)];
}

function kindTable(kind: ChangeKind, changes: JourneyChange[]): string[] {
    const type = (c: JourneyChange) => noun(c.element);
    const value = (c: JourneyChange, v: DiffValue | undefined) => md(showValue(v, c.property));
    switch (kind) {
        case 'added':
        case 'removed':
            return table(['', 'Name', 'Where'], changes.map(c => [type(c), md(c.label), md(c.context ?? '')]));
        case 'renamed':
            return table(['', 'Name', 'What', 'Before', 'After'], changes.map(c => [type(c), md(c.label), md(c.formerLabel !== undefined ? 'id and label' : propertyName(c.property ?? 'label', c.kind)),
                value(c, c.formerLabel !== undefined ? `${c.formerLabel} (${showValue(c.before)})` : c.before),
                value(c, c.formerLabel !== undefined ? `${c.label} (${showValue(c.after)})` : c.after)]));
        case 'moved':
            return table(['', 'Name', 'From', 'To'], changes.map(c => [type(c), md(c.label), value(c, c.before), value(c, c.after)]));
        case 'reordered':
            return table(['', 'Name', 'Where', 'Position'], changes.map(c => [type(c), md(c.label), md(c.context ?? ''), `${value(c, c.before)} → ${value(c, c.after)}`]));
        case 'changed':
            return table(['', 'Name', 'What', 'Before', 'After'], changes.map(c =>
                [type(c), md(c.label) + (c.context ? ` (${md(c.context)})` : ''), md(propertyName(c.property)) + (itemChange(c) ? ` ${itemChange(c)}` : ''),
                    value(c, c.before), value(c, c.after)]));
    }
}

function markdownEmotion(emotion: EmotionTable): string[] {
    const lines = ['**Emotion curve**', ''];
    for (const s of emotion.sparklines) lines.push(`- ${md(s.label)}: \`${s.before || ' '}\` → \`${s.after || ' '}\``);
    lines.push('', ...table(['Phase', ...emotion.curves.map(c => md(c.label))],
        emotion.rows.map(r => [md(r.label), ...r.cells.map(cell => emotionCell(cell.before, cell.after))])));
    return lines;
}

export function markdownJourney(journey: JourneyDiff): string[] {
    const lines = [`**${md(journey.title)}**: ${md(summaryPhrase(journey))}`];
    if (journey.status !== 'changed') return lines;
    for (const kind of ['added', 'removed', 'renamed', 'moved', 'reordered', 'changed'] as const) {
        const changes = journey.changes.filter(c => c.kind === kind)
            .sort((a, b) => ELEMENT_ORDER.indexOf(a.element) - ELEMENT_ORDER.indexOf(b.element));
        if (changes.length > 0) lines.push('', `**${KIND_TITLES[kind]}** (${changes.length})`, '', ...kindTable(kind, changes));
    }
    const emotion = emotionTable(journey.emotion);
    if (emotion.changed) lines.push('', ...markdownEmotion(emotion));
    return lines;
}

export function formatMarkdown(files: readonly FileDiff[]): string {
    const warnings = diffWarnings(files);
    const lines = warnings.flatMap((w, i) => [...(i ? [''] : []), `> **Warning**: ${md(w)}`]);
    for (const file of files) {
        if (lines.length) lines.push('');
        lines.push(`### ${md(file.path)}`, '', `_${md(file.before)} → ${md(file.after)}_`);
        if (file.journeys.length === 0) lines.push('', 'No journeys in this file.');
        for (const journey of file.journeys) lines.push('', ...markdownJourney(journey));
    }
    if (files.length === 0) lines.push('No journey files changed.');
    return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- JSON

export function formatJson(files: readonly FileDiff[]): string {
    const journeys = files.flatMap(f => f.journeys);
    const summary = {
        files: files.length,
        changedFiles: files.filter(f => f.journeys.some(j => j.status !== 'unchanged')).length,
        changes: journeys.reduce((n, j) => n + j.summary.total, 0),
    };
    return `${JSON.stringify({ warnings: diffWarnings(files), summary, files }, null, 2)}\n`;
}

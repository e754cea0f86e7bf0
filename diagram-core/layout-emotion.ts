// The emotion curve, on the fixed -3…+3 scale. One continuous line per followed
// persona through every phase with a value for it (its own, else the plain
// value, which applies to every followed persona); with no personas followed,
// one line for the customer. A touchpoint's own emotion is a labelled point at
// the touchpoint. The lowest point is marked only when it is a low.
import type { Box, EmotionChart, EmotionCurve, EmotionMoment, EmotionPoint, PhaseColumn, TextBlock, TouchpointCard } from './layout-types.js';
import { M } from './layout-metrics.js';
import { EMOTION_SCALE, type DiagramModel, type Emotion } from './model.js';
import { blockHeight, textBlock } from './text-block.js';
import { w } from './words.js';

const PAD_TOP = 14;
/** Room under -3 for the lowest point's label, which goes below its marker, away from every line. */
const PAD_BOTTOM = 28;
/** Horizontal distance between the points of touchpoints that share a column. */
const MOMENT_SPREAD = 18;
/** A value at least this far below the curve's highest before it and its highest after it is a dip. */
const DIP_DEPTH = 2;
const KEY_SAMPLE = 16;

const CUSTOMER = '';

export function layoutEmotion(model: DiagramModel, columns: PhaseColumn[], box: Box, cards: TouchpointCard[]): Omit<EmotionChart, 'box'> {
    const { min, max } = EMOTION_SCALE;
    const yOf = (value: number) => box.y + PAD_TOP + ((max - Math.max(min, Math.min(max, value))) / (max - min)) * (box.height - PAD_TOP - PAD_BOTTOM);
    const followed = model.personas.map(p => p.name);
    const valueFor = emotionValue(followed.length > 0);
    const keys = seriesKeys(model, followed);
    const momentX = spreadMoments(model, cards);
    const curves: EmotionCurve[] = keys.map((key, index) => {
        const points = model.phases.flatMap((phase, i) => {
            const value = valueFor(phase.emotions, key, []);
            const column = columns[i];
            return value === undefined ? [] : [{ x: column.box.x + column.box.width / 2, y: yOf(value), value, elementId: phase.id }];
        });
        const moments = model.touchpoints.flatMap((t): EmotionMoment[] => {
            const value = valueFor(t.emotions, key, t.personas);
            const x = momentX.get(t.id);
            return value === undefined || x === undefined ? [] : [{ x, y: yOf(value), value, elementId: t.id, label: t.label }];
        });
        return { persona: key || undefined, label: labelOf(model, key), index, points, moments };
    }).filter(c => c.points.length + c.moments.length > 0);
    curves.forEach((c, index) => { c.index = index; });
    const scale = Array.from({ length: max - min + 1 }, (_, i) => ({ value: max - i, y: yOf(max - i) }));
    return { scale, zeroY: yOf(0), curves, lowest: lowestPoints(curves), key: curveKey(curves, box) };
}

/** Followed personas (and any other persona given an emotion); the customer when no persona is followed. */
function seriesKeys(model: DiagramModel, followed: string[]): string[] {
    const all = [...model.phases, ...model.touchpoints].flatMap(e => e.emotions);
    const others = [...new Set(all.flatMap(e => (e.persona && !followed.includes(e.persona) ? [e.persona] : [])))];
    const customer = followed.length === 0 && all.some(e => e.persona === undefined) ? [CUSTOMER] : [];
    return [...customer, ...followed, ...others];
}

/**
 * A persona's value: its own, else the plain one when plain values apply to personas
 * (a touchpoint's plain value only to the personas it is for, when it says so).
 */
function emotionValue(plainForPersonas: boolean) {
    return (emotions: Emotion[], key: string, forPersonas: string[]): number | undefined => {
        const plain = emotions.find(e => e.persona === undefined)?.value;
        if (key === CUSTOMER) return plain;
        const own = emotions.find(e => e.persona === key)?.value;
        const plainApplies = plainForPersonas && (forPersonas.length === 0 || forPersonas.includes(key));
        return own ?? (plainApplies ? plain : undefined);
    };
}

/** The x of each touchpoint's emotion point: its card's centre, spread apart when cards share a column. */
function spreadMoments(model: DiagramModel, cards: TouchpointCard[]): Map<string, number> {
    const cardOf = new Map(cards.map(c => [c.id, c]));
    const byCentre = new Map<number, string[]>();
    for (const t of model.touchpoints) {
        const card = cardOf.get(t.id);
        if (!card || t.emotions.length === 0) continue;
        const centre = card.box.x + card.box.width / 2;
        byCentre.set(centre, [...byCentre.get(centre) ?? [], t.id]);
    }
    const xs = new Map<string, number>();
    for (const [centre, ids] of byCentre) {
        const spread = Math.min(MOMENT_SPREAD, (M.columnWidth - 40) / Math.max(1, ids.length - 1));
        ids.forEach((id, k) => xs.set(id, centre + (k - (ids.length - 1) / 2) * spread));
    }
    return xs;
}

function labelOf(model: DiagramModel, key: string): string {
    return key === CUSTOMER ? w('Customer') : model.personas.find(p => p.name === key)?.label ?? key;
}

/** Every point at the lowest value, when that value is below 0 or a clear dip of its curve; none otherwise. */
export function lowestPoints(curves: EmotionCurve[]): EmotionPoint[] {
    const sequences = curves.map(c => [...c.points, ...c.moments].sort((a, b) => a.x - b.x));
    const values = sequences.flat().map(p => p.value);
    if (values.length === 0) return [];
    const low = Math.min(...values);
    return sequences.flatMap(sequence => sequence.filter((p, i) => p.value === low && (low < 0 || isDip(sequence, i))))
        .map(({ x, y, value, elementId }) => ({ x, y, value, elementId }));
}

/** A clear dip: the curve comes down to it by DIP_DEPTH or more, and goes up from it by as much. */
function isDip(sequence: EmotionPoint[], i: number): boolean {
    const value = sequence[i].value;
    const risesBy = (side: EmotionPoint[]) => Math.max(value, ...side.map(p => p.value)) - value >= DIP_DEPTH;
    return risesBy(sequence.slice(0, i)) && risesBy(sequence.slice(i + 1));
}

/** Names of the curves under the row title, each beside a sample of its line, when there is more than one. */
function curveKey(curves: EmotionCurve[], box: Box): Array<{ index: number; text: TextBlock }> {
    if (curves.length < 2) return [];
    const x = M.margin + M.cellPadding + KEY_SAMPLE + 4;
    // The scale's numbers (+3 … -3) take the right end of the row label column.
    const width = box.x - 24 - x;
    const key: Array<{ index: number; text: TextBlock }> = [];
    let y = box.y + 24;
    for (const c of curves) {
        const text = textBlock(c.label, x, y, width, M.smallSize - 1, { maxLines: 2 });
        if (y + blockHeight(text) > box.y + box.height) break;
        key.push({ index: c.index, text });
        y += blockHeight(text) + 3;
    }
    return key;
}

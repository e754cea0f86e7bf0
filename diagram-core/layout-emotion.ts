// The emotion curve: one line per persona (or one for everyone) across phases
// and the touchpoints that carry an emotion, on the fixed -3…+3 scale.
import type { Box, EmotionChart, EmotionCurve, EmotionPoint, PhaseColumn, TouchpointCard } from './layout-types.js';
import { EMOTION_SCALE, type DiagramModel, type Emotion } from './model.js';

const PAD = 14;

export function layoutEmotion(model: DiagramModel, columns: PhaseColumn[], box: Box, cards: TouchpointCard[]): Omit<EmotionChart, 'box'> {
    const { min, max } = EMOTION_SCALE;
    const yOf = (value: number) => box.y + PAD + ((max - value) / (max - min)) * (box.height - PAD * 2);
    const groups = new Map<string, EmotionPoint[]>();
    const add = (emotions: Emotion[], x: number, elementId: string) => {
        for (const e of emotions) {
            const key = e.persona ?? '';
            const clamped = Math.max(min, Math.min(max, e.value));
            (groups.get(key) ?? groups.set(key, []).get(key)!).push({ x, y: yOf(clamped), value: e.value, elementId });
        }
    };
    model.phases.forEach((phase, i) => add(phase.emotions, columns[i].box.x + columns[i].box.width / 2, phase.id));
    const cardOf = new Map(cards.map(c => [c.id, c]));
    for (const t of model.touchpoints) {
        const c = cardOf.get(t.id);
        if (c) add(t.emotions, c.box.x + c.box.width / 2, t.id);
    }
    const curves: EmotionCurve[] = [...groups.entries()].map(([persona, points], index) => ({
        persona: persona || undefined,
        label: persona ? model.personas.find(p => p.name === persona)?.label ?? persona : 'Customer',
        index,
        points: points.sort((a, b) => a.x - b.x),
    }));
    const all = curves.flatMap(c => c.points);
    const lowest = all.reduce<EmotionPoint | undefined>((low, p) => (!low || p.value < low.value ? p : low), undefined);
    const scale = Array.from({ length: max - min + 1 }, (_, i) => ({ value: max - i, y: yOf(max - i) }));
    return { scale, zeroY: yOf(0), curves, lowest };
}

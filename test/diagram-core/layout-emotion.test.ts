// The emotion curve is drawn truthfully: one curve per followed persona, the
// plain value applying to all of them, touchpoint emotions as labelled points
// at the touchpoint, and the lowest point marked only when it is a low.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import type { Box, EmotionChart } from '../../diagram-core/layout-types.js';
import { renderDiagram } from '../../diagram-core/render-tree.js';
import type { SvgNode } from '../../diagram-core/svg-tree.js';
import { measureText } from '../../diagram-core/text-metrics.js';
import { exampleModels, modelOf } from './journey-models.js';

async function chart(text: string): Promise<EmotionChart> {
    const layout = layoutDiagram(await modelOf(text));
    expect(layout.emotion).toBeDefined();
    return layout.emotion!;
}

const PERSONAS = `
    persona retiree "Henk, the active retiree"
    persona commuter "Sanne, the commuter"
    follows retiree, commuter`;

const curve = (c: EmotionChart, label: string) => c.curves.find(k => k.label === label)!;
const values = (c: EmotionChart, label: string) => curve(c, label).points.map(p => [p.elementId, p.value]);

describe('emotion curves', () => {
    test('a plain emotion applies to every followed persona; no "Customer" series is invented', async () => {
        const c = await chart(`journey j {${PERSONAS}
    phase a { emotion 1 }
    phase b { emotion 2  emotion retiree -1 }
    phase c { emotion commuter 3 }
}`);
        expect(c.curves.map(k => k.label)).toEqual(['Henk, the active retiree', 'Sanne, the commuter']);
        expect(values(c, 'Henk, the active retiree')).toEqual([['phase:a', 1], ['phase:b', -1]]);
        expect(values(c, 'Sanne, the commuter')).toEqual([['phase:a', 1], ['phase:b', 2], ['phase:c', 3]]);
    });

    test('with no persona followed, the plain values are one curve', async () => {
        const c = await chart('journey j {\n phase a { emotion 1 }\n phase b { emotion -2 }\n}');
        expect(c.curves.map(k => k.label)).toEqual(['Customer']);
        expect(c.key).toEqual([]);
    });

    test('a persona\'s curve is one line across the phases that have a value for it, skipping the others', async () => {
        const layout = layoutDiagram(await modelOf(`journey j {${PERSONAS}
    phase a { emotion retiree 1  emotion commuter 0 }
    phase b { emotion commuter 1 }
    phase c { emotion retiree 2  emotion commuter 2 }
}`));
        const retiree = layout.emotion!.curves.find(k => k.persona === 'retiree')!;
        expect(retiree.points.map(p => p.elementId)).toEqual(['phase:a', 'phase:c']);
        const tree = renderDiagram(layout, 'j');
        const polylines = collect(tree, n => n.tag === 'polyline');
        expect(polylines).toHaveLength(2);
        expect(String(polylines[0].attrs.points).split(' ')).toHaveLength(2);
        // Both curves are named beside the chart, each next to a sample of its line.
        expect(layout.emotion!.key.map(k => k.text.lines.join(' '))).toEqual(['Henk, the active retiree', 'Sanne, the commuter']);
    });

    test('a touchpoint\'s emotion is a labelled point at the touchpoint, not a point of the phase line', async () => {
        const layout = layoutDiagram(await modelOf(`journey j {
    phase a { emotion 1 }
    phase b { emotion 0 }
    touchpoint t "T" { after a  emotion -2 }
    touchpoint u "U" { in b  emotion 2 }
    touchpoint v "V" { in b  emotion 3 }
}`));
        const [c] = layout.emotion!.curves;
        expect(c.points.map(p => p.elementId)).toEqual(['phase:a', 'phase:b']);
        expect(c.moments.map(m => [m.elementId, m.value, m.label])).toEqual([['touchpoint:t', -2, 'T'], ['touchpoint:u', 2, 'U'], ['touchpoint:v', 3, 'V']]);
        const card = (id: string) => layout.touchpoints.find(t => t.id === id)!.box;
        const t = c.moments[0];
        expect(t.x).toBeCloseTo(card('touchpoint:t').x + card('touchpoint:t').width / 2, 5);
        // Two touchpoints in one phase: points apart, each within its card's width.
        const [u, v] = c.moments.slice(1);
        expect(Math.abs(u.x - v.x)).toBeGreaterThanOrEqual(10);
        for (const m of [u, v]) expect(m.x > card(m.elementId).x && m.x < card(m.elementId).x + card(m.elementId).width).toBe(true);
        const tree = renderDiagram(layout, 'j');
        const labels = collect(tree, n => String(n.attrs.class ?? '').includes('moment-label')).map(n => n.text);
        expect(labels).toEqual(['+2', '+3']); // -2 is the lowest point: its value is in that label instead
    });

    test('a touchpoint for one persona carries its plain emotion only on that persona\'s curve', async () => {
        const c = await chart(`journey j {${PERSONAS}
    phase a { emotion 1 }
    touchpoint t "T" { in a  for commuter  emotion -1 }
}`);
        expect(curve(c, 'Henk, the active retiree').moments).toEqual([]);
        expect(curve(c, 'Sanne, the commuter').moments.map(m => m.value)).toEqual([-1]);
    });
});

describe('lowest point', () => {
    const lows = async (phases: number[]) =>
        (await chart(`journey j {\n${phases.map((v, i) => ` phase p${i} { emotion ${v} }`).join('\n')}\n}`)).lowest.map(p => [p.elementId, p.value]);

    test('a wholly positive curve without a clear dip has no lowest point', async () => {
        expect(await lows([1, 2, 3, 3])).toEqual([]);
        expect(await lows([2, 1, 2])).toEqual([]);
        // The future-state example: a wholly positive curve, 1 only one below the phase before it.
        expect(await lows([1, 2, 1, 2, 3])).toEqual([]);
    });

    test('the examples: no mark on the wholly positive future state, the -2 of the floor renovation marked', async () => {
        const [future] = await exampleModels('examples/kinds/future-state.journey');
        expect(layoutDiagram(future).emotion!.lowest).toEqual([]);
        const [floor] = await exampleModels('examples/floor-renovation.journey');
        const lowest = layoutDiagram(floor).emotion!.lowest;
        expect(lowest.length).toBeGreaterThan(0);
        expect(lowest.every(p => p.value === -2)).toBe(true);
    });

    test('a value below 0 is marked, and every tie with it', async () => {
        expect(await lows([1, -2, 0, -2, 3])).toEqual([['phase:p1', -2], ['phase:p3', -2]]);
        expect(await lows([-1, 2])).toEqual([['phase:p0', -1]]);
    });

    test('a clear dip is marked even above 0', async () => {
        expect(await lows([3, 1, 3])).toEqual([['phase:p1', 1]]);
        expect(await lows([3, 2, 1, 2, 3])).toEqual([['phase:p2', 1]]);
    });

    test('the label is below its marker and crosses no line', async () => {
        const layout = layoutDiagram(await modelOf(`journey j {${PERSONAS}
    phase a { emotion 3 }
    phase b { emotion -3  emotion commuter -3 }
    phase c { emotion 2  emotion retiree -3 }
    phase d { emotion 3 }
}`));
        const tree = renderDiagram(layout, 'j');
        const marks = collect(tree, n => n.attrs.class === 'emotion-lowest-mark');
        expect(marks).toHaveLength(3);
        const lines = collect(tree, n => n.tag === 'polyline').map(n => String(n.attrs.points).split(' ').map(p => p.split(',').map(Number)));
        const markers = collect(tree, n => n.tag === 'circle' || n.tag === 'path').filter(n => n.attrs.cx !== undefined)
            .map(n => ({ x: Number(n.attrs.cx) - Number(n.attrs.r), y: Number(n.attrs.cy) - Number(n.attrs.r), width: 2 * Number(n.attrs.r), height: 2 * Number(n.attrs.r) }));
        for (const mark of marks) {
            const text = mark.children!.find(n => n.tag === 'text')!;
            const width = measureText(text.text!, 11);
            const box: Box = { x: Number(text.attrs.x) - width / 2, y: Number(text.attrs.y) - 11, width, height: 13 };
            for (const line of lines) expect(crosses(line, box), `label ${text.text} crosses a curve`).toBe(false);
            for (const marker of markers) expect(overlaps(marker, box), `label ${text.text} covers a marker`).toBe(false);
            expect(box.y + box.height).toBeLessThanOrEqual(layout.emotion!.box.y + layout.emotion!.box.height);
        }
    });
});

function collect(node: SvgNode, match: (n: SvgNode) => boolean): SvgNode[] {
    return [...(match(node) ? [node] : []), ...(node.children ?? []).flatMap(c => collect(c, match))];
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a polyline passes through a box, sampled finely along each segment. */
function crosses(points: number[][], box: Box): boolean {
    for (let i = 1; i < points.length; i++) {
        const [[x1, y1], [x2, y2]] = [points[i - 1], points[i]];
        for (let s = 0; s <= 200; s++) {
            const x = x1 + ((x2 - x1) * s) / 200;
            const y = y1 + ((y2 - y1) * s) / 200;
            if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) return true;
        }
    }
    return false;
}

// The preview of a big map draws the cards near the view only (webview/window.ts):
// renderDiagram leaves out the touchpoints and entries outside the window it is given.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { renderDiagram } from '../../diagram-core/render-tree.js';
import type { SvgNode } from '../../diagram-core/svg-tree.js';
import { generateJourney } from '../../bench/generate-journey.js';
import { modelOf } from './journey-models.js';

function ids(node: SvgNode, className: string): string[] {
    const own = String(node.attrs.class ?? '').split(' ').includes(className) && node.attrs['data-element-id'] !== undefined
        ? [String(node.attrs['data-element-id'])] : [];
    return [...own, ...(node.children ?? []).flatMap(c => ids(c, className))];
}

describe('drawing part of a map', () => {
    test('only the cards meeting the window are drawn, and those kept; headers and rows are all drawn', async () => {
        const model = await modelOf(generateJourney(200, 20));
        const layout = layoutDiagram(model);
        const window = { x: 0, y: 0, width: 900, height: 700 };
        const keep = new Set([layout.touchpoints[layout.touchpoints.length - 1].id]);
        const tree = renderDiagram(layout, model.title, { window, keep });
        const meets = (b: { x: number; y: number; width: number; height: number }) =>
            b.x < window.x + window.width && b.x + b.width > window.x && b.y < window.y + window.height && b.y + b.height > window.y;
        const expected = layout.touchpoints.filter(t => meets(t.box) || keep.has(t.id)).map(t => t.id);
        expect(expected.length).toBeGreaterThan(1);
        expect(expected.length).toBeLessThan(layout.touchpoints.length / 2);
        expect(ids(tree, 'touchpoint')).toEqual(expected);
        expect(ids(tree, 'entry')).toEqual(layout.entries.filter(e => meets(e.box)).map(e => e.id));
        expect(ids(tree, 'phase-header')).toHaveLength(layout.columns.length);
        const whole = renderDiagram(layout, model.title);
        expect(ids(whole, 'touchpoint')).toHaveLength(layout.touchpoints.length);
    });
});

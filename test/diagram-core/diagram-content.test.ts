// Everything written reaches the map: for every example (and a two-persona
// journey), each persona line, phase description, touchpoint description,
// metric, channel, evidence mark and "for" persona is in the rendered SVG,
// inside the element it belongs to, and the layout has no overlaps.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import type { Box, Card, DiagramLayout, EvidenceMark, TextBlock } from '../../diagram-core/layout-types.js';
import { metricLine } from '../../diagram-core/describe.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { renderDiagram } from '../../diagram-core/render-tree.js';
import type { SvgNode } from '../../diagram-core/svg-tree.js';
import { measureText } from '../../diagram-core/text-metrics.js';
import { EVIDENCE_MARK } from '../../diagram-core/text-stack.js';
import { EXAMPLE_FILES, exampleModels } from './journey-models.js';

const squash = (text: string) => text.replace(/\s+/g, '');

/** All the text drawn inside the element with this id (tooltips left out). */
function drawnText(tree: SvgNode, id: string): string {
    const find = (node: SvgNode): SvgNode | undefined =>
        node.attrs['data-element-id'] === id && node.attrs.role === 'button' ? node : node.children?.map(find).find(Boolean);
    const element = find(tree);
    expect(element, `${id} is drawn`).toBeDefined();
    const collect = (node: SvgNode): string[] => (node.tag === 'title' ? [] : [node.text ?? '', ...(node.children ?? []).flatMap(collect)]);
    return collect(element!).join(' ');
}

/** The text is shown: whole, or its beginning up to a clamp's "…". */
function expectShown(drawn: string, text: string, what: string): void {
    const shown = squash(drawn);
    const whole = squash(text);
    if (shown.includes(whole)) return;
    const clamped = shown.split('…').some(part => part.length > 8 && whole.startsWith(part.slice(-Math.min(part.length, 40))));
    expect(clamped, `${what}: '${text}' is not shown`).toBe(true);
}

const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5
    && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
const markBox = (m: EvidenceMark): Box => ({ x: m.x, y: m.y, width: EVIDENCE_MARK.width, height: EVIDENCE_MARK.height });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function textBoxes(block: TextBlock): Box[] {
    return block.lines.map((line, i) => ({
        x: block.x, y: block.y + i * block.lineHeight - block.fontSize, width: measureText(line, block.fontSize, block.bold), height: block.fontSize,
    }));
}

/** Text and marks stay in their card, and evidence marks cover no text. */
function expectContained(card: Card): void {
    const blocks = [card.title, ...card.details];
    for (const block of blocks) for (const box of textBoxes(block)) expect(inside(box, card.box), `text of ${card.id} leaves its card`).toBe(true);
    for (const mark of card.evidence ?? []) {
        expect(inside(markBox(mark), card.box), `evidence mark of ${card.id}`).toBe(true);
        for (const block of blocks) for (const box of textBoxes(block)) expect(overlaps(markBox(mark), box), `evidence mark on text of ${card.id}`).toBe(false);
    }
}

function checkContent(model: DiagramModel, layout: DiagramLayout): void {
    const tree = renderDiagram(layout, model.title);
    const several = model.personas.length > 1;
    for (const persona of model.personas) {
        const card = layout.header.personas.find(c => c.id === persona.id)!;
        const drawn = drawnText(tree, persona.id);
        expectShown(drawn, persona.label, persona.id);
        for (const d of persona.details) expectShown(drawn, d.text, `${persona.id} ${d.attribute}`);
        expect(card.evidence).toHaveLength(persona.details.filter(d => d.evidence).length);
        expect(card.evidence!.map(m => m.evidence)).toEqual(persona.details.flatMap(d => (d.evidence ? [d.evidence] : [])));
        expectContained(card);
    }
    for (const phase of model.phases) {
        const column = layout.columns.find(c => c.id === phase.id)!;
        const drawn = drawnText(tree, phase.id);
        if (phase.description) {
            expectShown(drawn, phase.description, `${phase.id} description`);
            expect(column.description).toContain(phase.description);
        }
        for (const m of phase.metrics) expectShown(drawn, metricLine(m), `${phase.id} metric`);
        for (const block of column.details) for (const box of textBoxes(block)) expect(inside(box, column.header)).toBe(true);
        for (const entry of phase.entries) {
            const card = layout.entries.find(c => c.id === entry.id)!;
            const text = drawnText(tree, entry.id);
            expectShown(text, entry.text, entry.id);
            expect(card.evidence?.map(m => m.evidence) ?? []).toEqual(entry.evidence ? [entry.evidence] : []);
            if (several && entry.personas.length) {
                expectShown(text, `For ${entry.personas.map(name => model.personas.find(p => p.name === name)?.label ?? name).join(', ')}`, `${entry.id} for`);
            }
            expectContained(card);
        }
    }
    for (const t of model.touchpoints) {
        const card = layout.touchpoints.find(c => c.id === t.id)!;
        const drawn = drawnText(tree, t.id);
        for (const channel of t.channels) expectShown(drawn, channel.label, `${t.id} channel`);
        if (t.description) {
            expectShown(drawn, t.description, `${t.id} description`);
            expect(card.description).toContain(t.description);
        }
        for (const m of t.metrics) expectShown(drawn, metricLine(m), `${t.id} metric`);
        if (t.score !== undefined) expect(drawn).toContain(`${t.score}/5`);
        expect(card.evidence?.map(m => m.evidence) ?? []).toEqual(t.evidence ? [t.evidence] : []);
        if (several && t.personas.length) {
            expectShown(drawn, `For ${t.personas.map(name => model.personas.find(p => p.name === name)?.label ?? name).join(', ')}`, `${t.id} for`);
        }
        expectContained(card);
    }
    for (const improvement of model.improvements) {
        const drawn = drawnText(tree, improvement.id);
        for (const m of improvement.metrics) expectShown(drawn, metricLine(m), `${improvement.id} metric`);
    }
}

describe.each(EXAMPLE_FILES)('content of %s', (file) => {
    test('every persona line, description, metric, channel, evidence mark and persona is drawn in its element', async () => {
        for (const model of await exampleModels(file)) checkContent(model, layoutDiagram(model));
    });
});

describe('content', () => {
    test('the two-persona example says who lane entries and touchpoints are for, by label', async () => {
        const [model] = await exampleModels('examples/multi-file/store-visit.journey');
        expect(model.personas.length).toBe(2);
        const layout = layoutDiagram(model);
        checkContent(model, layout);
        const tree = renderDiagram(layout, model.title);
        const forRetiree = model.phases.flatMap(p => p.entries).find(e => e.personas.includes('retiree'))!;
        expect(drawnText(tree, forRetiree.id)).toContain('For Henk, the active retiree');
    });

    test('a folded persona card keeps its name and one line; expanded texts are not clamped', async () => {
        const [model] = await exampleModels('examples/floor-renovation.journey');
        const persona = model.personas[0];
        const open = layoutDiagram(model, { foldable: true });
        const folded = layoutDiagram(model, { foldable: true, foldedPersonas: [persona.id] });
        const openCard = open.header.personas[0];
        const foldedCard = folded.header.personas[0];
        expect(foldedCard.box.height).toBeLessThan(openCard.box.height);
        expect(foldedCard.details).toHaveLength(1);
        expect(foldedCard.fold).toMatchObject({ folded: true });
        expect(openCard.fold).toMatchObject({ folded: false });
        expect(layoutDiagram(model).header.personas[0].fold).toBeUndefined();

        const long = { ...model.touchpoints[0], description: 'The customer reads every line of the offer twice. '.repeat(8) };
        const withLong = { ...model, touchpoints: [long, ...model.touchpoints.slice(1)] };
        const clamped = layoutDiagram(withLong).touchpoints.find(c => c.id === long.id)!;
        const full = layoutDiagram(withLong, { expanded: long.id }).touchpoints.find(c => c.id === long.id)!;
        expect(clamped.details.some(d => d.lines.at(-1)!.endsWith('…'))).toBe(true);
        expect(clamped.description).toContain(long.description.trim());
        expect(squash(full.details.flatMap(d => d.lines).join(' '))).toContain(squash(long.description));
        expect(full.box.height).toBeGreaterThan(clamped.box.height);
    });
});

import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import type { Box, Card, DiagramLayout, TextBlock } from '../../diagram-core/layout-types.js';
import { measureText } from '../../diagram-core/text-metrics.js';
import { generateJourney } from '../../bench/generate-journey.js';
import { EXAMPLE_FILES, exampleModels, modelOf } from './journey-models.js';

const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function allCards(layout: DiagramLayout): Card[] {
    return [...layout.touchpoints, ...layout.entries, ...layout.header.personas, ...(layout.plan?.cards ?? [])];
}

function textFits(block: TextBlock, box: Box): boolean {
    return block.lines.every((line, i) => {
        const width = measureText(line, block.fontSize, block.bold);
        const left = block.anchor === 'middle' ? block.x - width / 2 : block.x;
        const baseline = block.y + i * block.lineHeight;
        return left >= box.x - 0.5 && left + width <= box.x + box.width + 0.5
            && baseline - block.fontSize >= box.y - 0.5 && baseline <= box.y + box.height + 0.5;
    });
}

function expectWellFormed(layout: DiagramLayout): void {
    const cards = allCards(layout);
    for (let i = 0; i < cards.length; i++) {
        for (let j = i + 1; j < cards.length; j++) {
            expect(overlaps(cards[i].box, cards[j].box), `${cards[i].id} overlaps ${cards[j].id}`).toBe(false);
        }
        expect(textFits(cards[i].title, cards[i].box), `title of ${cards[i].id} leaves its box`).toBe(true);
        for (const d of cards[i].details) expect(textFits(d, cards[i].box), `details of ${cards[i].id} leave its box`).toBe(true);
    }
    for (const column of layout.columns) expect(textFits(column.title, column.header), `title of ${column.id}`).toBe(true);
    for (const card of layout.touchpoints) {
        if (card.score) expect(card.score.x + 60 + measureText(card.score.text, 10)).toBeLessThanOrEqual(card.box.x + card.box.width);
        if (card.atRisk) expect(textFits(card.atRisk, card.box), `at-risk words of ${card.id}`).toBe(true);
    }
    for (const card of cards) {
        expect(card.box.x + card.box.width).toBeLessThanOrEqual(layout.width);
        expect(card.box.y + card.box.height).toBeLessThanOrEqual(layout.height);
    }
}

describe.each(EXAMPLE_FILES)('layout of %s', (file) => {
    test('every phase is a column in order, between-touchpoints sit on boundaries, nothing overlaps, text stays inside', async () => {
        for (const model of await exampleModels(file)) {
            const layout = layoutDiagram(model);
            expect(layout.columns.map(c => c.id)).toEqual(model.phases.map(p => p.id));
            const xs = layout.columns.map(c => c.box.x);
            expect([...xs].sort((a, b) => a - b)).toEqual(xs);
            for (const t of model.touchpoints) {
                const card = layout.touchpoints.find(c => c.id === t.id)!;
                expect(card, t.id).toBeDefined();
                const centre = card.box.x + card.box.width / 2;
                const placement = t.placement;
                if (placement?.kind === 'after') {
                    const from = layout.columns.find(c => c.id === `phase:${placement.phase}`)!;
                    const edge = from.box.x + from.box.width;
                    expect(centre).toBeCloseTo(edge, 5);
                    expect(layout.boundaries.map(b => b.x)).toContain(edge);
                } else if (placement?.kind === 'in') {
                    const column = layout.columns.find(c => c.id === `phase:${placement.phase}`)!;
                    expect(card.box.x).toBeGreaterThanOrEqual(column.box.x);
                    expect(card.box.x + card.box.width).toBeLessThanOrEqual(column.box.x + column.box.width);
                }
            }
            expectWellFormed(layout);
        }
    });
});

describe('layout', () => {
    test('long labels wrap inside their card, in any script', async () => {
        const model = await modelOf(`journey j {
    phase a "A"
    touchpoint t "${'Verylongwordwithoutanyspaces'.repeat(4)} and then 顧客の旅は長くて複雑な道のりです — رحلة العميل" { in a }
}`);
        const layout = layoutDiagram(model);
        expect(layout.touchpoints[0].title.lines.length).toBeGreaterThan(2);
        expectWellFormed(layout);
    });

    test('empty lanes are left out; rows follow the map kind', async () => {
        const text = (kind: string) => `journey j {
    kind ${kind}
    phase a "A" {
        does "Walks in"
        thinks "Where do I park?"
        support "Booking system"
        frontoffice "Greets"
    }
    touchpoint t "T" { in a }
}`;
        expect(layoutDiagram(await modelOf(text('current'))).rows.map(r => r.key)).toEqual(['thinks', 'does', 'touchpoints', 'frontoffice', 'support']);
        expect(layoutDiagram(await modelOf(text('blueprint'))).rows.map(r => r.key)).toEqual(['does', 'touchpoints', 'frontoffice', 'support', 'thinks']);
        expect(layoutDiagram(await modelOf(text('day'))).rows.map(r => r.key)).toEqual(['thinks', 'does', 'touchpoints', 'frontoffice', 'support']);
    });

    test('the journey\'s description sits under the goal, wrapped like it, above the persona cards', async () => {
        const long = 'From the first search to the fitted floor, '.repeat(12).trim();
        const model = await modelOf(`journey j "J" {\n    goal "${long}"\n    description "${long}"\n    persona p "P"\n    phase a "A"\n}\n`);
        const { header } = layoutDiagram(model);
        const [goal, description] = [header.goal!, header.description!];
        expect(description.lines.join(' ')).toBe(long);
        expect(description.lines.length).toBe(goal.lines.length);
        expect(description.lines.length).toBeGreaterThan(1);
        const bottomOf = (block: TextBlock) => block.y + (block.lines.length - 1) * block.lineHeight;
        expect(description.y - description.fontSize).toBeGreaterThanOrEqual(bottomOf(goal));
        for (const card of header.personas) expect(card.box.y).toBeGreaterThan(bottomOf(description));
        expect(layoutDiagram({ ...model, description: undefined }).header.description).toBeUndefined();
    });

    test('departments form bands over the phases they own', async () => {
        const [model] = await exampleModels('examples/seven-phase-model.journey');
        const layout = layoutDiagram(model);
        expect(layout.departments.map(d => Math.round(d.box.width / layout.columns[0].box.width))).toEqual([3, 2, 2]);
    });

    test('the emotion curve marks the lowest point', async () => {
        const model = await modelOf('journey j {\n phase a { emotion 1 }\n phase b { emotion -3 }\n phase c { emotion 2 }\n}');
        const layout = layoutDiagram(model);
        expect(layout.emotion?.lowest).toMatchObject([{ value: -3, elementId: 'phase:b' }]);
        expect(layout.emotion?.curves[0].points.map(p => p.value)).toEqual([1, -3, 2]);
    });

    test('a touchpoint after the last phase sits on a boundary at the right edge, and the map grows to hold it', async () => {
        const text = (placement: string) => `journey j {
    phase a "A"
    phase b "B"
    touchpoint t "Review request after the last phase" { ${placement}  score 2  critical }
    touchpoint u "U" { in b }
}`;
        const inside = layoutDiagram(await modelOf(text('in b')));
        const after = layoutDiagram(await modelOf(text('after b')));
        const last = after.columns[1].box;
        const edge = last.x + last.width;
        expect(after.boundaries.map(b => b.x)).toEqual([after.columns[1].box.x, edge]);
        const card = after.touchpoints.find(c => c.id === 'touchpoint:t')!;
        expect(card.box.x + card.box.width / 2).toBeCloseTo(edge, 5);
        expect(card.box.x + card.box.width).toBeLessThanOrEqual(after.width - 24);
        expect(after.width).toBeGreaterThan(inside.width);
        for (const row of after.rows) expect(row.box.x + row.box.width).toBeGreaterThanOrEqual(card.box.x + card.box.width);
        expectWellFormed(after);
    });

    test('the legend lists every mark, and the change kinds for a diff', async () => {
        const model = await modelOf(generateJourney(6));
        expect(layoutDiagram(model).legend).toBeUndefined();
        const map = layoutDiagram(model, { legend: true });
        expect(map.legend!.items.map(i => i.symbol)).toEqual(['score', 'score', 'score', 'score', 'score', 'digital', 'physical', 'between',
            'critical', 'at-risk', 'evidence-research', 'evidence-data', 'evidence-assumption', 'lowest']);
        expect(map.legend!.items.filter(i => i.symbol === 'score').map(i => i.text.lines[0]))
            .toEqual(['1 very poor', '2 poor', '3 fair', '4 good', '5 excellent']);
        expect(map.height).toBeGreaterThan(layoutDiagram(model).height);
        const diff = layoutDiagram(model, { diffLegend: true });
        expect(diff.legend!.items.map(i => i.symbol)).toEqual(['diff-added', 'diff-removed', 'diff-changed', 'diff-moved', 'diff-reordered']);
        for (const layout of [map, diff]) {
            const legend = layout.legend!;
            expect(legend.box.y + legend.box.height).toBeLessThanOrEqual(layout.height);
            for (const item of legend.items) {
                expect(item.text.x + measureText(item.text.lines[0], item.text.fontSize)).toBeLessThanOrEqual(layout.width);
                expect(item.y + 16).toBeLessThanOrEqual(legend.box.y + legend.box.height);
            }
            const plan = layout.plan!.box;
            expect(legend.box.y).toBeGreaterThanOrEqual(plan.y + plan.height);
        }
    });

    test('persona filter and hidden rows', async () => {
        const model = await modelOf(generateJourney(20));
        const all = layoutDiagram(model);
        const seniors = layoutDiagram(model, { persona: 'seniors' });
        expect(seniors.touchpoints.length).toBeLessThan(all.touchpoints.length);
        expect(seniors.touchpoints.every(t => model.touchpoints.find(m => m.id === t.id)!.personas.includes('seniors'))).toBe(true);
        expect(layoutDiagram(model, { hiddenRows: ['emotion', 'pain'] }).rows.map(r => r.key)).not.toContain('pain');
    });

    test('the action plan is numbered, and what it addresses carries its numbers', async () => {
        const model = await modelOf(`journey j {
    phase a "A"
    phase b "B"
    touchpoint t "T" { in a  score 2  critical }
    touchpoint u "U" { in b }
    improvement later_one "Later" { priority later  addresses t }
    improvement first "First" { priority now  addresses t, b }
}`);
        const layout = layoutDiagram(model);
        expect(layout.plan?.cards.map(c => c.title.lines.join(' '))).toEqual(['1. First', '2. Later']);
        expect(layout.touchpoints.find(c => c.id === 'touchpoint:t')?.badge?.text).toBe('Plan 1, 2');
        expect(layout.touchpoints.find(c => c.id === 'touchpoint:u')?.badge).toBeUndefined();
        expect(layout.columns.find(c => c.id === 'phase:b')?.badge?.text).toBe('Plan 1');
        const card = layout.touchpoints.find(c => c.id === 'touchpoint:t')!;
        expect(card.badge!.y).toBeLessThanOrEqual(card.box.y + card.box.height);
        expectWellFormed(layout);
    });

    test('a 50-phase, 500-touchpoint journey lays out without overlaps', async () => {
        const layout = layoutDiagram(await modelOf(generateJourney(500, 50)));
        expect(layout.columns).toHaveLength(50);
        expect(layout.touchpoints).toHaveLength(500);
        expectWellFormed(layout);
    });
});

describe('half-written text', () => {
    test('a metric line without an id yet (found by the fuzzer) is left out, and the map still draws', async () => {
        const model = await modelOf(`journey j {
    phase p "P" {
        metric        feels "Doubt about the price"
        metric conversion "Conversion" current 5%
    }
}`);
        expect(model.phases[0].metrics.map(m => m.id)).toEqual(['conversion']);
        expect(() => layoutDiagram(model)).not.toThrow();
    });
});

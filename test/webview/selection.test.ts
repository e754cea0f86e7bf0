// Diagram ↔ text: clicking or pressing Enter/Space on an element asks the
// extension to reveal it; a `highlight` from the extension selects an element
// and scrolls it into view.
import { describe, expect, test } from 'vitest';
import { exampleModel } from './fixtures.js';
import { useWebviews } from './use-webviews.js';
import type { WebviewPage } from './webview-page.js';

declare const document: any;

const webviews = useWebviews();

const reveals = async (page: WebviewPage) => (await page.posted()).filter(m => m.type === 'reveal');
const selected = (page: WebviewPage) => page.page.locator('svg.journey-diagram .selected').evaluateAll(els => els.map(e => e.getAttribute('data-element-id')));
const focusedId = (page: WebviewPage) => page.page.evaluate(() => document.activeElement?.getAttribute('data-element-id') ?? null);

/** Whether the element's box lies inside the visible part of the scroll area. */
const inView = (page: WebviewPage, id: string) => page.page.evaluate(elementId => {
    const box = document.querySelector(`g[data-element-id="${elementId}"]`).getBoundingClientRect();
    const view = document.querySelector('.diagram-scroll').getBoundingClientRect();
    return box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
}, id);

describe('diagram → text', () => {
    test('clicking a touchpoint card, a phase header or a lane entry posts reveal with its id', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const ids = [model.touchpoints[0].id, model.phases[2].id, model.phases[0].entries[0].id];
        // A phase header is clicked where it shows: its copy in the sticky header, which lies over it. Near the
        // corner, because its texts (title, description) lie over the middle of the rectangle.
        for (const id of ids) await page.page.locator(`g[data-element-id="${id}"] > rect`).last().click({ position: { x: 4, y: 4 } });
        expect(await reveals(page)).toEqual(ids.map(elementId => ({ type: 'reveal', elementId })));
        expect(await selected(page)).toEqual([ids[2]]);
    });

    test('clicking the title text inside a card reveals the card; clicking empty space posts nothing', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const id = model.touchpoints[1].id;
        await page.page.locator(`g[data-element-id="${id}"] text tspan`).first().click();
        await page.page.locator('svg.journey-diagram rect.background').click({ position: { x: 5, y: 5 } });
        expect(await reveals(page)).toEqual([{ type: 'reveal', elementId: id }]);
    });

    test('Enter and Space on a focused element post reveal; Tab moves from element to element', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const first = model.touchpoints[0].id;
        await page.page.locator(`g[data-element-id="${first}"]`).focus();
        await page.page.keyboard.press('Enter');
        expect(await reveals(page)).toEqual([{ type: 'reveal', elementId: first }]);

        await page.page.keyboard.press('Tab');
        const next = await focusedId(page);
        expect(next).toMatch(/^[a-z]+:/);
        expect(next).not.toBe(first);
        await page.page.keyboard.press(' ');
        expect((await reveals(page)).pop()).toEqual({ type: 'reveal', elementId: next });
        await page.page.keyboard.press('Shift+Tab');
        expect(await focusedId(page)).toBe(first);

        // The first Tab stops after the toolbar and the region land on the first element of the drawing.
        await page.page.locator('.diagram-scroll').focus();
        await page.page.keyboard.press('Tab');
        expect(await focusedId(page)).toBe(model.personas[0].id);
    });
});

describe('text → diagram', () => {
    test('highlight marks one element selected, moves the mark, and clears it without an id', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        await page.send({ type: 'highlight', elementId: model.touchpoints[0].id });
        expect(await selected(page)).toEqual([model.touchpoints[0].id]);
        await page.send({ type: 'highlight', elementId: model.phases[1].id });
        expect(await selected(page)).toEqual([model.phases[1].id]);
        await page.send({ type: 'highlight', elementId: 'touchpoint:no_such_thing' });
        expect(await selected(page)).toEqual([]);
        await page.send({ type: 'highlight', elementId: model.phases[1].id });
        await page.send({ type: 'highlight' });
        expect(await selected(page)).toEqual([]);
        expect(await reveals(page)).toEqual([]);
    });

    test('highlight scrolls an element that is off screen into view, and leaves the scroll alone when it is visible', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 700, height: 500 });
        await page.showDiagram(example, model);
        const far = model.touchpoints[model.touchpoints.length - 1].id;
        expect(await inView(page, far)).toBe(false);
        await page.send({ type: 'highlight', elementId: far });
        expect(await inView(page, far)).toBe(true);

        const scroll = () => page.page.locator('.diagram-scroll').evaluate(a => [a.scrollLeft, a.scrollTop]);
        const before = await scroll();
        await page.send({ type: 'highlight', elementId: far });
        expect(await scroll()).toEqual(before);
    });

    test('the selection stays on the element when the diagram is redrawn', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const id = model.touchpoints[2].id;
        await page.send({ type: 'highlight', elementId: id });
        await page.showDiagram(example, { ...model, touchpoints: model.touchpoints.map(t => t.id === id ? { ...t, critical: !t.critical } : t) });
        expect(await selected(page)).toEqual([id]);
        await page.showDiagram(example, { ...model, touchpoints: model.touchpoints.slice(0, 2).concat(model.touchpoints.slice(3), model.touchpoints[2]) });
        expect(await selected(page)).toEqual([id]);
    });
});

describe('action plan ↔ what it addresses', () => {
    test('selecting an improvement marks the touchpoints and phases it addresses as linked, and back', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const improvement = model.improvements.find(i => i.addresses.length > 0)!;
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const linked = () => page.page.locator('svg.journey-diagram .linked').evaluateAll(els => els.map(e => e.getAttribute('data-element-id')).sort());
        await page.send({ type: 'highlight', elementId: improvement.id });
        expect(await linked()).toEqual([...improvement.addresses].sort());
        await page.send({ type: 'highlight', elementId: improvement.addresses[0] });
        expect(await linked()).toContain(improvement.id);
        await page.send({ type: 'highlight', elementId: undefined });
        expect(await linked()).toEqual([]);
    });
});

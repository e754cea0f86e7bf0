// The preview beside the text (issue 8 §3): sticky phase headers and row labels,
// fit whole map, zoom and scroll per document, a one-line toolbar in a narrow
// pane, the phase navigator, and following the text cursor.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { exampleModel, generatedJourney } from './fixtures.js';
import { useWebviews } from './use-webviews.js';
import type { WebviewPage } from './webview-page.js';

declare const document: any;

const webviews = useWebviews();

type Rect = { left: number; right: number; top: number; bottom: number };
const area = (page: WebviewPage) => page.page.locator('.diagram-scroll');
const scroll = (page: WebviewPage) => area(page).evaluate(a => [a.scrollLeft, a.scrollTop]);
const scrollTo = (page: WebviewPage, x: number, y: number) =>
    area(page).evaluate((a, [left, top]) => { a.scrollLeft = left; a.scrollTop = top; }, [x, y]);
/** Client rect of the first element matching `selector`. */
const rectOf = (page: WebviewPage, selector: string): Promise<Rect> => page.page.evaluate(s => {
    const { left, right, top, bottom } = document.querySelector(s).getBoundingClientRect();
    return { left, right, top, bottom };
}, selector);
/** The part of the scroll area not covered by scroll bars. */
const viewport = (page: WebviewPage): Promise<Rect> => area(page).evaluate(a => {
    const box = a.getBoundingClientRect();
    return { left: box.left, top: box.top, right: box.left + a.clientWidth, bottom: box.top + a.clientHeight };
});
/** The element drawn on top at the middle of `rect`, as the user sees it: inside which strip, and its element id. */
const topmostAt = (page: WebviewPage, rect: Rect) => page.page.evaluate(({ x, y }) => {
    const hit = document.elementFromPoint(x, y);
    return { strip: hit?.closest('.sticky-strip')?.classList[1] ?? null, id: hit?.closest('[data-element-id]')?.getAttribute('data-element-id') ?? null };
}, { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 });

async function renovation(page: WebviewPage): Promise<DiagramModel> {
    const { example, model } = await exampleModel('floor-renovation.journey');
    await page.showDiagram(example, model);
    return model;
}

describe('sticky phase headers and row labels', () => {
    test('after scrolling right and down, the phase headers stay at the top and the row labels at the left, aligned with the map', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        await scrollTo(page, 1200, 700);
        const view = await viewport(page);
        const header = await rectOf(page, '.sticky-header');
        const rows = await rectOf(page, '.sticky-rows');
        expect(header.top).toBeCloseTo(view.top, 0);
        expect(rows.left).toBeCloseTo(view.left, 0);
        await expect.poll(() => page.page.locator('.sticky-header.stuck, .sticky-rows.stuck').count()).toBe(2);

        // The phase in view: its header copy is on top at its column, exactly above the column of the map.
        const phase = model.phases[6].id;
        const copy = await rectOf(page, `.sticky-header g[data-element-id="${phase}"] > rect`);
        const original = await rectOf(page, `svg.journey-diagram g[data-element-id="${phase}"] > rect`);
        expect(copy.left).toBeCloseTo(original.left, 0);
        expect(copy.right).toBeCloseTo(original.right, 0);
        expect(copy.left).toBeGreaterThan(rows.right);
        expect(await topmostAt(page, copy)).toEqual({ strip: 'sticky-header', id: phase });
        expect(original.bottom).toBeLessThan(view.top);

        // The row in view: its label is at the left, at the height of its row.
        const labels = await page.page.locator('.sticky-rows g.row text').evaluateAll(texts => texts.map(t => {
            const box = t.getBoundingClientRect();
            return { text: t.textContent, top: box.top, bottom: box.bottom };
        }));
        const rowTexts = await page.page.locator('svg.journey-diagram g.row text').evaluateAll(texts => texts.map(t => t.getBoundingClientRect().top));
        expect(labels.map(l => l.top)).toEqual(rowTexts.map(top => expect.closeTo(top, 0)));
        const visible = labels.filter(l => l.top >= header.bottom && l.bottom <= view.bottom);
        expect(visible.length).toBeGreaterThan(0);
        for (const label of visible) expect(await topmostAt(page, { left: view.left + 10, right: view.left + 10, top: label.top, bottom: label.bottom })).toMatchObject({ strip: 'sticky-rows' });
    });

    test('at the top left nothing is covered: the strips lie exactly over the headers and labels they copy', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        expect(await page.page.locator('.sticky-strip.stuck').count()).toBe(0);
        for (const phase of model.phases.slice(0, 2)) {
            const copy = await rectOf(page, `.sticky-header g[data-element-id="${phase.id}"] > rect`);
            const original = await rectOf(page, `svg.journey-diagram g[data-element-id="${phase.id}"] > rect`);
            expect(copy).toEqual({ left: expect.closeTo(original.left, 0), right: expect.closeTo(original.right, 0), top: expect.closeTo(original.top, 0), bottom: expect.closeTo(original.bottom, 0) });
        }
        // A persona card above the grid and the first touchpoint are not under a strip.
        const card = await rectOf(page, `svg.journey-diagram g[data-element-id="${model.touchpoints[0].id}"] > rect`);
        expect((await topmostAt(page, card)).strip).toBeNull();
    });

    test('the strips follow zoom and edits: a renamed phase shows its new name in the sticky header', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        await page.showDiagram(example, model);
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        await page.showDiagram(example, { ...model, phases: model.phases.map((p, i) => i === 3 ? { ...p, label: 'Comparing floors' } : p) });
        await scrollTo(page, 900, 900);
        const id = model.phases[3].id;
        expect(await page.page.locator(`.sticky-header g[data-element-id="${id}"] text`).first().textContent()).toBe('Comparing floors');
        const copy = await rectOf(page, `.sticky-header g[data-element-id="${id}"] > rect`);
        const original = await rectOf(page, `svg.journey-diagram g[data-element-id="${id}"] > rect`);
        expect(copy.left).toBeCloseTo(original.left, 0);
        expect(copy.right - copy.left).toBeCloseTo((original.right - original.left), 0);
        const strip = await rectOf(page, '.sticky-header');
        expect(strip.top).toBeCloseTo((await viewport(page)).top, 0);
        expect(copy.top).toBeGreaterThan(strip.top);
        expect(copy.bottom).toBeLessThanOrEqual(strip.bottom + 0.5);
        expect(original.bottom).toBeLessThan(strip.top);
    });

    test('the copies are neither tab stops nor read twice; a click on a sticky phase header selects the phase', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        const strips = await page.page.locator('.sticky-track').evaluateAll(tracks => tracks.map(t => ({
            hidden: t.getAttribute('aria-hidden'), focusable: t.querySelectorAll('[tabindex], [role]').length,
        })));
        expect(strips).toEqual([{ hidden: 'true', focusable: 0 }, { hidden: 'true', focusable: 0 }, { hidden: 'true', focusable: 0 }]);
        await scrollTo(page, 600, 500);
        const phase = model.phases[4].id;
        await page.page.locator(`.sticky-header g[data-element-id="${phase}"]`).click();
        expect((await page.posted()).filter(m => m.type === 'reveal')).toEqual([{ type: 'reveal', elementId: phase }]);
        expect(await page.page.locator(`.sticky-header g[data-element-id="${phase}"]`).getAttribute('class')).toMatch(/\bselected\b/);
    });

    test('zoomed in far in a narrow pane, row labels wider than 40% of the pane scroll away instead of sticking', async () => {
        const page = await webviews.open({ width: 500, height: 900 });
        await renovation(page);
        for (let i = 0; i < 5; i++) await page.page.getByRole('button', { name: 'Zoom in' }).click();
        expect(await page.page.locator('.zoom-level').textContent()).toBe('200%');
        // Far enough down that the phase headers (below the title and the persona cards) have reached the top.
        await scrollTo(page, 1500, 1500);
        const view = await viewport(page);
        expect((await rectOf(page, '.sticky-rows')).right).toBeLessThan(view.left);
        expect((await rectOf(page, '.sticky-header')).top).toBeCloseTo(view.top, 0);
        expect(await page.page.locator('.sticky-rows').getAttribute('class')).toMatch(/\bloose\b/);
        expect(await area(page).evaluate(a => a.style.scrollPaddingLeft)).toBe('0px');

        // A wider pane has room for them again.
        await page.page.setViewportSize({ width: 1000, height: 900 });
        await expect.poll(async () => (await rectOf(page, '.sticky-rows')).left).toBeCloseTo(view.left, 0);
    });

    test('a map without phases has no strips', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        await page.showDiagram(example, { ...model, phases: [], touchpoints: [], improvements: [] });
        expect(await page.page.locator('.sticky-track:not([hidden])').count()).toBe(0);
    });
});

describe('fit whole map', () => {
    test('Fit map scales the whole map into the pane, without scroll bars', async () => {
        const page = await webviews.open({ width: 1400, height: 900 });
        const model = await renovation(page);
        await page.page.getByRole('button', { name: 'Fit whole map' }).click();
        const fit = await area(page).evaluate(a => ({
            scrollWidth: a.scrollWidth, clientWidth: a.clientWidth, scrollHeight: a.scrollHeight, clientHeight: a.clientHeight,
            svg: (({ width, height }) => ({ width, height }))(a.querySelector('svg.journey-diagram').getBoundingClientRect()),
        }));
        expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
        expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight);
        // One side fills the pane (less the canvas padding).
        expect(Math.max(fit.svg.width / fit.clientWidth, fit.svg.height / fit.clientHeight)).toBeGreaterThan(0.95);
        const layout = layoutDiagram(model);
        expect((await page.shownView())?.zoom).toBeCloseTo(Math.min((fit.clientWidth - 16) / Math.ceil(layout.width), (fit.clientHeight - 16) / Math.ceil(layout.height)), 2);
    });
});

describe('zoom and scroll per document', () => {
    test('each document keeps its own zoom, scroll and persona across switching, and after a reload', async () => {
        const a = await exampleModel('floor-renovation.journey');
        const b = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        await page.showDiagram(a.example, a.model);
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        await scrollTo(page, 400, 300);
        await expect.poll(() => page.shownView()).toMatchObject({ zoom: 1.1, scrollX: 400, scrollY: 300 });

        await page.showDiagram(b.example, b.model);
        expect(await page.page.locator('.zoom-level').textContent()).toBe('100%');
        expect(await scroll(page)).toEqual([0, 0]);
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        // At 700 px the persona filter is in the More menu.
        await page.page.locator('.overflow-menu > summary').click();
        await page.page.getByRole('combobox', { name: 'Persona' }).selectOption('commuter');
        await page.page.keyboard.press('Escape');
        await scrollTo(page, 120, 80);
        await expect.poll(() => page.shownView()).toMatchObject({ zoom: 1.25, scrollX: 120, scrollY: 80, persona: 'commuter' });

        await page.showDiagram(a.example, a.model);
        expect(await page.page.locator('.zoom-level').textContent()).toBe('110%');
        expect(await scroll(page)).toEqual([400, 300]);
        await page.showDiagram(b.example, b.model);
        expect(await page.page.locator('.zoom-level').textContent()).toBe('125%');
        expect(await scroll(page)).toEqual([120, 80]);
        expect(await page.page.locator('select.persona-select').inputValue()).toBe('commuter');

        // A reload (the panel hidden and shown again, or the window reloaded): VS Code hands back the saved state.
        const state = await page.state();
        await page.load({ state, width: 700, height: 600 });
        await page.showDiagram(b.example, b.model);
        expect(await page.page.locator('.zoom-level').textContent()).toBe('125%');
        expect(await scroll(page)).toEqual([120, 80]);
        await page.showDiagram(a.example, a.model);
        expect(await scroll(page)).toEqual([400, 300]);
        expect(await page.page.locator('.zoom-level').textContent()).toBe('110%');
    });

    test('a state saved by the previous version (one zoom and persona) is read as the view of its document', async () => {
        const { example, model } = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open({ state: { uri: example.uri, zoom: 0.75, persona: 'commuter', hiddenRows: [] } });
        await page.showDiagram(example, model);
        expect(await page.page.locator('.zoom-level').textContent()).toBe('75%');
        expect(await page.shownView()).toEqual({ zoom: 0.75, scrollX: 0, scrollY: 0, persona: 'commuter' });
        expect(await page.state()).not.toHaveProperty('zoom');
    });

    test('only the 30 most recent documents are remembered', async () => {
        const { model } = await exampleModel('kinds/current-state.journey');
        const page = await webviews.open({ width: 500, height: 400 });
        for (let i = 0; i < 35; i++) await page.showDiagram({ uri: `file:///w/doc${i}.journey`, fileName: `doc${i}.journey` }, model);
        const documents = Object.keys((await page.state())?.documents ?? {});
        expect(documents).toHaveLength(30);
        expect(documents[0]).toBe('file:///w/doc5.journey');
        expect(documents.at(-1)).toBe('file:///w/doc34.journey');
    });
});

describe('toolbar', () => {
    const tops = (page: WebviewPage) => page.page.locator('.toolbar-items > *:not([hidden])').evaluateAll(items =>
        items.map(i => Math.round(i.getBoundingClientRect().top)));

    test('in a 500 px pane it is one line; what does not fit is in the More menu, which works from the keyboard', async () => {
        const page = await webviews.open({ width: 500, height: 700 });
        await renovation(page);
        const toolbar = await rectOf(page, '.toolbar');
        expect(toolbar.bottom - toolbar.top).toBeLessThan(40);
        expect(new Set(await tops(page)).size).toBe(1);
        const bar = await rectOf(page, '.toolbar-items');
        const rights = await page.page.locator('.toolbar-items > *:not([hidden])').evaluateAll(items => items.map(i => i.getBoundingClientRect().right));
        for (const right of rights) expect(right).toBeLessThanOrEqual(bar.right + 0.5);
        expect(await page.page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(true);
        expect(await page.page.getByRole('combobox', { name: 'Go to phase' }).isVisible()).toBe(true);

        const more = page.page.getByLabel('More tools', { exact: true }).and(page.page.locator('summary'));
        expect(await more.isVisible()).toBe(true);
        const svg = page.page.getByRole('button', { name: 'Export as SVG file' });
        expect(await svg.isVisible()).toBe(false);
        await more.focus();
        await page.page.keyboard.press('Enter');
        expect(await svg.isVisible()).toBe(true);
        await page.page.keyboard.press('Escape');
        expect(await svg.isVisible()).toBe(false);
        expect(await page.page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
        await page.page.keyboard.press('Space');
        while (await page.page.evaluate(() => document.activeElement?.getAttribute('aria-label')) !== 'Export as SVG file') await page.page.keyboard.press('Tab');
        await page.page.keyboard.press('Enter');
        expect((await page.waitForPosted('export')).format).toBe('svg');
        expect(await svg.isVisible()).toBe(false);
    });

    test('in a wide pane everything is on the bar and there is no More menu; narrowing the pane moves items into it', async () => {
        const page = await webviews.open({ width: 1400, height: 700 });
        await renovation(page);
        const more = page.page.locator('.overflow-menu');
        expect(await more.isVisible()).toBe(false);
        expect(await page.page.getByRole('button', { name: 'Copy as SVG' }).isVisible()).toBe(true);
        await page.page.setViewportSize({ width: 600, height: 700 });
        await expect.poll(() => more.isVisible()).toBe(true);
        expect(new Set(await tops(page)).size).toBe(1);
        expect(await page.page.locator('.overflow-list button[aria-label="Copy as SVG"]').count()).toBe(1);
        await page.page.setViewportSize({ width: 1400, height: 700 });
        await expect.poll(() => more.isVisible()).toBe(false);
    });
});

describe('phase navigator', () => {
    test('choosing a phase scrolls it next to the row labels; scrolling shows the phase in view', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        const nav = page.page.getByRole('combobox', { name: 'Go to phase' });
        expect(await nav.locator('option').allTextContents()).toEqual(model.phases.map((p, i) => `${i + 1}. ${p.label}`));
        expect(await nav.inputValue()).toBe('0');

        await nav.selectOption({ label: `7. ${model.phases[6].label}` });
        const rows = await rectOf(page, '.sticky-rows');
        const header = await rectOf(page, `.sticky-header g[data-element-id="${model.phases[6].id}"] > rect`);
        expect(header.left).toBeCloseTo(rows.right, 0);
        expect(await topmostAt(page, header)).toMatchObject({ id: model.phases[6].id });
        await expect.poll(() => nav.inputValue()).toBe('6');

        await scrollTo(page, 0, 0);
        await expect.poll(() => nav.inputValue()).toBe('0');
        await nav.selectOption({ label: `10. ${model.phases[9].label}` });
        const last = await rectOf(page, `.sticky-header g[data-element-id="${model.phases[9].id}"] > rect`);
        expect(last.right).toBeLessThanOrEqual((await viewport(page)).right + 1);
        await nav.selectOption({ label: `1. ${model.phases[0].label}` });
        expect((await scroll(page))[0]).toBe(0);
    });

    test('a journey with one phase has no navigator', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        const phase = model.phases[0];
        await page.showDiagram(example, { ...model, phases: [phase], touchpoints: model.touchpoints.filter(t => t.placement?.phase === phase.name && t.placement.kind === 'in'), improvements: [] });
        expect(await page.page.getByRole('combobox', { name: 'Go to phase' }).isHidden()).toBe(true);
    });
});

describe('following the text cursor', () => {
    test('an element off screen scrolls into the part of the view the strips leave free; one in view does not move', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        const far = model.touchpoints.at(-1)!.id;
        await page.send({ type: 'highlight', elementId: far, reveal: true });
        const card = await rectOf(page, `svg.journey-diagram g[data-element-id="${far}"]`);
        const view = await viewport(page);
        expect(card.left).toBeGreaterThanOrEqual((await rectOf(page, '.sticky-rows')).right);
        expect(card.top).toBeGreaterThanOrEqual((await rectOf(page, '.sticky-header')).bottom);
        expect(card.right).toBeLessThanOrEqual(view.right);
        expect(card.bottom).toBeLessThanOrEqual(view.bottom);
        expect(await topmostAt(page, card)).toEqual({ strip: null, id: far });

        const before = await scroll(page);
        await page.send({ type: 'highlight', elementId: model.touchpoints.at(-2)!.id, reveal: true });
        const near = await rectOf(page, `svg.journey-diagram g[data-element-id="${model.touchpoints.at(-2)!.id}"]`);
        if (near.left >= view.left + 140 && near.right <= view.right && near.top >= view.top + 100 && near.bottom <= view.bottom) expect(await scroll(page)).toEqual(before);
    });

    test('a card hidden under the sticky header counts as out of view', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        const id = model.touchpoints[0].id;
        const card = await rectOf(page, `svg.journey-diagram g[data-element-id="${id}"]`);
        const view = await viewport(page);
        // Scroll so that the card sits just under the top edge, where the stuck header covers it.
        const [x, y] = await scroll(page);
        await scrollTo(page, x, y + card.top - view.top - 20);
        expect((await topmostAt(page, await rectOf(page, `svg.journey-diagram g[data-element-id="${id}"]`))).strip).toBe('sticky-header');
        await page.send({ type: 'highlight', elementId: id, reveal: true });
        expect(await topmostAt(page, await rectOf(page, `svg.journey-diagram g[data-element-id="${id}"]`))).toEqual({ strip: null, id });
    });

    test('a phase scrolls only sideways (its header is always at the top); without reveal nothing scrolls', async () => {
        const page = await webviews.open({ width: 700, height: 600 });
        const model = await renovation(page);
        await scrollTo(page, 0, 400);
        await page.send({ type: 'highlight', elementId: model.phases[8].id, reveal: true });
        const [x, y] = await scroll(page);
        expect(x).toBeGreaterThan(0);
        expect(y).toBe(400);
        expect(await page.page.locator('.sticky-header .selected').evaluateAll(gs => gs.map(g => g.getAttribute('data-element-id')))).toEqual([model.phases[8].id]);

        await scrollTo(page, 0, 0);
        await page.send({ type: 'highlight', elementId: model.touchpoints.at(-1)!.id, reveal: false });
        expect(await scroll(page)).toEqual([0, 0]);
        expect(await page.page.locator(`svg.journey-diagram g[data-element-id="${model.touchpoints.at(-1)!.id}"]`).getAttribute('class')).toMatch(/\bselected\b/);
    });

    test('a touchpoint typed at the cursor is highlighted and scrolled to as soon as a diagram has it', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        await page.showDiagram(example, model);
        await page.send({ type: 'highlight', elementId: model.touchpoints[0].id, reveal: true });
        const last = model.phases.at(-1)!;
        const typed = { ...model.touchpoints[0], id: 'touchpoint:typed', name: 'typed', label: 'Being typed', placement: { kind: 'in' as const, phase: last.name } };
        // What the extension sends: the new diagram, then the element now under the cursor (src/extension/cursor-follow.ts).
        await page.showDiagram(example, { ...model, touchpoints: [...model.touchpoints, typed] });
        await page.send({ type: 'highlight', elementId: typed.id, reveal: true });
        expect(await page.page.locator('svg.journey-diagram .selected').evaluateAll(gs => gs.map(g => g.getAttribute('data-element-id')))).toEqual([typed.id]);
        expect(await topmostAt(page, await rectOf(page, `svg.journey-diagram g[data-element-id="${typed.id}"]`))).toEqual({ strip: null, id: typed.id });
    });
});

describe('a large map', () => {
    test('1,000 touchpoints: the strips hold only headers and labels, and an edit patches them in place', async () => {
        const model = generatedJourney(1000);
        const page = await webviews.open({ width: 700, height: 600 });
        const file = { uri: 'file:///w/big.journey', fileName: 'big.journey' };
        await page.showDiagram(file, model);
        const counts = () => page.page.evaluate(() => ({
            strips: document.querySelectorAll('.sticky-strip *').length, drawing: document.querySelectorAll('svg.journey-diagram *').length,
        }));
        const { strips, drawing } = await counts();
        expect(strips).toBeLessThan(drawing);
        expect(await page.page.locator('.sticky-strip g.touchpoint, .sticky-strip g.entry').count()).toBe(0);
        await page.page.evaluate(() => { document.querySelector('.sticky-header svg').dataset.marker = 'kept'; });
        await page.showDiagram(file, { ...model, phases: model.phases.map((p, i) => i === 2 ? { ...p, label: 'Renamed' } : p) });
        expect(await page.page.locator('.sticky-header svg').getAttribute('data-marker')).toBe('kept');
        expect(await page.page.locator(`.sticky-header g[data-element-id="${model.phases[2].id}"] text`).first().textContent()).toBe('Renamed');
    });
});

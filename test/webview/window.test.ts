// A big map's preview draws the cards near the view, not all of them: scrolling,
// zooming, following the cursor and selecting bring the others in as they are needed.
import { describe, expect, test } from 'vitest';
import { WINDOWED_FROM } from '../../webview/window.js';
import { exampleModel, generatedJourney } from './fixtures.js';
import { useWebviews } from './use-webviews.js';
import type { WebviewPage } from './webview-page.js';

declare const document: any;
declare const window: any;

const webviews = useWebviews();
const file = { uri: 'file:///w/big.journey', fileName: 'big.journey' };
const model = generatedJourney(1000);
const last = model.touchpoints[model.touchpoints.length - 1].id;

/** Waits for the frame after a scroll or zoom, where the view draws what came into view. */
const nextFrame = (page: WebviewPage) => page.page.evaluate(() => new Promise(resolve => window.requestAnimationFrame(() => setTimeout(resolve, 0))));
const scrollTo = async (page: WebviewPage, left: number, top: number) => {
    await page.page.locator('.diagram-scroll').evaluate((a, [x, y]) => { a.scrollLeft = x; a.scrollTop = y; }, [left, top]);
    await nextFrame(page);
};
/** Ids of the touchpoints drawn whose card is at least partly inside the scroll area's view. */
const visibleTouchpoints = (page: WebviewPage) => page.page.evaluate(() => {
    const view = document.querySelector('.diagram-scroll').getBoundingClientRect();
    return [...document.querySelectorAll('svg.journey-diagram g.touchpoint')].filter((g: any) => {
        const r = g.getBoundingClientRect();
        return r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
    }).map((g: any) => g.getAttribute('data-element-id'));
});
/** How many touchpoint cards are in the DOM. */
const drawnCount = (page: WebviewPage) => page.page.locator('svg.journey-diagram g.touchpoint').count();

describe('a big map draws what is in view', () => {
    test('only the cards near the view are in the DOM, and scrolling far draws the ones that come into view', async () => {
        const page = await webviews.open({ width: 900, height: 600 });
        await page.showDiagram(file, model);
        const first = await drawnCount(page);
        expect(first).toBeGreaterThan(0);
        expect(first).toBeLessThan(model.touchpoints.length / 4);
        expect(await visibleTouchpoints(page)).toContain(model.touchpoints[0].id);

        const width = await page.page.locator('.diagram-scroll').evaluate(a => a.scrollWidth - a.clientWidth);
        await scrollTo(page, width, 0);
        const there = await visibleTouchpoints(page);
        expect(there.length).toBeGreaterThan(0);
        expect(there).not.toContain(model.touchpoints[0].id);
        expect(await page.ids('g.touchpoint')).not.toContain(model.touchpoints[0].id);
        expect(await drawnCount(page)).toBeLessThan(model.touchpoints.length / 4);
    });

    test('an edit patches the part drawn, and zooming out draws what the smaller map shows', async () => {
        const page = await webviews.open({ width: 900, height: 600 });
        await page.showDiagram(file, model);
        const shown = (await page.ids('g.touchpoint'))[3];
        const index = model.touchpoints.findIndex(t => t.id === shown);
        await page.page.evaluate(id => { document.querySelector(`g[data-element-id="${id}"]`).dataset.marker = 'kept'; }, shown);
        await page.showDiagram(file, { ...model, touchpoints: model.touchpoints.map((t, i) => i === index ? { ...t, label: 'Renamed card' } : t) });
        const card = page.page.locator(`svg.journey-diagram g[data-element-id="${shown}"]`);
        expect(await card.getAttribute('data-marker')).toBe('kept');
        expect(await card.locator('text').first().textContent()).toBe('Renamed card');

        const before = await drawnCount(page);
        await page.page.keyboard.press('-');
        await page.page.keyboard.press('-');
        await nextFrame(page);
        expect(await drawnCount(page)).toBeGreaterThan(before);
    });

    test('following the cursor to a card far away draws it, selects it and scrolls it into view', async () => {
        const page = await webviews.open({ width: 900, height: 600 });
        await page.showDiagram(file, model);
        expect(await page.ids('g.touchpoint')).not.toContain(last);
        await page.send({ type: 'highlight', elementId: last });
        const card = page.page.locator(`svg.journey-diagram g[data-element-id="${last}"]`);
        expect(await card.getAttribute('class')).toContain('selected');
        await nextFrame(page);
        expect(await visibleTouchpoints(page)).toContain(last);
        // Scrolling away and back keeps it selected: the selected card is drawn wherever the view is.
        await scrollTo(page, 0, 0);
        expect(await card.getAttribute('class')).toContain('selected');
    });

    test('a focused card stays in the DOM when the view scrolls away from it', async () => {
        const page = await webviews.open({ width: 900, height: 600 });
        await page.showDiagram(file, model);
        const id = (await page.ids('g.touchpoint'))[0];
        await page.page.locator(`svg.journey-diagram g[data-element-id="${id}"]`).focus();
        const width = await page.page.locator('.diagram-scroll').evaluate(a => a.scrollWidth - a.clientWidth);
        await scrollTo(page, width, 0);
        expect(await page.page.evaluate(() => document.activeElement?.getAttribute('data-element-id'))).toBe(id);
    });

    test('a small map is drawn whole', async () => {
        const { example, model: small } = await exampleModel('seven-phase-model.journey');
        expect(small.touchpoints.length).toBeLessThan(WINDOWED_FROM);
        const page = await webviews.open({ width: 500, height: 400 });
        await page.showDiagram(example, small);
        expect((await page.ids('g.touchpoint')).length).toBe(small.touchpoints.filter(t => t.placement).length);
    });
});

// journey.preview.defaultZoom: a file the preview has not shown before opens at the
// zoom the setting names; a file shown before keeps the zoom it was left at.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { exampleModel } from './fixtures.js';
import { useWebviews } from './use-webviews.js';
import type { WebviewPage } from './webview-page.js';

const webviews = useWebviews();

const zoomShown = (page: WebviewPage) => page.page.locator('.zoom-level').textContent();
const areaSize = (page: WebviewPage) => page.page.locator('.diagram-scroll').evaluate(a => ({ width: a.clientWidth, height: a.clientHeight }));

describe('default zoom of a file shown for the first time', () => {
    test('fitWidth: as wide as the preview; a file shown before keeps its own zoom', async () => {
        const a = await exampleModel('floor-renovation.journey');
        const b = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        await page.send({ type: 'diagram', uri: a.example.uri, fileName: a.example.fileName, model: a.model, errors: 0, stale: false, defaultZoom: 'fitWidth' });
        const { width } = await areaSize(page);
        // The canvas has 8 px of padding at each side (as the toolbar's Fit width computes it).
        await expect.poll(async () => (await page.shownView())?.zoom).toBeCloseTo((width - 16) / Math.ceil(layoutDiagram(a.model).width), 2);
        const fitted = await zoomShown(page);
        expect(fitted).not.toBe('100%');

        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        const chosen = await zoomShown(page);
        await page.send({ type: 'diagram', uri: b.example.uri, fileName: b.example.fileName, model: b.model, errors: 0, stale: false, defaultZoom: '100%' });
        expect(await zoomShown(page)).toBe('100%');
        // Back to the first file: the zoom chosen there, not the default again.
        await page.send({ type: 'diagram', uri: a.example.uri, fileName: a.example.fileName, model: a.model, errors: 0, stale: false, defaultZoom: 'fitWidth' });
        expect(await zoomShown(page)).toBe(chosen);
    });

    test('fitMap: the whole map fits, and it waits for the first drawing when the file starts with errors', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 1000, height: 700 });
        await page.send({ type: 'diagram', uri: example.uri, fileName: example.fileName, errors: 2, stale: false, defaultZoom: 'fitMap' });
        expect(await zoomShown(page)).toBe('100%');
        await page.send({ type: 'diagram', uri: example.uri, fileName: example.fileName, model, errors: 0, stale: false, defaultZoom: 'fitMap' });
        const { width, height } = await areaSize(page);
        const layout = layoutDiagram(model);
        const fit = Math.min((width - 16) / Math.ceil(layout.width), (height - 16) / Math.ceil(layout.height));
        await expect.poll(async () => (await page.shownView())?.zoom).toBeCloseTo(fit, 2);
    });

    test('100% (the default) and no setting leave a new file at 100%', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 700, height: 600 });
        await page.send({ type: 'diagram', uri: example.uri, fileName: example.fileName, model, errors: 0, stale: false });
        expect(await zoomShown(page)).toBe('100%');
        expect((await page.shownView())?.zoom).toBe(1);
    });
});

// Labels are user text: markup in them must show as the same characters, and
// never become elements, run script or trip the page's Content Security Policy.
import { describe, expect, test } from 'vitest';
import { diagramToSvg } from '../../diagram-core/standalone-svg.js';
import { HOSTILE_LABELS, exampleModel, hostileModel } from './fixtures.js';
import { useWebviews } from './use-webviews.js';

declare const document: any;
declare const DOMParser: any;

const webviews = useWebviews();

describe('hostile labels', () => {
    test('markup in every label renders as text: no new elements, no dialog, no CSP violation, no console error', async () => {
        const { example, model: base } = await exampleModel('multi-file/store-visit.journey');
        const model = hostileModel(base);
        const page = await webviews.open();
        await page.showDiagram(example, model, 2, true);
        await page.send({ type: 'highlight', elementId: model.touchpoints[0].id });
        // Let any image load, error handler or script that had slipped in run.
        await page.page.waitForTimeout(300);

        const result = await page.page.evaluate(() => ({
            images: document.querySelectorAll('img, image').length,
            scripts: [...document.querySelectorAll('script')].map((s: any) => s.src ? 'bundle' : 'inline'),
            foreign: document.querySelectorAll('foreignObject, iframe, object, embed').length,
            handlers: [...document.querySelectorAll('*')].flatMap((e: any) => [...e.attributes].filter((a: any) => /^on/i.test(a.name)).map((a: any) => a.name)),
            texts: [...document.querySelectorAll('svg tspan, svg title')].map((t: any) => t.textContent),
            labels: [...document.querySelectorAll('svg [aria-label]')].map((t: any) => t.getAttribute('aria-label')),
            options: [...document.querySelectorAll('select option')].map((o: any) => o.textContent),
        }));
        expect(result).toMatchObject({ images: 0, scripts: ['inline', 'bundle'], foreign: 0, handlers: [] });
        for (const label of HOSTILE_LABELS) {
            expect(result.texts).toContain(label);
            expect(result.options).toContain(label);
            expect(result.labels.some((l: string) => l.includes(label))).toBe(true);
        }
        expect(result.texts).toContain(HOSTILE_LABELS.join(' '));
        expect(await page.page.locator('.status').textContent()).toBe(`Showing the last correct diagram — 2 errors in ${example.fileName}`);
        expect(page.dialogs).toEqual([]);
        expect(await page.violations()).toEqual([]);
        expect(page.consoleErrors).toEqual([]);
    });

    test('the checks above would notice an injection (the harness reports CSP violations and extra elements)', async () => {
        const page = await webviews.open();
        await page.page.evaluate(() => { document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(1)>'); });
        await page.page.waitForTimeout(300);
        expect(await page.page.locator('img').count()).toBe(1);
        expect((await page.violations()).join(' ')).toMatch(/img-src|script-src/);
        // Not the webview's doing: reset what the after-each check looks at.
        await page.page.evaluate(() => { (globalThis as any).__journeyTest.violations = []; });
        page.consoleErrors = [];
        expect(page.dialogs).toEqual([]);
    });

    test('a hostile file name shows as text in the status and the empty state', async () => {
        const { model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        const fileName = HOSTILE_LABELS[0];
        await page.showDiagram({ uri: 'file:///w/x.journey', fileName }, undefined, 1);
        expect(await page.page.locator('.empty-state').textContent()).toBe(`Fix the 1 error in ${fileName} to see the diagram.`);
        await page.showDiagram({ uri: 'file:///w/x.journey', fileName }, model, 1, true);
        expect(await page.page.locator('.status').textContent()).toContain(fileName);
        expect(await page.page.locator('img').count()).toBe(0);
    });

    test('the exported SVG of a hostile model is well-formed and keeps the labels as text', async () => {
        const { model: base } = await exampleModel('multi-file/store-visit.journey');
        const svg = diagramToSvg(hostileModel(base), 'light');
        const parser = await webviews.blankPage();
        const parsed = await parser.evaluate(text => {
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            return {
                errors: doc.getElementsByTagName('parsererror').length,
                texts: [...doc.querySelectorAll('tspan, title')].map((t: any) => t.textContent),
                elements: [...new Set([...doc.querySelectorAll('*')].map((e: any) => e.localName))].sort(),
            };
        }, svg);
        expect(parsed.errors).toBe(0);
        for (const label of HOSTILE_LABELS) expect(parsed.texts).toContain(label);
        expect(parsed.elements).not.toContain('img');
        expect(parsed.elements).not.toContain('script');
    });
});

// Screenshots of every example journey in VS Code's light, dark and
// high-contrast themes, and of the preview in side panes 500, 700 and 1400 px
// wide (test-results/webview/, for a person to look at).
// Render timings are measured by `npm run bench`, not asserted by tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { exampleModel, loadExamples } from './fixtures.js';
import type { ThemeId } from './vscode-themes.js';
import { useWebviews } from './use-webviews.js';

const OUT = path.resolve('test-results/webview');
const THEME_IDS: ThemeId[] = ['light', 'dark', 'high-contrast'];
const webviews = useWebviews();

describe('screenshots', () => {
    test('every example journey in light, dark and high contrast', async () => {
        fs.mkdirSync(OUT, { recursive: true });
        const page = await webviews.open();
        const saved: string[] = [];
        for (const example of await loadExamples()) {
            const models = example.models.length ? example.models : [undefined];
            for (const model of models) {
                await page.showDiagram(example, model);
                const size = model ? layoutDiagram(model) : { width: 800, height: 200 };
                // The whole diagram in view: the panel as large as the drawing plus the toolbar.
                await page.page.setViewportSize({ width: Math.ceil(size.width) + 32, height: Math.ceil(size.height) + 80 });
                for (const theme of model ? THEME_IDS : ['light' as const]) {
                    await page.applyTheme(theme);
                    const name = `${example.file.replace(/\.journey$/, '').replace(/\//g, '--')}${models.length > 1 ? `--${model!.name}` : ''}.${theme}.png`;
                    await page.page.screenshot({ path: path.join(OUT, name) });
                    saved.push(name);
                }
                expect(await page.page.locator('.diagram-scroll').evaluate(a => a.scrollWidth <= a.clientWidth)).toBe(true);
            }
        }
        expect(saved.length).toBeGreaterThanOrEqual(3 * 8);
    }, 120_000);
});

describe('screenshots of the preview beside the text', () => {
    test('500, 700 and 1400 px wide panes, scrolled into the map, in light, dark and high contrast', async () => {
        fs.mkdirSync(OUT, { recursive: true });
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        const saved: string[] = [];
        for (const width of [500, 700, 1400]) {
            await page.load({ width, height: 900 });
            await page.showDiagram(example, model);
            // Half way along and down the map: the phase headers and row labels are stuck at the edges.
            await page.page.getByRole('combobox', { name: 'Go to phase' }).selectOption({ index: width < 1400 ? 5 : 3 });
            await page.page.locator('.diagram-scroll').evaluate(area => { area.scrollTop = 420; });
            await page.send({ type: 'highlight', elementId: model.touchpoints.find(t => !t.critical && t.placement?.phase === 'delivery')!.id, reveal: false });
            await expect.poll(() => page.page.locator('.sticky-strip.stuck').count()).toBe(2);
            expect(await page.page.locator('.toolbar').evaluate(t => t.getBoundingClientRect().height)).toBeLessThan(40);
            for (const theme of THEME_IDS) {
                await page.applyTheme(theme);
                const name = `pane-${width}.${theme}.png`;
                await page.page.screenshot({ path: path.join(OUT, name) });
                saved.push(name);
            }
            if (width === 500) {
                await page.page.locator('.overflow-menu > summary').click();
                for (const theme of THEME_IDS) {
                    await page.applyTheme(theme);
                    const name = `pane-${width}-more-menu.${theme}.png`;
                    await page.page.screenshot({ path: path.join(OUT, name) });
                    saved.push(name);
                }
            }
        }
        expect(saved).toHaveLength(12);
    }, 120_000);
});

// Screenshots of every example journey in VS Code's light, dark and
// high-contrast themes (test-results/webview/, for a person to look at).
// Render timings are measured by `npm run bench`, not asserted by tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { loadExamples } from './fixtures.js';
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

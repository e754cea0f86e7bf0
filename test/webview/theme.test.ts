// The diagram follows the VS Code theme through CSS variables only: a theme
// switch (body class and --vscode-* values, as VS Code applies them) recolours
// it without any script of ours running.
import { describe, expect, test } from 'vitest';
import { THEME_PROPERTIES } from '../../diagram-core/diagram-style.js';
import { exampleModel } from './fixtures.js';
import { THEMES, type ThemeId } from './vscode-themes.js';
import { useWebviews } from './use-webviews.js';
import type { WebviewPage } from './webview-page.js';

declare const document: any;
declare const getComputedStyle: any;

const webviews = useWebviews();

/** Computed colours of a few parts of the drawing. */
const colours = (page: WebviewPage, touchpointId: string) => page.page.evaluate(id => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector));
    const card = style(`g[data-element-id="${id}"] rect.body`);
    return {
        background: style('svg.journey-diagram rect.background').fill,
        page: style('.diagram-scroll').backgroundColor,
        text: style('svg.journey-diagram .header text').fill,
        cardFill: card.fill,
        cardStroke: card.stroke,
        cardStrokeWidth: card.strokeWidth,
        header: style('g.phase-header rect').fill,
    };
}, touchpointId);

const rgb = (hex: string) => `rgb(${[1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('theme', () => {
    test('a switch to a dark theme and to high contrast recolours the drawing through the --vscode-* variables', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const plain = model.touchpoints.find(t => !t.critical)!.id;
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const fallback = await colours(page, plain);
        expect(fallback).toMatchObject({ background: rgb('#ffffff'), text: rgb('#1f2328') });

        await page.applyTheme('dark');
        const dark = await colours(page, plain);
        expect(dark).toMatchObject({ background: rgb('#1e1e1e'), page: rgb('#1e1e1e'), text: rgb('#d4d4d4'), cardFill: rgb('#1e1e1e') });
        expect(dark.header).not.toBe(fallback.header);

        await page.applyTheme('high-contrast');
        const contrast = await colours(page, plain);
        expect(contrast).toMatchObject({
            background: rgb('#000000'), text: rgb('#ffffff'), header: rgb('#000000'), cardStroke: rgb('#6fc3df'), cardStrokeWidth: '2px',
        });

        await page.applyTheme('light');
        expect(await colours(page, plain)).toMatchObject({ background: rgb('#ffffff'), text: rgb('#000000'), cardStrokeWidth: '1px' });
    });

    test.each(Object.keys(THEMES) as ThemeId[])('every --j-* property the diagram uses has a value in %s', async (theme) => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ theme });
        await page.showDiagram(example, model);
        const values = await page.page.evaluate(names => {
            const style = getComputedStyle(document.querySelector('svg.journey-diagram'));
            return Object.fromEntries(names.map((name: string) => [name, style.getPropertyValue(`--j-${name}`).trim()]));
        }, THEME_PROPERTIES);
        expect(Object.keys(values).sort()).toEqual([...THEME_PROPERTIES].sort());
        for (const [name, value] of Object.entries(values)) expect(value, `--j-${name}`).not.toBe('');
    });

    test('critical and at-risk touchpoints use the theme\'s warning and error colours', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ theme: 'dark' });
        await page.showDiagram(example, model);
        const strokes = await page.page.evaluate(() => ({
            critical: getComputedStyle(document.querySelector('g.touchpoint.critical:not(.at-risk) rect.body')).stroke,
            atRisk: getComputedStyle(document.querySelector('g.touchpoint.at-risk rect.body')).stroke,
        }));
        expect(strokes).toEqual({ critical: rgb(THEMES.dark.vars['--vscode-editorWarning-foreground']), atRisk: rgb(THEMES.dark.vars['--vscode-errorForeground']) });
    });

    test('a focused element gets the focus border colour', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ theme: 'dark' });
        await page.showDiagram(example, model);
        await page.page.locator('.diagram-scroll').focus();
        await page.page.keyboard.press('Tab');
        const outline = await page.page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
        expect(outline).toBe(rgb(THEMES.dark.vars['--vscode-focusBorder']));
    });
});

// The preview's share of the map's content: the legend toggle, folding a
// persona card, and the selected element's text in full.
import { describe, expect, test } from 'vitest';
import { exampleModel } from './fixtures.js';
import { useWebviews } from './use-webviews.js';

const webviews = useWebviews();

describe('legend', () => {
    test('the Legend button shows and hides the legend, is saved, and exports carry it while shown', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const legend = page.page.locator('svg.journey-diagram g.legend');
        const toggle = page.page.getByRole('button', { name: 'Show the legend' });
        expect(await legend.count()).toBe(0);
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');

        await toggle.click();
        expect(await legend.count()).toBe(1);
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(await legend.locator('text').allTextContents()).toEqual(expect.arrayContaining(['1 very poor', '5 excellent', 'research', 'assumption']));
        expect((await page.state())?.legend).toBe(true);
        await page.page.getByRole('button', { name: 'Copy as SVG' }).click();
        expect((await page.waitForPosted('copySvg')).svg).toContain('aria-label="Legend"');

        await toggle.click();
        expect(await legend.count()).toBe(0);
        expect((await page.state())?.legend).toBe(false);
    });

    test('a saved legend comes back when the webview is restored', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ state: { uri: example.uri, zoom: 1, legend: true } });
        await page.showDiagram(example, model);
        expect(await page.page.locator('svg.journey-diagram g.legend').count()).toBe(1);
    });
});

describe('persona cards', () => {
    test('a persona card folds and unfolds with its control, by mouse and keyboard, without jumping to the source', async () => {
        const { example, model } = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const [first, second] = model.personas;
        const card = page.page.locator(`svg g.persona[data-element-id="${first.id}"]`);
        const height = () => card.locator('rect.body').evaluate(r => Number(r.getAttribute('height')));
        const open = await height();
        await page.clearPosted();

        await page.page.getByRole('button', { name: `Fold persona ${first.label}` }).click();
        expect(await height()).toBeLessThan(open);
        expect(await card.getAttribute('class')).toMatch(/\bfolded\b/);
        expect((await page.state())?.foldedPersonas).toEqual([first.id]);
        expect((await page.posted()).filter(m => m.type === 'reveal')).toEqual([]);
        // The other card stays open.
        expect(await page.page.locator(`svg g.persona[data-element-id="${second.id}"]`).getAttribute('class')).not.toMatch(/\bfolded\b/);

        await page.page.getByRole('button', { name: `Unfold persona ${first.label}` }).focus();
        await page.page.keyboard.press('Enter');
        expect(await height()).toBe(open);
        expect((await page.state())?.foldedPersonas).toEqual([]);
        expect((await page.posted()).filter(m => m.type === 'reveal')).toEqual([]);
    });
});

describe('the selected element', () => {
    test('a touchpoint whose description is cut short shows it in full when selected, and short again after', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const description = 'The floor layer calls the evening before, says when the crew arrives and what has to be cleared. '.repeat(3).trim();
        const target = model.touchpoints[0];
        const edited = { ...model, touchpoints: [{ ...target, description }, ...model.touchpoints.slice(1)] };
        const page = await webviews.open();
        await page.showDiagram(example, edited);
        const card = page.page.locator(`svg g.touchpoint[data-element-id="${target.id}"]`);
        const shown = () => card.locator(':scope > text tspan').allTextContents().then(lines => lines.join(' '));
        expect(await shown()).toContain('…');

        await page.send({ type: 'highlight', elementId: target.id });
        expect((await shown()).replace(/\s+/g, '')).toContain(description.replace(/\s+/g, ''));
        expect(await card.getAttribute('class')).toMatch(/\bselected\b/);

        await page.send({ type: 'highlight', elementId: model.touchpoints[1].id });
        expect(await shown()).toContain('…');
    });
});

// The diagram webview in Chromium: what it draws for an example, stale and empty
// states, updates in place, persona filter, rows, zoom and the saved view state.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { exampleModel, loadExamples } from './fixtures.js';
import { useWebviews } from './use-webviews.js';
import type { WebviewPage } from './webview-page.js';

declare const document: any;
declare const XMLSerializer: any;

const webviews = useWebviews();

/** The box of an element's first rect (a card's body, a phase's header), in diagram units. */
function rectOf(page: WebviewPage, id: string): Promise<{ x: number; y: number; width: number; height: number }> {
    return page.page.locator(`svg.journey-diagram g[data-element-id="${id}"] > rect`).first().evaluate(r => ({
        x: Number(r.getAttribute('x')), y: Number(r.getAttribute('y')), width: Number(r.getAttribute('width')), height: Number(r.getAttribute('height')),
    }));
}

const svgSize = (page: WebviewPage) => page.page.locator('svg.journey-diagram').evaluate(svg =>
    ({ width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) }));

describe('drawing a journey', () => {
    test('posts ready once loaded, before anything else', async () => {
        const page = await webviews.open();
        expect(await page.posted()).toEqual([{ type: 'ready' }]);
        expect(await page.page.locator('.empty-state').textContent()).toBe('Loading the diagram…');
    });

    test('one column header per phase and a card per touchpoint, with their ids', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        expect(await page.ids('g.phase-header')).toEqual(model.phases.map(p => p.id));
        expect((await page.ids('g.touchpoint')).sort()).toEqual(model.touchpoints.filter(t => t.placement).map(t => t.id).sort());
        expect((await page.ids('g.entry')).sort()).toEqual(model.phases.flatMap(p => p.entries.map(e => e.id)).sort());
        const headerTexts = await page.page.locator('svg.journey-diagram g.phase-header').evaluateAll(gs => gs.map(g => g.querySelector('text').textContent));
        expect(headerTexts).toEqual(model.phases.map(p => p.label));
        expect(await page.page.locator('svg.journey-diagram > title').textContent()).toBe(model.title);
    });

    test('a touchpoint between two phases sits on their boundary; one in a phase sits inside its column', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const boundaries = await page.page.locator('line.boundary').evaluateAll(lines => lines.map(l => Number(l.getAttribute('x1'))));
        const between = model.touchpoints.filter(t => t.placement?.kind === 'after');
        expect(between.length).toBeGreaterThan(1);
        for (const t of between) {
            if (t.placement?.kind !== 'after') continue;
            const card = await rectOf(page, t.id);
            const from = await rectOf(page, `phase:${t.placement.phase}`);
            expect(card.x + card.width / 2, t.id).toBeCloseTo(from.x + from.width, 0);
            expect(boundaries).toContain(from.x + from.width);
            expect(await page.page.locator(`g[data-element-id="${t.id}"]`).getAttribute('class')).toMatch(/\bbetween\b/);
        }
        for (const t of model.touchpoints) {
            if (t.placement?.kind !== 'in') continue;
            const card = await rectOf(page, t.id);
            const column = await rectOf(page, `phase:${t.placement.phase}`);
            expect(card.x, t.id).toBeGreaterThanOrEqual(column.x);
            expect(card.x + card.width, t.id).toBeLessThanOrEqual(column.x + column.width);
        }
    });

    test('every example file draws (or explains why not) without errors', async () => {
        const page = await webviews.open();
        for (const example of await loadExamples()) {
            await page.showDiagram(example, example.models[0]);
            if (example.models[0]) expect(await page.ids('g.phase-header'), example.file).toEqual(example.models[0].phases.map(p => p.id));
            else expect(await page.page.locator('.empty-state').textContent()).toBe(`${example.fileName} has no journey yet. Add journey name "Title" { … } to see its map.`);
        }
    });
});

describe('stale and empty states', () => {
    test('a stale diagram stays on screen under a status saying how many errors there are', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const status = page.page.getByRole('status').filter({ hasText: 'Showing the last correct diagram' });
        expect(await status.isVisible()).toBe(false);
        await page.showDiagram(example, model, 3, true);
        expect(await status.isVisible()).toBe(true);
        expect(await status.textContent()).toBe('Showing the last correct diagram — 3 errors in floor-renovation.journey');
        expect(await page.ids('g.phase-header')).toEqual(model.phases.map(p => p.id));
        await page.showDiagram(example, model, 1, true);
        expect(await status.textContent()).toBe('Showing the last correct diagram — 1 error in floor-renovation.journey');
        await page.showDiagram(example, model);
        expect(await status.isVisible()).toBe(false);
    });

    test('with no diagram at all, a friendly empty state says what to do', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, undefined, 2);
        const empty = page.page.locator('.empty-state');
        expect(await empty.textContent()).toBe('Fix the 2 errors in floor-renovation.journey to see the diagram.');
        expect(await empty.getAttribute('role')).toBe('status');
        expect(await page.page.locator('svg').count()).toBe(0);
        expect(await page.page.getByRole('button', { name: 'Export as SVG file' }).isDisabled()).toBe(true);

        await page.showDiagram({ uri: 'file:///w/empty.journey', fileName: 'empty.journey' }, undefined, 0);
        expect(await empty.textContent()).toBe('empty.journey has no journey yet. Add journey name "Title" { … } to see its map.');

        await page.showDiagram(example, model);
        expect(await empty.isVisible()).toBe(false);
        expect(await page.ids('g.phase-header')).toEqual(model.phases.map(p => p.id));
        expect(await page.page.getByRole('button', { name: 'Export as SVG file' }).isEnabled()).toBe(true);
    });
});

describe('updates', () => {
    /** The example with one label changed, one touchpoint removed and one added. */
    function edited(model: DiagramModel): DiagramModel {
        const [first, second, ...rest] = model.touchpoints;
        return {
            ...model,
            touchpoints: [{ ...first, label: `${first.label} (renamed)` }, ...rest,
                { ...second, id: 'touchpoint:added', name: 'added', label: 'A new touchpoint', placement: { kind: 'in', phase: model.phases[0].name } }],
        };
    }

    test('an update changes the drawing in place, keeping scroll position and zoom, and draws exactly what a fresh view draws', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 900, height: 600 });
        await page.showDiagram(example, model);
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        await page.page.locator('.diagram-scroll').evaluate(area => { area.scrollLeft = 300; area.scrollTop = 250; });
        await page.page.evaluate(() => { document.querySelector('svg.journey-diagram').dataset.marker = 'first'; });
        const next = edited(model);
        await page.showDiagram(example, next);

        const after = await page.page.evaluate(() => {
            const area = document.querySelector('.diagram-scroll');
            return { marker: document.querySelector('svg.journey-diagram').dataset.marker, count: document.querySelectorAll('svg.journey-diagram').length,
                scroll: [area.scrollLeft, area.scrollTop] };
        });
        expect(after).toEqual({ marker: 'first', count: 1, scroll: [300, 250] });
        expect(await page.ids('g.touchpoint')).toContain('touchpoint:added');
        expect(await page.ids('g.touchpoint')).not.toContain(model.touchpoints[1].id);
        const layout = layoutDiagram(next, { foldable: true });
        expect(await svgSize(page)).toEqual({ width: Math.round(Math.ceil(layout.width) * 1.1), height: Math.round(Math.ceil(layout.height) * 1.1) });

        const fresh = await webviews.open({ width: 900, height: 600 });
        await fresh.showDiagram(example, next);
        await fresh.page.getByRole('button', { name: 'Zoom in' }).click();
        const markup = (p: WebviewPage) => p.page.evaluate(() => {
            const svg = document.querySelector('svg.journey-diagram').cloneNode(true);
            delete svg.dataset.marker;
            return new XMLSerializer().serializeToString(svg);
        });
        expect(await markup(page)).toBe(await markup(fresh));
    });
});

describe('persona filter and rows', () => {
    test('choosing a persona hides what applies only to another persona, and is saved', async () => {
        const { example, model } = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const forRetiree = model.touchpoints.filter(t => t.personas.includes('retiree')).map(t => t.id);
        expect(forRetiree.length).toBeGreaterThan(0);
        expect(await page.ids('g.touchpoint')).toEqual(expect.arrayContaining(forRetiree));

        const select = page.page.getByRole('combobox', { name: 'Persona' });
        expect(await select.locator('option').allTextContents()).toEqual(['All personas', ...model.personas.map(p => p.label)]);
        await select.selectOption('commuter');
        const shown = await page.ids('g.touchpoint');
        for (const id of forRetiree) expect(shown).not.toContain(id);
        expect(shown.length).toBe(model.touchpoints.length - forRetiree.length);
        expect(await page.state()).toMatchObject({ uri: example.uri });
        expect((await page.shownView())?.persona).toBe('commuter');

        await select.selectOption({ label: 'All personas' });
        expect((await page.ids('g.touchpoint')).length).toBe(model.touchpoints.length);
        expect((await page.shownView())?.persona).toBeUndefined();
    });

    test('the rows menu offers the rows the journey has; unticking one removes that row, and is saved', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        await page.page.getByText('Rows', { exact: true }).click();
        const rows = page.page.getByRole('group', { name: 'Rows to show' }).getByRole('checkbox');
        const offered = await rows.evaluateAll(boxes => boxes.map(b => b.getAttribute('data-row')));
        const drawn = await page.page.locator('svg.journey-diagram g.row').evaluateAll(gs => gs.map(g => g.getAttribute('class').replace('row row-', '')));
        expect(offered).toEqual(drawn);
        expect(offered).toEqual(expect.arrayContaining(['emotion', 'thinks', 'touchpoints', 'pain']));

        const thinks = model.phases.flatMap(p => p.entries.filter(e => e.lane === 'thinks').map(e => e.id));
        await page.page.getByRole('checkbox', { name: 'Thinks' }).uncheck();
        expect(await page.page.locator('svg.journey-diagram g.row-thinks').count()).toBe(0);
        const entries = await page.ids('g.entry');
        for (const id of thinks) expect(entries).not.toContain(id);
        expect((await page.state())?.hiddenRows).toEqual(['thinks']);

        await page.page.getByRole('checkbox', { name: 'Emotion' }).uncheck();
        expect(await page.page.locator('svg.journey-diagram g.emotion').count()).toBe(0);
        await page.page.getByRole('checkbox', { name: 'Thinks' }).check();
        expect(await page.page.locator('svg.journey-diagram g.row-thinks').count()).toBe(1);
        expect((await page.state())?.hiddenRows).toEqual(['emotion']);
        await page.page.keyboard.press('Escape');
        expect(await rows.first().isVisible()).toBe(false);
    });
});

describe('zoom', () => {
    test('toolbar, keys and Ctrl+wheel scale the drawing; the zoom is saved', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const layout = layoutDiagram(model);
        const width = Math.ceil(layout.width);
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const zoomLevel = page.page.locator('.zoom-level');
        expect((await svgSize(page)).width).toBe(width);
        expect(await zoomLevel.textContent()).toBe('100%');

        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        await page.page.getByRole('button', { name: 'Zoom in' }).click();
        expect((await svgSize(page)).width).toBe(Math.round(width * 1.25));
        expect(await zoomLevel.textContent()).toBe('125%');
        expect((await page.shownView())?.zoom).toBe(1.25);

        await page.page.locator('.diagram-scroll').focus();
        await page.page.keyboard.press('-');
        expect((await page.shownView())?.zoom).toBe(1.1);
        await page.page.keyboard.press('0');
        expect((await page.shownView())?.zoom).toBe(1);
        await page.page.keyboard.press('+');
        expect((await page.shownView())?.zoom).toBe(1.1);

        await page.page.mouse.move(400, 400);
        await page.page.keyboard.down('Control');
        await page.page.mouse.wheel(0, -200);
        await page.page.keyboard.up('Control');
        await expect.poll(async () => (await page.shownView())?.zoom).toBeGreaterThan(1.2);
        const zoom = (await page.shownView())!.zoom;
        expect((await svgSize(page)).width).toBe(Math.round(width * zoom));

        await page.page.getByRole('button', { name: 'Reset zoom to 100%' }).click();
        expect((await svgSize(page)).width).toBe(width);
    });

    test('fit to width scales the drawing to the panel', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open({ width: 800, height: 600 });
        await page.showDiagram(example, model);
        await page.page.getByRole('button', { name: 'Fit to width' }).click();
        const fits = await page.page.locator('.diagram-scroll').evaluate(area => ({
            scrollWidth: area.scrollWidth, clientWidth: area.clientWidth, svg: area.querySelector('svg').getBoundingClientRect().width,
        }));
        expect(fits.scrollWidth).toBeLessThanOrEqual(fits.clientWidth);
        expect(fits.svg).toBeGreaterThan(fits.clientWidth - 40);
        expect((await page.shownView())?.zoom).toBeLessThan(0.5);
    });

    test('zoom, persona and hidden rows come back from getState when the webview is restored', async () => {
        const { example, model } = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open({ state: { uri: example.uri, zoom: 1.5, persona: 'commuter', hiddenRows: ['does'] } });
        await page.showDiagram(example, model);
        const layout = layoutDiagram(model, { persona: 'commuter', hiddenRows: ['does'], foldable: true });
        expect(await svgSize(page)).toEqual({ width: Math.round(Math.ceil(layout.width) * 1.5), height: Math.round(Math.ceil(layout.height) * 1.5) });
        expect(await page.page.locator('.zoom-level').textContent()).toBe('150%');
        expect(await page.page.getByRole('combobox', { name: 'Persona' }).inputValue()).toBe('commuter');
        expect(await page.page.locator('svg.journey-diagram g.row-does').count()).toBe(0);
        expect(await page.ids('g.touchpoint')).not.toContain('touchpoint:appointment_call');

        // Another file, never shown before: its own fresh view (100%, no persona, top left); the rows shown stay.
        await page.page.locator('.diagram-scroll').evaluate(area => { area.scrollLeft = 200; area.scrollTop = 100; });
        const other = await exampleModel('floor-renovation.journey');
        await page.showDiagram(other.example, other.model);
        expect(await page.state()).toMatchObject({
            uri: other.example.uri, hiddenRows: ['does'], legend: false, foldedPersonas: [],
            documents: { [example.uri]: { zoom: 1.5, persona: 'commuter' }, [other.example.uri]: { zoom: 1, scrollX: 0, scrollY: 0 } },
        });
        expect(await page.page.locator('.zoom-level').textContent()).toBe('100%');
        expect(await page.page.locator('.diagram-scroll').evaluate(area => [area.scrollLeft, area.scrollTop])).toEqual([0, 0]);
    });
});

describe('accessibility', () => {
    test('toolbar buttons are real buttons with labels and tooltips; the diagram is a labelled region of focusable elements', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        const buttons = await page.page.locator('.toolbar button').evaluateAll(bs => bs.map(b =>
            ({ type: b.getAttribute('type'), label: b.getAttribute('aria-label'), title: b.getAttribute('title') })));
        expect(buttons.map(b => b.label)).toEqual(['Zoom out', 'Reset zoom to 100% (now 100%)', 'Zoom in', 'Fit to width', 'Fit whole map', 'Show the legend',
            'Export as SVG file', 'Export as PNG image', 'Copy as SVG']);
        for (const b of buttons) expect(b.type === 'button' && b.title && b.title.length > 3, JSON.stringify(b)).toBe(true);
        expect(await page.page.getByRole('region', { name: `Journey diagram: ${model.title}` }).isVisible()).toBe(true);
        const card = page.page.locator(`g[data-element-id="${model.touchpoints[0].id}"]`);
        expect(await card.getAttribute('role')).toBe('button');
        expect(await card.getAttribute('tabindex')).toBe('0');
        expect(await card.getAttribute('aria-label')).toContain(model.touchpoints[0].label);
    });
});

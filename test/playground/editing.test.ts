// The playground in Chromium from file://: it starts with an example and its diagram,
// typing shows diagnostics and updates the diagram, completion and hover come from
// the language server in the worker, and nothing is requested but the page's own files.
import { describe, expect, test } from 'vitest';
import { COFFEE } from './fixtures.js';
import { usePlayground } from './use-playground.js';

const playground = usePlayground();
/** Opening the page takes seconds on a busy machine; the diagram after an edit, one more. */
const TIMEOUT = 90_000;


describe('the playground page', () => {
    test('opens from file:// with the first example, highlighted, and its diagram; requests only its own files', async () => {
        const page = await playground.open();
        await expect.poll(() => page.page.locator('svg.journey-diagram').count()).toBe(1);
        expect(await page.page.locator('svg.journey-diagram').textContent()).toContain('A new floor for the family home');
        // Keywords and strings get their own colours (the grammar's scopes), other words none.
        const line = page.page.locator('.view-line', { hasText: 'journey floor_renovation' }).first();
        const classes = await line.locator('span span').evaluateAll(spans => spans.map(s => `${s.className}:${s.textContent}`));
        expect(new Set(classes.map(c => c.split(':')[0])).size).toBeGreaterThanOrEqual(3);
        expect(page.requests.some(url => url.endsWith('/playground.js'))).toBe(true);
    }, TIMEOUT);

    test('typing: an error shows as a squiggle and in the count, the diagram keeps the last good map, then follows the fix', async () => {
        const page = await playground.open(COFFEE);
        await expect.poll(() => page.page.locator('svg.journey-diagram').textContent()).toContain('At the counter');
        await expect.poll(() => page.page.locator('#controls .problems').textContent()).toBe('1 warning');

        // The touchpoint moves to a phase that does not exist.
        await page.retypeLastWord(/^\s*in\sorder$/, 'pickup');
        await expect.poll(() => page.page.locator('#controls .problems').textContent()).toMatch(/^1 error/);
        await expect.poll(() => page.page.locator('#editor .squiggly-error').count()).toBeGreaterThan(0);
        await expect.poll(() => page.page.locator('#diagram .status').textContent()).toContain('1 error');

        // Fixed: the touchpoint is drawn in the other phase.
        const inOrder = await page.page.locator('g.touchpoint').first().boundingBox();
        await page.afterDiagram(() => page.retypeLastWord(/^\s*in\spickup$/, 'drink'));
        await expect.poll(() => page.page.locator('#editor .squiggly-error').count()).toBe(0);
        await expect.poll(() => page.page.locator('#controls .problems').textContent()).toBe('1 warning');
        const inDrink = await page.page.locator('g.touchpoint').first().boundingBox();
        expect(inDrink!.x).toBeGreaterThan(inOrder!.x);
    }, TIMEOUT);

    test('completion and hover are answered by the language server in the worker', async () => {
        const page = await playground.open(COFFEE.replace('    phase drink "Drink"\n', '    phase drink "Drink"\n    touch\n'));
        await page.cursorAtEndOf(/^\s*touch$/);
        await page.page.keyboard.press('Control+Space');
        await expect.poll(() => page.page.locator('.suggest-widget .monaco-list-row').allTextContents(), { timeout: 15_000 })
            .toContainEqual(expect.stringContaining('touchpoint'));
        await page.page.keyboard.press('Escape');

        await page.page.locator('.view-line span', { hasText: /^persona$/ }).first().hover();
        await expect.poll(() => page.page.locator('.monaco-hover:not(.hidden)').textContent(), { timeout: 15_000 }).toMatch(/persona/i);
    }, TIMEOUT);

    test('Start from a standard phase model: journey new\'s text and its diagram; Undo brings the text before back', async () => {
        const page = await playground.open(COFFEE);
        await page.afterDiagram(() => page.page.locator('#starter').selectOption({ label: '5 phases (orientation → loyalty)' }));
        const diagram = page.page.locator('svg.journey-diagram');
        await expect.poll(() => diagram.textContent()).toContain('Customer service');
        expect(await diagram.textContent()).toContain('My journey');
        await page.page.locator('#editor .view-lines').click();
        await page.afterDiagram(() => page.page.keyboard.press('Control+Z'));
        await expect.poll(() => diagram.textContent()).toContain('At the counter');
    }, TIMEOUT);

    test('Format Document (Ctrl+Shift+I on Linux) is the language server\'s formatter', async () => {
        const page = await playground.open(COFFEE.replace('    kind current', '          kind current'));
        const kindLine = page.page.locator('#editor .view-line', { hasText: /kind\scurrent/ });
        const shown = async () => (await kindLine.textContent())!.replace(/\u00a0/g, ' ');
        expect(await shown()).toBe('          kind current');
        await page.cursorAtEndOf(/kind\scurrent/);
        await page.page.keyboard.press('Control+Shift+I');
        await expect.poll(shown, { timeout: 15_000 }).toBe('    kind current');
    }, TIMEOUT);
});

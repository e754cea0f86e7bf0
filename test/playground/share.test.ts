// Share by link in Chromium: the address holds the text and the view (zoom, persona)
// once they change; opening it in a fresh page restores both. A damaged link opens
// the first example instead of failing.
import { describe, expect, test } from 'vitest';
import { COFFEE } from './fixtures.js';
import { usePlayground } from './use-playground.js';

const playground = usePlayground();
const TIMEOUT = 90_000;

describe('share links', () => {
    test('the link restores the edited text, the zoom and the persona shown', async () => {
        const page = await playground.open(COFFEE);
        await page.afterDiagram(() => page.retypeLastWord(/^\s*in\sorder$/, 'drink'));
        const zoomIn = page.page.getByRole('button', { name: 'Zoom in' });
        await zoomIn.click();
        await zoomIn.click();
        await page.page.locator('.persona-select').selectOption({ label: 'Regular customer' });
        const zoom = await page.page.locator('.zoom-level').textContent();
        expect(zoom).not.toBe('100%');
        await page.page.getByRole('button', { name: 'Share link' }).click();
        await expect.poll(() => page.page.locator('#controls .page-status').textContent()).toMatch(/link|address/i);
        const fragment = new URL(page.page.url()).hash;
        expect(fragment).toMatch(/^#j=[\w-]+$/);
        const edited = (await page.download('.journey')).content.toString('utf8');
        expect(edited).toBe(COFFEE.replace(/in order/, 'in drink'));

        const opened = await playground.openFragment(fragment);
        expect((await opened.download('.journey')).content.toString('utf8')).toBe(edited);
        expect(await opened.page.locator('.zoom-level').textContent()).toBe(zoom);
        expect(await opened.page.locator('.persona-select option:checked').textContent()).toBe('Regular customer');
    }, TIMEOUT);

    test('a damaged link opens the first example', async () => {
        const page = await playground.openFragment('#j=not-a-journey');
        await expect.poll(() => page.page.locator('svg.journey-diagram').textContent()).toContain('A new floor for the family home');
    }, TIMEOUT);
});

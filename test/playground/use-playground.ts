// Vitest hooks for playground tests: one browser per test file, and after each test
// a check that no page requested anything but its own files, logged an error, threw,
// opened a dialog or violated the CSP.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { encodeShared } from '../../playground/share.js';
import { PlaygroundPage, launchBrowser } from './playground-page.js';

export interface Playground {
    /** Opens the page: with its first example, or with `text` (given as a share link gives it). */
    open(text?: string): Promise<PlaygroundPage>;
    /** Opens the page at a share link's fragment. */
    openFragment(fragment: string, base?: string): Promise<PlaygroundPage>;
    browser(): Browser;
}

export function usePlayground(): Playground {
    let browser: Browser | undefined;
    const opened: PlaygroundPage[] = [];
    beforeAll(async () => { browser = await launchBrowser(); }, 60_000);
    afterEach(async () => {
        for (const page of opened.splice(0)) {
            const problems = {
                foreignRequests: page.foreignRequests(), consoleErrors: page.consoleErrors, pageErrors: page.pageErrors,
                dialogs: page.dialogs, violations: await page.violations(),
            };
            await page.close();
            expect(problems).toEqual({ foreignRequests: [], consoleErrors: [], pageErrors: [], dialogs: [], violations: [] });
        }
    });
    afterAll(async () => { await browser?.close(); });
    const openFragment = async (fragment: string, base?: string) => {
        const page = await PlaygroundPage.open(browser!, fragment, base);
        opened.push(page);
        return page;
    };
    return {
        openFragment,
        browser: () => browser!,
        open: async text => openFragment(text === undefined ? '' : `#${await encodeShared({ text })}`),
    };
}

// Vitest hooks for webview tests: one browser and server per test file, and a
// check after each test that no page logged an error or violated the CSP.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { WebviewPage, launchBrowser, startWebviewServer, type OpenOptions, type WebviewServer } from './webview-page.js';

/**
 * Registers the hooks of a test file: one browser and server for the file, and
 * after each test, closes its pages and checks that none of them logged an error,
 * threw, violated the CSP, opened a dialog or posted an `error` message.
 */
export function useWebviews(): { open(options?: OpenOptions): Promise<WebviewPage>; blankPage(): Promise<Page> } {
    let browser: Browser | undefined;
    let server: WebviewServer | undefined;
    let blank: Promise<Page> | undefined;
    // Opening a page takes a second or more on a small machine; reloading one a few hundred ms.
    const idle: WebviewPage[] = [];
    const used: WebviewPage[] = [];
    beforeAll(async () => {
        [browser, server] = await Promise.all([launchBrowser(), startWebviewServer()]);
    }, 60_000);
    afterEach(async () => {
        const pages = used.splice(0);
        idle.push(...pages);
        for (const page of pages) {
            const problems = {
                consoleErrors: page.consoleErrors, pageErrors: page.pageErrors, dialogs: page.dialogs,
                violations: await page.violations(), errorMessages: (await page.posted()).filter(m => m.type === 'error'),
            };
            expect(problems).toEqual({ consoleErrors: [], pageErrors: [], dialogs: [], violations: [], errorMessages: [] });
        }
    });
    afterAll(async () => {
        await browser?.close();
        await server?.close();
    });
    return {
        async open(options) {
            let page = idle.pop();
            if (page) await page.load(options);
            else page = await WebviewPage.open(browser!, server!, options);
            used.push(page);
            return page;
        },
        /**
         * A page without the webview's CSP, for the tests' own parsing: a document that
         * DOMParser builds inherits the CSP, and its <style> would count as a violation.
         */
        blankPage() {
            blank ??= browser!.newPage();
            return blank;
        },
    };
}

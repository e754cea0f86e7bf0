// Runs the built playground (dist/playground/, `npm run build:playground`) from file://
// in Debian's headless Chromium, and records what a test must check after it: every
// request, console errors, uncaught errors, dialogs and CSP violations.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchBrowser } from '../webview/webview-page.js';

// Page code runs in the browser; the root tsconfig has no DOM library.
declare const window: any;
declare const document: any;

export const PLAYGROUND_DIR = path.resolve('dist/playground');
/** The files the page is made of: the only requests it may make (besides blob: and data: URLs, which leave nothing). */
export const OWN_FILES = ['index.html', 'playground.js', 'playground.css', 'diagram.css', 'png.js'];

/** The folder's URL from file://, with a trailing slash. */
export function playgroundBase(): string {
    for (const file of OWN_FILES) {
        if (!fs.existsSync(path.join(PLAYGROUND_DIR, file))) throw new Error(`dist/playground/${file} is missing: run \`npm run build:playground\` first`);
    }
    return `${pathToFileURL(PLAYGROUND_DIR).href}/`;
}

export { launchBrowser };

export class PlaygroundPage {
    requests: string[] = [];
    consoleErrors: string[] = [];
    pageErrors: string[] = [];
    dialogs: string[] = [];

    private constructor(readonly context: BrowserContext, readonly page: Page, private readonly base: string) {
        context.on('request', request => { this.requests.push(request.url()); });
        page.on('console', message => { if (message.type() === 'error') this.consoleErrors.push(message.text()); });
        page.on('pageerror', error => { this.pageErrors.push(error.message); });
        page.on('dialog', dialog => {
            this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            void dialog.dismiss();
        });
    }

    /**
     * Opens the playground (with a share link's fragment, if given) from `base` (file:// unless
     * a static host's URL is given) and waits until its first diagram is shown.
     */
    static async open(browser: Browser, fragment = '', base = playgroundBase()): Promise<PlaygroundPage> {
        const viewport = { width: 1400, height: 900 };
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1, acceptDownloads: true });
        await context.addInitScript(() => {
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', (e: any) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        const playground = new PlaygroundPage(context, await context.newPage(), base);
        await playground.page.goto(`${base}index.html${fragment}`);
        try {
            await playground.page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60_000 });
        } catch (error) {
            const status = await playground.page.locator('[role="status"]').first().textContent().catch(() => '');
            throw new Error(`the playground did not start (${status}; errors: ${[...playground.pageErrors, ...playground.consoleErrors].join('; ')}): ${error}`);
        }
        return playground;
    }

    /** Requests for anything but the page's own files. */
    foreignRequests(): string[] {
        const own = new Set(OWN_FILES.map(file => `${this.base}${file}`));
        return this.requests.filter(url => !own.has(url.replace(/#.*$/, '')) && !url.startsWith('blob:') && !url.startsWith('data:'));
    }

    violations(): Promise<string[]> {
        return this.page.evaluate(() => window.__violations);
    }

    /** How many diagrams the page has shown so far. */
    diagramVersion(): Promise<number> {
        return this.page.evaluate(() => Number(document.body.dataset.diagramVersion ?? 0));
    }

    /** Runs `action` and waits until the page shows a newer diagram. */
    async afterDiagram(action: () => Promise<unknown>): Promise<void> {
        const before = await this.diagramVersion();
        await action();
        await this.page.waitForFunction(n => Number(document.body.dataset.diagramVersion) > n, before, { timeout: 20_000 });
    }

    /** Puts the cursor at the end of the first line that matches (it must be in view). */
    async cursorAtEndOf(line: RegExp): Promise<void> {
        await this.page.locator('#editor .view-line', { hasText: line }).first().click();
        await this.page.keyboard.press('End');
    }

    /** Types over the last word of the first line that matches, as a person would (key by key). */
    async retypeLastWord(line: RegExp, replacement: string): Promise<void> {
        await this.cursorAtEndOf(line);
        await this.page.keyboard.press('Control+Shift+ArrowLeft');
        await this.page.keyboard.type(replacement);
    }

    /** Clicks a download button of the page's controls (".journey", "SVG", "PNG") and returns the file's name and bytes. */
    async download(button: string): Promise<{ name: string; content: Buffer }> {
        const [download] = await Promise.all([
            this.page.waitForEvent('download', { timeout: 30_000 }),
            this.page.locator('#controls button', { hasText: new RegExp(`^${button.replace('.', '\\.')}$`) }).click(),
        ]);
        return { name: download.suggestedFilename(), content: await readDownload(download) };
    }

    async close(): Promise<void> {
        await this.context.close();
    }
}

async function readDownload(download: Download): Promise<Buffer> {
    const file = await download.path();
    return fs.readFileSync(file);
}

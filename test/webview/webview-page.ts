// Runs the built webview (dist/webview/) in Debian's headless Chromium, in a page
// like the extension's: the same strict CSP and nonce, DIAGRAM_CSS inline, and a
// fake acquireVsCodeApi (defined before the bundle, as VS Code does) that records
// what the webview posts and saves.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Uri, Webview } from 'vscode';
import { webviewHtml } from '../../src/extension/webview-html.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import type { DocumentView, FromWebview, ToWebview, WebviewState } from '../../webview/protocol.js';
import type { ExampleFile } from './fixtures.js';
import { THEMES, type ThemeId } from './vscode-themes.js';

// Page code runs in the browser; the root tsconfig has no DOM library (it keeps
// diagram-core DOM-free), so the few browser globals used here are untyped.
declare const window: any;
declare const document: any;

const DIST = path.resolve('dist/webview');
const FILES: Record<string, string> = {
    '/dist/webview/diagram.js': 'text/javascript',
    '/dist/webview/diagram.css': 'text/css',
    '/dist/webview/diagram.js.map': 'application/json',
    '/dist/webview/diagram.css.map': 'application/json',
};

export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchBrowser(): Promise<Browser> {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS, headless: true });
}

export interface WebviewServer { origin: string; close(): Promise<void> }

/** Serves the test page and the built bundle on 127.0.0.1. */
export async function startWebviewServer(): Promise<WebviewServer> {
    for (const file of ['diagram.js', 'diagram.css']) {
        if (!fs.existsSync(path.join(DIST, file))) throw new Error(`dist/webview/${file} is missing: run \`node esbuild.mjs\` first (npm test builds)`);
    }
    let origin = '';
    const server = http.createServer((request, response) => {
        const url = new URL(request.url ?? '/', origin);
        if (url.pathname === '/webview.html') {
            const state = url.searchParams.get('state');
            response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
            response.end(pageHtml(origin, state === null ? undefined : JSON.parse(state) as WebviewState));
            return;
        }
        const type = FILES[url.pathname];
        if (url.pathname === '/favicon.ico') {
            response.writeHead(204).end();
            return;
        }
        if (!type) {
            response.writeHead(404).end();
            return;
        }
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        fs.createReadStream(path.join(DIST, path.basename(url.pathname))).pipe(response);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { origin, close: () => new Promise<void>(resolve => server.close(() => resolve())) };
}

/**
 * The extension's own page (src/extension/webview-html.ts, same CSP and nonce), with
 * `origin` as the webview's cspSource and a fake acquireVsCodeApi defined before the
 * bundle, as VS Code does.
 */
function pageHtml(origin: string, state: WebviewState | undefined): string {
    const asset = (file: string) => ({ toString: () => `${origin}/dist/webview/${file}` });
    const fakeWebview = { cspSource: origin, asWebviewUri: (uri: unknown) => uri };
    const html = webviewHtml(fakeWebview as unknown as Webview, { script: asset('diagram.js'), style: asset('diagram.css') } as unknown as { script: Uri; style: Uri });
    const nonce = /'nonce-([^']+)'/.exec(html)![1];
    const initial = state === undefined ? 'undefined' : JSON.stringify(state).replace(/</g, '\\u003c');
    const fakeApi = `<script nonce="${nonce}">
(() => {
    const test = window.__journeyTest = { posted: [], state: ${initial}, setStateCalls: 0, violations: [] };
    document.addEventListener('securitypolicyviolation', e => test.violations.push(e.violatedDirective + ' ' + e.blockedURI));
    let acquired = false;
    window.acquireVsCodeApi = () => {
        if (acquired) throw new Error('An instance of the VS Code API has already been acquired');
        acquired = true;
        const clone = value => value === undefined ? undefined : JSON.parse(JSON.stringify(value));
        return Object.freeze({
            postMessage: message => { test.posted.push(clone(message)); },
            getState: () => clone(test.state),
            setState: value => { test.state = clone(value); test.setStateCalls++; return value; },
        });
    };
})();
</script>
`;
    return html.replace('<body>', '<body class="vscode-light">').replace(`<script nonce="${nonce}" src=`, `${fakeApi}<script nonce="${nonce}" src=`);
}

export interface OpenOptions { state?: WebviewState; width?: number; height?: number; theme?: ThemeId }

/** One webview page, with what it posted, saved, logged and opened as dialogs. */
export class WebviewPage {
    consoleErrors: string[] = [];
    pageErrors: string[] = [];
    dialogs: string[] = [];

    private constructor(readonly context: BrowserContext, readonly page: Page, private readonly server: WebviewServer) {
        page.on('console', message => { if (message.type() === 'error') this.consoleErrors.push(message.text()); });
        page.on('pageerror', error => { this.pageErrors.push(error.message); });
        page.on('dialog', dialog => {
            this.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
            void dialog.dismiss();
        });
    }

    static async open(browser: Browser, server: WebviewServer, options: OpenOptions = {}): Promise<WebviewPage> {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
        const webview = new WebviewPage(context, await context.newPage(), server);
        await webview.load(options);
        return webview;
    }

    /** (Re)loads the webview page: a fresh document, as when VS Code shows the panel again. */
    async load(options: OpenOptions = {}): Promise<void> {
        this.consoleErrors = [];
        this.pageErrors = [];
        this.dialogs = [];
        await this.page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 800 });
        const query = options.state ? `?state=${encodeURIComponent(JSON.stringify(options.state))}` : '';
        await this.page.goto(`${this.server.origin}/webview.html${query}`);
        await this.page.waitForFunction(() => window.__journeyTest?.posted.some((m: FromWebview) => m.type === 'ready'));
        if (options.theme) await this.applyTheme(options.theme);
    }

    /** A message from the extension; handled synchronously, so the view is updated when this resolves. */
    send(message: ToWebview): Promise<void> {
        return this.page.evaluate(data => { window.dispatchEvent(new MessageEvent('message', { data })); }, message);
    }

    showDiagram(example: Pick<ExampleFile, 'uri' | 'fileName'>, model: DiagramModel | undefined, errors = 0, stale = false): Promise<void> {
        return this.send({ type: 'diagram', uri: example.uri, fileName: example.fileName, model, errors, stale });
    }

    posted(): Promise<FromWebview[]> {
        return this.page.evaluate(() => window.__journeyTest.posted);
    }

    async clearPosted(): Promise<void> {
        await this.page.evaluate(() => { window.__journeyTest.posted = []; });
    }

    /** Waits for a posted message of `type` and returns the last one. */
    async waitForPosted<T extends FromWebview['type']>(type: T): Promise<Extract<FromWebview, { type: T }>> {
        await this.page.waitForFunction(t => window.__journeyTest.posted.some((m: FromWebview) => m.type === t), type);
        return (await this.posted()).filter(m => m.type === type).pop() as Extract<FromWebview, { type: T }>;
    }

    state(): Promise<WebviewState | undefined> {
        return this.page.evaluate(() => window.__journeyTest.state);
    }

    /** The saved view (zoom, scroll, persona) of the document shown. */
    async shownView(): Promise<DocumentView | undefined> {
        const state = await this.state();
        return state?.uri === undefined ? undefined : state.documents?.[state.uri];
    }

    violations(): Promise<string[]> {
        return this.page.evaluate(() => window.__journeyTest.violations);
    }

    /** Sets the body class and --vscode-* variables the way VS Code does on a theme change. */
    async applyTheme(id: ThemeId): Promise<void> {
        const theme = THEMES[id];
        await this.page.evaluate(({ bodyClass, vars }) => {
            document.body.className = bodyClass;
            const style = document.documentElement.style;
            for (let i = style.length - 1; i >= 0; i--) if (style[i].startsWith('--vscode-')) style.removeProperty(style[i]);
            for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
        }, theme);
    }

    /** Element ids of the selectable groups matching `selector` (e.g. 'g.touchpoint'), in document order. */
    ids(selector: string): Promise<string[]> {
        return this.page.locator(`svg.journey-diagram ${selector}[data-element-id]`)
            .evaluateAll(elements => elements.map(e => e.getAttribute('data-element-id') as string));
    }

    /** The last render's duration in ms, by phase (see webview/view.ts). */
    timings(): Promise<{ layout: number; dom: number; render: number; sticky: number }> {
        return this.page.evaluate(() => {
            const ms = (name: string) => performance.getEntriesByName(name).pop()?.duration ?? NaN;
            return { layout: ms('journey:layout'), dom: ms('journey:dom'), render: ms('journey:render'), sticky: ms('journey:sticky') };
        });
    }

    /** Sends a message and measures until the browser has drawn the next frame (style, layout and paint included). */
    timeToFrame(message: ToWebview): Promise<number> {
        return this.page.evaluate(data => new Promise<number>(resolve => {
            const start = performance.now();
            window.dispatchEvent(new MessageEvent('message', { data }));
            window.requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        }), message);
    }

    close(): Promise<void> {
        return this.context.close();
    }
}

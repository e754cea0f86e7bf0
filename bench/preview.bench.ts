// Keystroke to updated diagram, as in VS Code: the bundled language server as a
// process gets a text change and sends the diagram in its notification; the
// extension posts it into the webview (serialised, as postMessage does); the
// built webview in headless Chromium reads it, lays it out and draws it.
// Measured until the next frame. The harness's own transport (Playwright
// handing the message to the page) is left out: the page times itself.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification,
    StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagramChangedNotification, DiagramRequest, type DiagramResult } from '../language-server/protocol.js';
import { WebviewPage, launchBrowser, startWebviewServer } from '../test/webview/webview-page.js';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const RUNS = 15;
// The page's globals, for the functions that run in it.
declare const window: { dispatchEvent(event: unknown): void; requestAnimationFrame(callback: () => void): void };

async function startServer(): Promise<{ connection: ProtocolConnection; stop(): void }> {
    const server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    return { connection, stop: () => { connection.dispose(); server.kill(); } };
}

/** In the page: the posted message is deserialised, handed to the webview, and drawn; milliseconds until the next frame, and of them laying out. */
function frameFromJson(page: Page, json: string): Promise<{ frame: number; layout: number }> {
    return page.evaluate(text => new Promise<{ frame: number; layout: number }>(resolve => {
        const start = performance.now();
        window.dispatchEvent(new MessageEvent('message', { data: JSON.parse(text) }));
        window.requestAnimationFrame(() => setTimeout(() => resolve({
            frame: performance.now() - start, layout: performance.getEntriesByName('journey:layout').at(-1)?.duration ?? 0,
        }), 0));
    }), json);
}

const message = (result: DiagramResult) =>
    JSON.stringify({ type: 'diagram', uri: result.uri, fileName: 'bench.journey', model: result.model, errors: result.errors, stale: result.stale });

/** One kind of edit: the text of run `i` from the journey's text, and whether the diagram shows it. */
interface Edit { name: string; apply(text: string, middle: number, i: number): string; shown(result: DiagramResult, middle: number, i: number): boolean }

const EDITS: Edit[] = [{
    // Literal text only: drawn by the quick path from the tree already linked.
    name: 'label edited',
    apply: (text, middle, i) => text.replace(`"Touchpoint ${middle + 1} with`, `"Touchpoint ${middle + 1} (edit ${i}) with`),
    shown: (result, middle, i) => result.model?.touchpoints[middle].label.includes(`(edit ${i})`) === true,
}, {
    // A structural edit: parsed, linked and drawn by the full build. The middle touchpoint starts in p0: each run moves it to p1 or p2.
    name: 'touchpoint moved to another phase',
    apply: (text, middle, i) => {
        const at = text.indexOf('\n', text.indexOf(`touchpoint t${middle} "`)) + 1;
        return `${text.slice(0, at)}        in p${1 + (i % 2)}${text.slice(text.indexOf('\n', at))}`;
    },
    shown: (result, middle, i) => result.model?.touchpoints[middle].placement?.phase === `p${1 + (i % 2)}`,
}];

export async function previewBench(): Promise<BenchSection> {
    const table = [['touchpoints', 'edit', 'keystroke → frame drawn (median / p95)', 'server: change → diagram received (median)',
        'extension: post (median)', 'webview: message → frame drawn (median)', 'of which layout and SVG tree (median)']];
    const [browser, files] = await Promise.all([launchBrowser(), startWebviewServer()]);
    const { connection, stop } = await startServer();
    let version = 1;
    try {
        for (const size of [100, 1000, 10000]) {
            const uri = `file:///bench/preview-${size}.journey`;
            const text = generateJourney(size);
            let received: ((result: DiagramResult) => void) | undefined;
            const changed = connection.onNotification(DiagramChangedNotification, result => { if (result.uri === uri) received?.(result); });
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: version++, text } });
            const page = await WebviewPage.open(browser, files, { width: 1400, height: 900 });
            await frameFromJson(page.page, message(await connection.sendRequest(DiagramRequest, { uri })));
            const middle = Math.floor(size / 2);
            const runs = size >= 10000 ? 5 : RUNS;
            for (const edit of EDITS) {
                const total: number[] = [], server: number[] = [], post: number[] = [], view: number[] = [], layout: number[] = [];
                for (let i = 0; i < runs; i++) {
                    const edited = edit.apply(text, middle, i);
                    const start = performance.now();
                    const diagram = new Promise<DiagramResult>(resolve => { received = resolve; });
                    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ text: edited }] });
                    const result = await diagram;
                    const arrived = performance.now();
                    const json = message(result);
                    const posted = performance.now();
                    if (!edit.shown(result, middle, i)) throw new Error(`the diagram after ${edit.name} ${i} does not show it`);
                    const { frame, layout: laidOut } = await frameFromJson(page.page, json);
                    server.push(arrived - start);
                    post.push(posted - arrived);
                    view.push(frame);
                    layout.push(laidOut);
                    total.push(posted - start + frame);
                    // Let the server finish its build before the next keystroke, as between two words.
                    await connection.sendRequest(DiagramRequest, { uri });
                }
                const t = summarize(total);
                table.push([String(size), edit.name, `${ms(t.median)} / ${ms(t.p95)}`, ms(summarize(server).median), ms(summarize(post).median), ms(summarize(view).median),
                    ms(summarize(layout).median)]);
            }
            changed.dispose();
            await page.close();
        }
    } finally {
        stop();
        await browser.close();
        await files.close();
    }
    return {
        title: 'Preview: keystroke to frame drawn',
        description: `Two edits per size (${RUNS} runs each, 5 at 10,000, after a first drawing), on generated journeys: a touchpoint's label `
            + 'edited (literal text only: the server draws it from the tree it linked before, without a build) and a touchpoint moved to '
            + 'another phase (a structural edit: the server parses and links the text, and sends the diagram before the checks run). The '
            + 'server is `dist/language-server.js` over stdio; the extension\'s part is serialising the message for postMessage; the webview is '
            + '`dist/webview/` in headless Debian Chromium (1400×900), timed inside the page from the posted message (deserialised there) to '
            + 'the next animation frame; "of which layout and SVG tree" is the webview\'s own `journey:layout` measure (layoutDiagram and renderDiagram). Targets: 25 ms at 100 touchpoints, 100 ms at 1,000, 1 s at 10,000.',
        table,
    };
}

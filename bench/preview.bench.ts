// Keystroke to updated diagram, as in VS Code: the bundled language server as a
// process gets a text change, notifies, serves the model; the built webview in
// headless Chromium lays it out and draws it. Measured until the next frame.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification,
    StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagramChangedNotification, DiagramRequest } from '../language-server/protocol.js';
import { WebviewPage, launchBrowser, startWebviewServer } from '../test/webview/webview-page.js';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const RUNS = 15;

async function startServer(): Promise<{ connection: ProtocolConnection; stop(): void }> {
    const server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    return { connection, stop: () => { connection.dispose(); server.kill(); } };
}

export async function previewBench(): Promise<BenchSection> {
    const table = [['touchpoints', 'keystroke → diagram drawn (median / p95)', 'server: change → model received (median)', 'webview: model → frame drawn (median)']];
    const [browser, files] = await Promise.all([launchBrowser(), startWebviewServer()]);
    const { connection, stop } = await startServer();
    try {
        for (const size of [10, 100, 1000]) {
            const uri = `file:///bench/preview-${size}.journey`;
            const text = generateJourney(size);
            let notified: (() => void) | undefined;
            const changed = connection.onNotification(DiagramChangedNotification, p => { if (p.uri === uri) notified?.(); });
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
            const page = await WebviewPage.open(browser, files, { width: 1400, height: 900 });
            const first = await connection.sendRequest(DiagramRequest, { uri });
            await page.timeToFrame({ type: 'diagram', uri, fileName: 'bench.journey', model: first.model, errors: 0, stale: false });
            const total: number[] = [], server: number[] = [], view: number[] = [];
            const middle = Math.floor(size / 2);
            for (let i = 0; i < RUNS; i++) {
                const edited = text.replace(`"Touchpoint ${middle + 1} with`, `"Touchpoint ${middle + 1} (edit ${i}) with`);
                const start = performance.now();
                const notification = new Promise<void>(resolve => { notified = resolve; });
                await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited }] });
                await notification;
                const result = await connection.sendRequest(DiagramRequest, { uri });
                const received = performance.now();
                const frame = await page.timeToFrame({ type: 'diagram', uri, fileName: 'bench.journey', model: result.model, errors: result.errors, stale: result.stale });
                total.push(performance.now() - start);
                server.push(received - start);
                view.push(frame);
            }
            changed.dispose();
            await page.close();
            const t = summarize(total);
            table.push([String(size), `${ms(t.median)} / ${ms(t.p95)}`, ms(summarize(server).median), ms(summarize(view).median)]);
        }
    } finally {
        stop();
        await browser.close();
        await files.close();
    }
    return {
        title: 'Preview: keystroke to updated diagram',
        description: `One label edited per run (${RUNS} runs after a first drawing), on generated journeys. The server is \`dist/language-server.js\` over stdio; `
            + 'the webview is `dist/webview/` in headless Debian Chromium (1400×900), measured until the next animation frame. Aim: under 16 ms for 100 touchpoints, under 100 ms for 1,000.',
        table,
    };
}

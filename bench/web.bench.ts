// VS Code for the Web: the language server in a web worker, started in Debian's
// Chromium straight from dist/language-server-browser.js (timed inside the page),
// and the web-only extension in code-server (the web e2e's figures: VS Code's own
// activation time, and file opened → squiggle). Each part is skipped, with the
// reason in the table, when its browser or code-server is not installed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const CHROMIUM = '/usr/bin/chromium';
const SERVER = path.resolve('dist/language-server-browser.js');

// Page code runs in the browser; the root tsconfig has no DOM library.
declare const Worker: any;

/** Serves an empty page and the worker script on 127.0.0.1, as a web host serves the extension. */
async function serveWorker(): Promise<{ origin: string; close(): void }> {
    const script = fs.readFileSync(SERVER);
    const server = http.createServer((request, response) => {
        if (request.url === '/language-server-browser.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
        else response.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><title>worker bench</title>');
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/**
 * In the page: a new worker, initialize, open the journey, until its diagnostics
 * arrive (ms). Requests from the server are refused, as a client without files does.
 */
function firstDiagnosticsInPage({ text, uri }: { text: string; uri: string }): Promise<number> {
    const start = performance.now();
    const worker = new Worker('/language-server-browser.js');
    return new Promise((resolve, reject) => {
        const send = (message: object) => worker.postMessage({ jsonrpc: '2.0', ...message });
        worker.onerror = (event: { message: string }) => reject(new Error(event.message));
        worker.onmessage = ({ data }: { data: { id?: number; method?: string; params?: { uri?: string } } }) => {
            if (data.method === 'textDocument/publishDiagnostics' && data.params?.uri === uri) {
                resolve(performance.now() - start);
                worker.terminate();
            } else if (data.id === 1 && !data.method) {
                send({ method: 'initialized', params: {} });
                send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'journey', version: 1, text } } });
            } else if (data.method && data.id !== undefined) {
                send({ id: data.id, error: { code: -32601, message: 'not handled' } });
            }
        };
        send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} } });
    });
}

async function workerRows(): Promise<string[][]> {
    if (!fs.existsSync(CHROMIUM)) return [['web worker start → first diagnostics', 'not measured', `no ${CHROMIUM}`]];
    const { chromium } = await import('playwright-core');
    const [browser, files] = await Promise.all([
        chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'] }),
        serveWorker(),
    ]);
    const rows: string[][] = [];
    try {
        const page = await browser.newPage();
        await page.goto(files.origin);
        for (const size of [10, 1000]) {
            const params = { text: generateJourney(size), uri: `file:///bench/start-${size}.journey` };
            await page.evaluate(firstDiagnosticsInPage, params);   // warm-up: the browser caches the compiled script
            const samples: number[] = [];
            for (let i = 0; i < 5; i++) samples.push(await page.evaluate(firstDiagnosticsInPage, params));
            const t = summarize(samples);
            rows.push([`web worker start → first diagnostics, ${size} touchpoints`, `${ms(t.median)} (p95 ${ms(t.p95)})`,
                'Chromium, a new worker from the script\'s URL, timed in the page']);
        }
    } finally {
        await browser.close();
        files.close();
    }
    return rows;
}

function bundleRows(): string[][] {
    return ['dist/web/extension.js', 'dist/language-server-browser.js'].map(bundle => [`\`${bundle}\``,
        `${Math.round(fs.statSync(bundle).size / 1024)} kB`, fs.readFileSync(bundle, 'utf8').includes('sourceMappingURL') ? 'with a source map' : 'minified']);
}

/** The web e2e in code-server (about 1.5 minutes), once: its timings, or why there are none. */
function codeServerRows(): string[][] {
    const what = ['web extension: activation (VS Code\'s figure)', 'web extension: file opened → first squiggle (a two-file workspace)'];
    const skip = (reason: string) => what.map(row => [row, 'not measured', reason]);
    if (!fs.existsSync(path.resolve('.e2e/code-server/.installed'))) return skip('code-server is not installed (test/e2e/setup-code-server.sh)');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-web-')), 'timings.json');
    const run = spawnSync(process.execPath, ['test/e2e/run-web-e2e.mjs'], { encoding: 'utf8', env: { ...process.env, WEB_E2E_TIMINGS: out } });
    const timings = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) as { activationMs?: number; firstDiagnosticsMs?: number; failed: number } : undefined;
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
    if (!timings || timings.failed || run.status !== 0) return skip(`the web e2e failed (exit ${run.status}): run \`npm run test:e2e:web\``);
    const note = 'code-server 4.100.3, web-only .vsix, headless Chromium; one run';
    return [
        [what[0], timings.activationMs === undefined ? 'not shown' : ms(timings.activationMs), note],
        [what[1], timings.firstDiagnosticsMs === undefined ? 'not measured' : ms(timings.firstDiagnosticsMs), `${note}; includes activation, worker start and the workspace scan`],
    ];
}

export async function webBench(): Promise<BenchSection> {
    return {
        title: 'VS Code for the Web',
        description: 'The language server bundled for a web worker (`dist/language-server-browser.js`), started in Debian\'s headless Chromium and timed in the page from `new Worker` to the first diagnostics of an opened journey (the desktop\'s figure is "server start → first diagnostics" above); and the extension\'s `browser` entry in code-server\'s web worker extension host, measured by the web e2e (`test/e2e/run-web-e2e.mjs`).',
        table: [['what', 'figure', 'note'], ...bundleRows(), ...await workerRows(), ...codeServerRows()],
    };
}

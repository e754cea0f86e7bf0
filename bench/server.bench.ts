// The language server while it is busy, over stdio as in VS Code: a small file
// edited while a 10 MB journey builds (its diagnostics should not wait for the
// big one), and hover and completion during a burst of edits.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, InitializeRequest,
    InitializedNotification, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, createProtocolConnection,
    type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const BIG = 'file:///bench/big.journey', SMALL = 'file:///bench/small.journey';
const sleep = (millis: number) => new Promise(resolve => setTimeout(resolve, millis));
/** The machine's load over the last minute: these rows are wall-clock times on shared cores. */
const load = () => `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`;

/**
 * The CPU time the server process has used so far (Linux: /proc, in clock ticks of 10 ms), or undefined. Unlike the
 * wall-clock rows, it does not grow with the machine's load: what the server needs, not what it was given.
 */
function cpuMillis(pid: number | undefined): number | undefined {
    try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
        return undefined;
    }
}

export async function startServer(): Promise<{ connection: ProtocolConnection; pid?: number; stop(): void }> {
    const server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    return { connection, pid: server.pid, stop: () => { connection.dispose(); server.kill(); } };
}

/**
 * Resolves with the time at which diagnostics for a URI next arrive. A connection keeps one handler per
 * notification method (a second `onNotification` replaces the first), so one handler serves every waiter:
 * the 10 MB row once waited forever for the big file's diagnostics because the small file's waiter had
 * replaced its handler.
 */
export function diagnosticsWaiter(connection: ProtocolConnection): (uri: string) => Promise<number> {
    const waiting = new Map<string, Array<(at: number) => void>>();
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        const resolvers = waiting.get(params.uri) ?? [];
        waiting.delete(params.uri);
        for (const resolve of resolvers) resolve(performance.now());
    });
    return uri => new Promise(resolve => waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]));
}

const smallText = (i: number) => `journey small "Small ${i}" {\n    phase a "A"\n    touchpoint t "T" {\n        in a\n    }\n}\n`;

/**
 * Opens the 10 MB journey and a small file, then edits the small one every 250 ms, 20 times, while the
 * big one builds. Each edit cancels the big file's build (it goes on after the small one is checked),
 * so its diagnostics come once the edits stop.
 */
async function bigFileRow(size: number): Promise<string[][]> {
    const { connection, stop } = await startServer();
    try {
        const nextDiagnostics = diagnosticsWaiter(connection);
        const bigText = generateJourney(size, size, false);
        const opened = performance.now();
        const bigDone = nextDiagnostics(BIG);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: BIG, languageId: 'journey', version: 1, text: bigText } });
        const firstSmall = nextDiagnostics(SMALL);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: SMALL, languageId: 'journey', version: 1, text: smallText(1) } });
        const latencies = [await firstSmall - opened];
        for (let version = 2; version <= 21; version++) {
            await sleep(250);
            const sent = performance.now();
            const arrived = nextDiagnostics(SMALL);
            await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: SMALL, version }, contentChanges: [{ text: smallText(version) }] });
            latencies.push(await arrived - sent);
        }
        const bigAt = await bigDone;
        const t = summarize(latencies);
        return [[`${(bigText.length / 2 ** 20).toFixed(1)} MB journey (${size} phases and touchpoints) open; a small file opened, then edited 20 times, every 250 ms, while it builds`,
            `opening and ${latencies.length - 1} edits: median ${ms(t.median)}, slowest ${ms(Math.max(...latencies))}`,
            `big file's diagnostics ${ms(bigAt - opened)} after it was opened; ${load()}`, '≤ 1 s']];
    } finally {
        stop();
    }
}

/** Edits a 100-touchpoint file every 30 ms for 3 s, with a hover and a completion request every 100 ms. */
async function burstRow(): Promise<string[][]> {
    const { connection, pid, stop } = await startServer();
    try {
        const text = generateJourney(100);
        const lines = text.split('\n');
        const labelLine = lines.findIndex(line => line.includes('touchpoint t50 '));
        const viaLine = lines.findIndex((line, i) => i > labelLine && line.includes('via '));
        const nextDiagnostics = diagnosticsWaiter(connection);
        const ready = nextDiagnostics(SMALL);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: SMALL, languageId: 'journey', version: 1, text } });
        await ready;
        const hover: number[] = [], completion: number[] = [];
        const timed = async (samples: number[], request: () => Promise<unknown>) => {
            const start = performance.now();
            await request();
            samples.push(performance.now() - start);
        };
        const requests: Array<Promise<void>> = [];
        const cpuBefore = cpuMillis(pid);
        const end = performance.now() + 3000;
        for (let version = 2, tick = 0; performance.now() < end; version++, tick++) {
            lines[labelLine] = lines[labelLine].replace(/"Touchpoint 51[^"]*"/, `"Touchpoint 51, edit ${version}"`);
            void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: SMALL, version }, contentChanges: [{ text: lines.join('\n') }] });
            if (tick % 3 === 0) {
                const position = { line: viaLine, character: lines[viaLine].indexOf('via') + 1 };
                requests.push(timed(hover, () => connection.sendRequest(HoverRequest.type, { textDocument: { uri: SMALL }, position })));
                const end = { line: viaLine, character: lines[viaLine].length };
                requests.push(timed(completion, () => connection.sendRequest(CompletionRequest.type, { textDocument: { uri: SMALL }, position: end })));
            }
            await sleep(30);
        }
        await Promise.all(requests);
        const cpuAfter = cpuMillis(pid);
        const cpu = cpuBefore !== undefined && cpuAfter !== undefined ? `the server used ${cpuAfter - cpuBefore} ms of CPU time meanwhile; ` : '';
        const cell = (samples: number[]) => {
            const t = summarize(samples);
            return `${ms(t.median)} / ${ms(t.p95)} (${samples.length} requests)`;
        };
        return [['100 touchpoints, an edit every 30 ms for 3 s: hover (median / p95)', cell(hover), `answered during the edits; ${cpu}${load()}`, '≤ 100 ms'],
            ['the same: completion (median / p95)', cell(completion), `answered during the edits; ${cpu}${load()}`, '≤ 100 ms']];
    } finally {
        stop();
    }
}

export async function serverBench(bigSize = 51000): Promise<BenchSection> {
    const table = [['what', 'figure', 'note', 'target']];
    for (const rows of [burstRow, () => bigFileRow(bigSize)]) {
        table.push(...await rows());
        process.stderr.write(`${table.at(-1)!.join(' | ')}\n`);
    }
    return {
        title: 'The language server while it is busy (stdio)',
        description: 'The minified `dist/language-server.js` as a process over stdio, as VS Code runs it. An edit to a small file while the '
            + '10 MB journey (51,000 phases, 51,000 touchpoints) builds: the time from the change to the small file\'s diagnostics. '
            + 'Hover and completion requests during a burst of edits: the time from the request to its answer.',
        table,
    };
}

// Where `journey check` does its work: in this thread for a few files, or in
// this thread and worker threads (the same bundle, started again) for many,
// each building its own share of import-linked groups. The problems are the
// same either way; JOURNEY_CHECK_THREADS=1 keeps everything in one thread.
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { balance, partitionByImports } from './check-partition.js';
import { loadJourneyWorkspace } from './journey-workspace.js';
import { UsageError } from './usage-error.js';

/** Below this many files starting a thread costs more than it saves. */
const FEWEST_FILES_FOR_THREADS = 100;

export interface CheckedFile { uri: URI; diagnostics: Diagnostic[] }

type FromWorker =
    | { type: 'progress'; done: number }
    | { type: 'done'; files: Array<{ path: string; diagnostics: Diagnostic[] }> }
    | { type: 'failed'; usage: boolean; message: string };

/** Builds and validates the files (and what they import); returns each file's problems, in the order given. */
export async function checkFiles(files: readonly string[], onProgress?: (done: number, total: number) => void): Promise<CheckedFile[]> {
    const threads = files.length >= FEWEST_FILES_FOR_THREADS ? threadCount() : 1;
    const groups = threads > 1 ? partitionByImports(files) : undefined;
    const shares = groups ? balance(groups, threads) : [[...files]];
    if (shares.length < 2) return checkHere(files, onProgress);
    const done = new Array<number>(shares.length).fill(0);
    const report = (share: number) => (count: number) => {
        done[share] = count;
        onProgress?.(done.reduce((a, b) => a + b, 0), files.length);
    };
    const [own, ...others] = shares;
    const elsewhere = others.map((share, i) => checkInWorker(share, report(i + 1)));
    const results = [await checkHere(own, report(0)), ...await Promise.all(elsewhere)].flat();
    const byPath = new Map(results.map(result => [result.uri.fsPath, result]));
    return files.map(file => byPath.get(URI.file(file).fsPath)!);
}

function threadCount(): number {
    const asked = Number(process.env.JOURNEY_CHECK_THREADS);
    return Number.isInteger(asked) && asked >= 1 ? asked : Math.min(os.availableParallelism(), 4);
}

async function checkHere(files: readonly string[], onProgress?: (done: number, total: number) => void): Promise<CheckedFile[]> {
    const { documents } = await loadJourneyWorkspace(files, onProgress);
    return documents.map(document => ({ uri: document.uri, diagnostics: document.diagnostics ?? [] }));
}

function checkInWorker(files: string[], onProgress: (done: number) => void): Promise<CheckedFile[]> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { journeyCheck: files } });
        worker.on('message', (message: FromWorker) => {
            if (message.type === 'progress') return onProgress(message.done);
            void worker.terminate();
            if (message.type === 'done') resolve(message.files.map(f => ({ uri: URI.file(f.path), diagnostics: f.diagnostics })));
            else reject(message.usage ? new UsageError(message.message) : new Error(message.message));
        });
        worker.on('error', reject);
        worker.on('exit', code => reject(new Error(`a check thread stopped (exit code ${code})`)));
    });
}

/** True in a thread started by checkInWorker: it checks its share and posts the problems back. */
export function isCheckWorker(): boolean {
    return !isMainThread && Array.isArray((workerData as { journeyCheck?: unknown } | undefined)?.journeyCheck);
}

export async function serveCheckWorker(): Promise<void> {
    const post = (message: FromWorker) => parentPort!.postMessage(message);
    try {
        const checked = await checkHere((workerData as { journeyCheck: string[] }).journeyCheck, done => post({ type: 'progress', done }));
        post({ type: 'done', files: checked.map(c => ({ path: c.uri.fsPath, diagnostics: c.diagnostics })) });
    } catch (error) {
        post({ type: 'failed', usage: error instanceof UsageError, message: error instanceof Error ? error.message : String(error) });
    }
}

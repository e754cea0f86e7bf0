// Where `journey check` does its work: in this thread for a few files, or in
// this thread and worker threads (the same bundle, started again) for many,
// each building its own share of import-linked groups. The problems are the
// same either way; JOURNEY_CHECK_THREADS=1 keeps everything in one thread.
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { SuppressedProblem } from '../../language-server/rules/apply-rules.js';
import type { FileProblems } from './check-formats.js';
import { balance, partitionByImports } from './check-partition.js';
import { chooseConfig, problemsOfConfigs } from './check-rules.js';
import { loadJourneyWorkspace } from './journey-workspace.js';
import { UsageError } from './usage-error.js';

/** Below this many files starting a thread costs more than it saves. */
const FEWEST_FILES_FOR_THREADS = 100;

export interface CheckedFile { uri: URI; diagnostics: Diagnostic[]; suppressed: SuppressedProblem[] }
/** Each file's problems, and the mistakes in the journey.config.json files they follow. */
export interface CheckResult { files: CheckedFile[]; configs: FileProblems[] }

type FromWorker =
    | { type: 'progress'; done: number }
    | { type: 'done'; files: Array<{ path: string; diagnostics: Diagnostic[]; suppressed: SuppressedProblem[] }>; configs: FileProblems[] }
    | { type: 'failed'; usage: boolean; message: string };

/** Builds and validates the files (and what they import); returns each file's problems, in the order given. */
export async function checkFiles(files: readonly string[], onProgress?: (done: number, total: number) => void,
    configPath?: string): Promise<CheckResult> {
    const threads = files.length >= FEWEST_FILES_FOR_THREADS ? threadCount() : 1;
    const groups = threads > 1 ? partitionByImports(files) : undefined;
    const shares = groups ? balance(groups, threads) : [[...files]];
    if (shares.length < 2) return checkHere(files, configPath, onProgress);
    const done = new Array<number>(shares.length).fill(0);
    const report = (share: number) => (count: number) => {
        done[share] = count;
        onProgress?.(done.reduce((a, b) => a + b, 0), files.length);
    };
    const [own, ...others] = shares;
    const elsewhere = others.map((share, i) => checkInWorker(share, configPath, report(i + 1)));
    const results = [await checkHere(own, configPath, report(0)), ...await Promise.all(elsewhere)];
    const byPath = new Map(results.flatMap(result => result.files).map(file => [file.uri.fsPath, file]));
    // Threads that read the same config file report its mistakes each: once is enough.
    const configs = new Map(results.flatMap(result => result.configs).map(config => [config.file, config]));
    return { files: files.map(file => byPath.get(URI.file(file).fsPath)!), configs: [...configs.values()] };
}

function threadCount(): number {
    const asked = Number(process.env.JOURNEY_CHECK_THREADS);
    return Number.isInteger(asked) && asked >= 1 ? asked : Math.min(os.availableParallelism(), 4);
}

async function checkHere(files: readonly string[], configPath: string | undefined,
    onProgress?: (done: number, total: number) => void): Promise<CheckResult> {
    const { services, documents } = await loadJourneyWorkspace(files, onProgress, s => chooseConfig(s, configPath));
    return {
        files: documents.map(document => ({
            uri: document.uri, diagnostics: document.diagnostics ?? [], suppressed: [...services.rules.Suppressed.of(document)],
        })),
        configs: await problemsOfConfigs(services),
    };
}

function checkInWorker(files: string[], configPath: string | undefined, onProgress: (done: number) => void): Promise<CheckResult> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: { journeyCheck: files, config: configPath } });
        worker.on('message', (message: FromWorker) => {
            if (message.type === 'progress') return onProgress(message.done);
            void worker.terminate();
            if (message.type === 'done') {
                resolve({ files: message.files.map(f => ({ ...f, uri: URI.file(f.path) })), configs: message.configs });
            }
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
        const { journeyCheck, config } = workerData as { journeyCheck: string[]; config?: string };
        const checked = await checkHere(journeyCheck, config, done => post({ type: 'progress', done }));
        post({
            type: 'done', configs: checked.configs,
            files: checked.files.map(c => ({ path: c.uri.fsPath, diagnostics: c.diagnostics, suppressed: c.suppressed })),
        });
    } catch (error) {
        post({ type: 'failed', usage: error instanceof UsageError, message: error instanceof Error ? error.message : String(error) });
    }
}

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
import type { JourneyServices } from '../../language-server/journey-module.js';
import { loadJourneyWorkspace, workspaceServices } from './journey-workspace.js';
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
    if (threads < 2) return checkHere(files, configPath, onProgress);
    // Started before the files are split: a thread takes a few tenths of a second to load the bundle and
    // build its parser, time in which this one reads the files to split them.
    const helpers = Array.from({ length: threads - 1 }, () => new CheckThread(configPath));
    try {
        return await checkShared(files, helpers, onProgress, configPath);
    } finally {
        // Done, not needed, or this thread failed: none is left waiting (a no-op for threads that finished).
        for (const helper of helpers) helper.stop();
    }
}

async function checkShared(files: readonly string[], helpers: readonly CheckThread[],
    onProgress?: (done: number, total: number) => void, configPath?: string): Promise<CheckResult> {
    const groups = partitionByImports(files);
    const shares = groups ? balance(groups, helpers.length + 1) : [[...files]];
    if (shares.length < 2) return checkHere(files, configPath, onProgress);
    const done = new Array<number>(shares.length).fill(0);
    const report = (share: number) => (count: number) => {
        done[share] = count;
        onProgress?.(done.reduce((a, b) => a + b, 0), files.length);
    };
    const [own, ...others] = shares;
    const elsewhere = others.map((share, i) => helpers[i].check(share, report(i + 1)));
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
    onProgress?: (done: number, total: number) => void, prepared?: Promise<JourneyServices>): Promise<CheckResult> {
    const { services, documents } = await loadJourneyWorkspace(files, onProgress, s => chooseConfig(s, configPath), prepared);
    return {
        files: documents.map(document => ({
            uri: document.uri, diagnostics: document.diagnostics ?? [], suppressed: [...services.rules.Suppressed.of(document)],
        })),
        configs: await problemsOfConfigs(services),
    };
}

/** A worker thread that gets ready to check, then checks the files it is given. */
class CheckThread {
    private readonly worker: Worker;
    private readonly outcome: Promise<CheckResult>;
    private onProgress: (done: number) => void = () => undefined;

    constructor(configPath: string | undefined) {
        this.worker = new Worker(__filename, { workerData: { journeyCheck: true, config: configPath } });
        this.outcome = new Promise((resolve, reject) => {
            this.worker.on('message', (message: FromWorker) => {
                if (message.type === 'progress') return this.onProgress(message.done);
                void this.worker.terminate();
                if (message.type === 'done') {
                    resolve({ files: message.files.map(f => ({ ...f, uri: URI.file(f.path) })), configs: message.configs });
                }
                else reject(message.usage ? new UsageError(message.message) : new Error(message.message));
            });
            this.worker.on('error', reject);
            this.worker.on('exit', code => reject(new Error(`a check thread stopped (exit code ${code})`)));
        });
        // A thread stopped unused fails nobody: its outcome counts only once it is given files.
        this.outcome.catch(() => undefined);
    }

    check(files: string[], onProgress: (done: number) => void): Promise<CheckResult> {
        this.onProgress = onProgress;
        this.worker.postMessage(files);
        return this.outcome;
    }

    stop(): void {
        void this.worker.terminate();
    }
}

/** True in a thread started by a CheckThread: it checks its share and posts the problems back. */
export function isCheckWorker(): boolean {
    return !isMainThread && (workerData as { journeyCheck?: unknown } | undefined)?.journeyCheck === true;
}

export async function serveCheckWorker(): Promise<void> {
    const post = (message: FromWorker) => parentPort!.postMessage(message);
    try {
        const { config } = workerData as { config?: string };
        // Ready before the files arrive (see checkFiles); a failure here is reported once they do.
        const prepared = workspaceServices(s => chooseConfig(s, config));
        prepared.catch(() => undefined);
        const files = await new Promise<string[]>(resolve => parentPort!.once('message', resolve));
        const checked = await checkHere(files, config, done => post({ type: 'progress', done }), prepared);
        post({
            type: 'done', configs: checked.configs,
            files: checked.files.map(c => ({ path: c.uri.fsPath, diagnostics: c.diagnostics, suppressed: c.suppressed })),
        });
    } catch (error) {
        post({ type: 'failed', usage: error instanceof UsageError, message: error instanceof Error ? error.message : String(error) });
    }
}

// An edit storm on the real language server process: mutated journeys sent as
// didChange (small edits and whole rewrites) without waiting, with requests in
// between. Faults: an internal-error diagnostic, an error logged by the server,
// the process ending, or a request left unanswered.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { TextDocument } from 'langium';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest, InitializeRequest, InitializedNotification,
    LogMessageNotification, MessageType, PublishDiagnosticsNotification, createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { DiagramRequest } from '../../language-server/protocol.js';
import type { Example, Fault } from './fuzz-target.js';
import { mutate, randomSource } from './mutator.js';

/** How long a request may wait (wall clock, on a shared machine: generous) before the server counts as hung. */
export const REQUEST_DEADLINE_MS = 5_000;

export interface StormFault extends Fault { uri: string; text: string }

/** The smallest single edit that turns `before` into `after`: exercises incremental sync. */
function rangeEdit(before: string, after: string): TextDocumentContentChangeEvent {
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let end = 0;
    while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    const document = TextDocument.create('x', 'journey', 0, before);
    return { range: { start: document.positionAt(start), end: document.positionAt(before.length - end) }, text: after.slice(start, after.length - end) };
}

function withDeadline<T>(promise: Promise<T>, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer to ${what} in ${REQUEST_DEADLINE_MS} ms`)), REQUEST_DEADLINE_MS); });
    return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export async function lspStorm(seed: number, edits: number, examples: readonly Example[]): Promise<StormFault[]> {
    const faults: StormFault[] = [];
    const server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const current = new Map(examples.map(e => [`file://${e.file}`, e.text]));
    const fault = (kind: Fault['kind'], stage: string, detail: string, uri = '') =>
        faults.push({ kind, stage, detail, uri, text: current.get(uri) ?? '' });
    let stderr = '';
    server.stderr.on('data', chunk => { stderr += String(chunk); });
    server.on('exit', code => { if (code !== null && code !== 0) fault('exception', 'server', `the server ended with code ${code}`); });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
        for (const d of diagnostics) if (d.code === 'internal-error') fault('internal-error', 'validation', typeof d.message === 'string' ? d.message : d.message.value, uri);
    });
    connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
        if (type === MessageType.Error) fault('exception', 'server log', message);
    });
    connection.listen();
    try {
        await withDeadline(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} }), 'initialize');
        await connection.sendNotification(InitializedNotification.type, {});
        for (const [uri, text] of current) {
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
        }
        const random = randomSource(seed);
        const versions = new Map<string, number>();
        const uris = [...current.keys()];
        const texts = examples.map(e => e.text);
        for (let i = 0; i < edits; i++) {
            const index = Math.floor(random() * uris.length);
            const uri = uris[index];
            // Mostly small edits on the text as it is now; sometimes a fresh mutant of the original.
            const base = random() < 0.8 ? current.get(uri)! : examples[index].text;
            const { text } = mutate(Math.floor(random() * 2 ** 32), base, texts);
            const change = base === current.get(uri) && random() < 0.7 ? rangeEdit(base, text) : { text };
            const version = (versions.get(uri) ?? 1) + 1;
            versions.set(uri, version);
            current.set(uri, text);
            await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] });
            if (i % 25 === 24 || i === edits - 1) {
                await withDeadline(connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'documentSymbol')
                    .catch((error: Error) => fault('hang', 'documentSymbol', error.message, uri));
                await withDeadline(connection.sendRequest(DiagramRequest, { uri }), 'journey/diagram')
                    .catch((error: Error) => fault('hang', 'journey/diagram', error.message, uri));
            }
        }
    } finally {
        connection.dispose();
        server.kill();
    }
    if (/Error|\bat .*:\d+:\d+/.test(stderr)) fault('exception', 'server stderr', stderr.slice(0, 2000));
    return faults;
}

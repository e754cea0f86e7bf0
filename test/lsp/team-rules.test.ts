// Team rules in the editor, through the bundled server as a real process: the
// same file gives the same problems as `journey check`, a change to
// journey.config.json re-validates open journeys, and "Ignore this problem here"
// writes a suppression with the reason as a placeholder.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
    FileChangeType, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification, RegistrationRequest,
    StreamMessageReader, StreamMessageWriter, createProtocolConnection,
    type CodeAction, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams, type TextDocumentEdit,
} from 'vscode-languageserver-protocol/node';
import type { Problem } from '../../src/cli/check-formats.js';
import { runCli, tempFolder } from '../cli/run-cli.js';

const SERVER = path.resolve('dist/language-server.js');
const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

const SHOP = `// journey-ignore-file journey-without-evaluation: measured with the yearly survey
journey shop "Shop" {
    persona family "Family"
    channel website "Website" digital
    phase visit "Visit"
    touchpoint site "Site" {
        in visit
        via website
        score 3
    }
    // journey-ignore touchpoint-without-owner: not ours any more
    touchpoint old "Old" {
        in visit
    }
}
`;
const STRICT = JSON.stringify({ extends: 'strict', rules: { 'unused-persona': 'warning' } });

let dir: string;
let fileUri: string;
let server: ChildProcess;
let connection: ProtocolConnection;
let published: PublishDiagnosticsParams[] = [];
let waiters: Array<() => void> = [];

/** The next diagnostics published for the journey that satisfy `ok` (earlier ones are skipped). */
async function diagnosticsWhere(ok: (list: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    for (;;) {
        const found = published.find(p => p.uri === fileUri && ok(p.diagnostics));
        if (found) {
            published = [];
            return found.diagnostics;
        }
        await new Promise<void>(resolve => waiters.push(resolve));
    }
}

const shown = (list: Diagnostic[]) => list.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITIES[d.severity ?? 1]} ${d.code}`).sort();

beforeAll(async () => {
    dir = tempFolder({ 'journey.config.json': STRICT, 'shop.journey': SHOP });
    fileUri = pathToFileURL(path.join(dir, 'shop.journey')).href;
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.push(params);
        const woken = waiters;
        waiters = [];
        for (const wake of woken) wake();
    });
    connection.onRequest(RegistrationRequest.method, () => null);
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'journeys' }],
        capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true, snippetEditSupport: true } } },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: fileUri, languageId: 'journey', version: 1, text: SHOP },
    });
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('team rules in the language server', () => {
    test('the same file, the same problems as journey check', async () => {
        const list = await diagnosticsWhere(l => l.length > 0);
        const cli = JSON.parse(runCli(['check', '--format', 'json', 'shop.journey'], dir).stdout) as Problem[];
        expect(cli.length).toBeGreaterThan(3);
        expect(shown(list)).toEqual(cli.map(p => `${p.line}:${p.column} ${p.severity} ${p.code}`).sort());
        expect(shown(list)).toContain('9:9 error score-without-evidence');
        expect(list.map(d => d.code)).not.toContain('journey-without-evaluation');
    });

    test('a change to journey.config.json re-validates the open journey', async () => {
        fs.writeFileSync(path.join(dir, 'journey.config.json'), JSON.stringify({ rules: { 'touchpoint-without-channel': 'hint' } }));
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: pathToFileURL(path.join(dir, 'journey.config.json')).href, type: FileChangeType.Changed }],
        });
        const list = await diagnosticsWhere(l => !l.some(d => d.code === 'score-without-evidence'));
        expect(shown(list)).toEqual([
            '11:23 warning unused-suppression',
            '12:16 hint touchpoint-without-channel',
            '1:24 warning unused-suppression',
        ]);
        fs.rmSync(path.join(dir, 'journey.config.json'));
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: pathToFileURL(path.join(dir, 'journey.config.json')).href, type: FileChangeType.Deleted }],
        });
        expect(shown(await diagnosticsWhere(l => !l.some(d => d.code === 'touchpoint-without-channel'))))
            .toEqual(['11:23 warning unused-suppression', '1:24 warning unused-suppression']);
    });

    test('"Ignore this problem here" writes journey-ignore with the reason as a placeholder; filled in, it accepts the problem', async () => {
        fs.writeFileSync(path.join(dir, 'journey.config.json'), STRICT);
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, {
            changes: [{ uri: pathToFileURL(path.join(dir, 'journey.config.json')).href, type: FileChangeType.Created }],
        });
        const list = await diagnosticsWhere(l => l.some(d => d.code === 'score-without-evidence'));
        const problem = list.find(d => d.code === 'score-without-evidence')!;
        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: fileUri }, range: problem.range, context: { diagnostics: [problem] },
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['Add `evidence research`', 'Add `evidence data`', 'Ignore this problem here (score-without-evidence)']);
        const edit = (actions[2].edit!.documentChanges![0] as TextDocumentEdit).edits[0] as { range: unknown; snippet: { value: string } };
        expect(edit.range).toEqual({ start: { line: 8, character: 0 }, end: { line: 8, character: 0 } });
        expect(edit.snippet.value).toBe('        // journey-ignore score-without-evidence: ${1:why this is accepted}\n');
        const lines = SHOP.split('\n');
        lines.splice(8, 0, edit.snippet.value.replace('${1:why this is accepted}', 'from the shop survey').trimEnd());
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: fileUri, version: 2 }, contentChanges: [{ text: lines.join('\n') }],
        });
        const after = await diagnosticsWhere(l => !l.some(d => d.code === 'score-without-evidence'));
        expect(after.length).toBe(list.length - 1);
    });
});

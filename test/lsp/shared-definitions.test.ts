// A file of only shared definitions (personas, channels), imported by a journey in the
// same folder: over a real LSP connection the preview is told what the file offers,
// on request and on every change, with or without errors, never "no journey yet".
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification,
    PublishDiagnosticsNotification, createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagramChangedNotification, DiagramRequest, type DiagramResult } from '../../language-server/protocol.js';
import { emptyMessage } from '../../webview/status.js';

const COMPANY = `// The company's personas and channels, for its journeys.
persona family "Two-earners with young kids" {
    age 35-45
}
persona student "Student"
channel website "Website" digital
channel store "Store" physical
`;
const SHOP = `import "company.journey"
journey shop "Shop" {
    follows family
    phase visit "Visit"
    touchpoint ads "Online ads" {
        in visit
        via website
        for family
    }
}
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-shared-lsp-'));
fs.writeFileSync(path.join(dir, 'company.journey'), COMPANY);
fs.writeFileSync(path.join(dir, 'shop.journey'), SHOP);
const URI = pathToFileURL(path.join(dir, 'company.journey')).toString();

let server: ChildProcess;
let connection: ProtocolConnection;
const changed: DiagramResult[] = [];
const diagnosed = new Set<string>();

beforeAll(async () => {
    server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(DiagramChangedNotification, result => { changed.push(result); });
    connection.onNotification(PublishDiagnosticsNotification.type, params => { diagnosed.add(params.uri); });
    connection.listen();
    const folder = pathToFileURL(dir).toString();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'journeys' }], capabilities: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'journey', version: 1, text: COMPANY } });
    // Diagnostics mean the document is in the workspace: the diagram is asked for after that.
    await vi.waitUntil(() => diagnosed.has(URI), { timeout: 15_000 });
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

const fileName = 'company.journey';
const edit = (version: number, text: string) => connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: URI, version }, contentChanges: [{ text }],
});

describe('a file of only shared definitions, imported by a journey', () => {
    test('the preview is told what it offers, and says so', async () => {
        const result = await connection.sendRequest(DiagramRequest, { uri: URI });
        expect(result).toEqual({ uri: URI, errors: 0, stale: false, journeys: [], shared: { personas: 2, channels: 2, departments: 0 } });
        expect(emptyMessage({ type: 'diagram', fileName, ...result })).toBe('company.journey holds shared definitions (2 personas, 2 channels) '
            + 'for the journeys that import it; it has no map of its own. Open a journey that imports it to see a map.');
    });

    test('on a change, and with an error, it is still a file of shared definitions', async () => {
        changed.length = 0;
        await edit(2, `${COMPANY}department sales "Sales"\n`);
        await expect.poll(() => changed.at(-1), { timeout: 10_000 }).toMatchObject({ errors: 0, shared: { personas: 2, channels: 2, departments: 1 } });
        changed.length = 0;
        await edit(3, `${COMPANY}channel store "Store again" physical\n`);
        await expect.poll(() => changed.at(-1), { timeout: 10_000 }).toMatchObject({ errors: 1, shared: { personas: 2, channels: 3, departments: 0 } });
        const message = emptyMessage({ type: 'diagram', fileName, ...changed.at(-1)! });
        expect(message).toMatch(/^Fix the 1 error in company.journey\. company.journey holds shared definitions \(2 personas, 3 channels\)/);
        expect(message).not.toMatch(/no journey yet|see the diagram/);
    });
});

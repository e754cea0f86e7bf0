// `journey/diff` over a real LSP connection (build dist/ first): the client sends
// an older text, the server answers the semantic diff with the open document as Markdown.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification,
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagramRequest, DiffRequest } from '../../language-server/protocol.js';

// A workspace folder with a shared file that both versions import.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-diff-lsp-'));
fs.writeFileSync(path.join(dir, 'company.journey'), 'channel website "Website" digital\nchannel store "Store" physical\n');
const URI = pathToFileURL(path.join(dir, 'shop.journey')).toString();
const OLD = `import "company.journey"
journey shop "Shop" {
    phase visit "Visit" {
        emotion -1
    }
    phase buy "Buy"
    touchpoint ads "Online ads" {
        in visit
        via website
        score 3
    }
}
`;
const NEW = OLD.replace('score 3', 'score 2').replace('emotion -1', 'emotion 1')
    .replace('    }\n}\n', '    }\n    touchpoint counter "Counter" {\n        in buy\n        via store\n    }\n}\n');

let server: ChildProcess;
let connection: ProtocolConnection;

beforeAll(async () => {
    server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    const folder = pathToFileURL(dir).toString();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'journeys' }], capabilities: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'journey', version: 1, text: NEW } });
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

describe('journey/diff', () => {
    test('the Markdown diff of the old text against the open document', async () => {
        const { markdown } = await connection.sendRequest(DiffRequest, { uri: URI, oldText: OLD, oldLabel: 'HEAD' });
        expect(markdown).toContain('### shop.journey\n\n_HEAD → current text_');
        expect(markdown).toContain("**Shop**: 1 touchpoint added, emotion of 'Visit' -1 → +1, score of 'Online ads' 3 → 2");
        expect(markdown).toContain('| touchpoint | Counter | in Buy |');
        expect(markdown).toContain('| Visit | -1 → +1 ↑ |');
        // The old text's import resolved: its channel is the same, not "changed".
        expect(markdown).not.toMatch(/channel/);
    });

    test('the old text leaves no trace: asking again, and the document itself, work as before', async () => {
        const again = await connection.sendRequest(DiffRequest, { uri: URI, oldText: OLD, oldLabel: 'HEAD' });
        expect(again.markdown).toContain('1 touchpoint added');
        const same = await connection.sendRequest(DiffRequest, { uri: URI, oldText: NEW, oldLabel: 'HEAD' });
        expect(same.markdown).toContain('**Shop**: no changes');
        const diagram = await connection.sendRequest(DiagramRequest, { uri: URI });
        expect(diagram).toMatchObject({ errors: 0, journeys: ['shop'] });
    });

    test('follows edits of the open document; a file that did not exist is a new journey', async () => {
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: NEW.replace('"Counter"', '"Shop counter"') }],
        });
        const { markdown } = await connection.sendRequest(DiffRequest, { uri: URI, oldText: OLD });
        expect(markdown).toContain('| touchpoint | Shop counter | in Buy |');
        expect(markdown).toContain('_other version → current text_');
        const added = await connection.sendRequest(DiffRequest, { uri: URI, oldText: '', oldLabel: 'HEAD' });
        expect(added.markdown).toContain('**Shop**: new journey with 2 phases, 2 touchpoints');
    });

    test('broken old text: a warning at the top, and the diff of what could be read', async () => {
        const { markdown } = await connection.sendRequest(DiffRequest, { uri: URI, oldText: OLD.replace('score 3', 'score'), oldLabel: 'HEAD~1' });
        expect(markdown.split('\n')[0]).toBe('> **Warning**: shop.journey \\(HEAD\\~1\\) has 1 error: this diff may be wrong or incomplete');
        expect(markdown).toContain('**Shop**:');
        const unknown = await connection.sendRequest(DiffRequest, { uri: URI, oldText: OLD.replace('in visit', 'in nowhere'), oldLabel: 'HEAD~1' });
        expect(unknown.markdown.split('\n')[0]).toContain('has 1 error');
    });

    test('a document the server does not know: an error', async () => {
        await expect(connection.sendRequest(DiffRequest, { uri: 'file:///nowhere/x.journey', oldText: OLD })).rejects.toThrow(/not open/);
    });
});

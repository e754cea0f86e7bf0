// A client that runs in Dutch (`locale: 'nl'` in initialize, as VS Code sends it) gets
// the server's diagnostics and hovers in Dutch, from the bundled server process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidOpenTextDocumentNotification, HoverRequest, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    type Hover, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.resolve('dist/language-server.js');
const URI = 'file:///tmp/journey-lsp-nl/demo.journey';
const TEXT = `journey demo "Demo" {
    channel website "Website" digital
    phase orientation "Oriëntatie"
    touchpoint ads "Online advertenties" {
        in orientaton
        via website
    }
}
`;

let server: ChildProcess;
let connection: ProtocolConnection;
const published: Promise<PublishDiagnosticsParams>[] = [];

beforeAll(async () => {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    published.push(new Promise(resolve => connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri === URI && params.diagnostics.length > 0) resolve(params);
    })));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}, locale: 'nl',
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: URI, languageId: 'journey', version: 1, text: TEXT },
    });
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

describe('the server in Dutch (locale nl)', () => {
    test('the web-worker server carries the Dutch texts in its bundle (it cannot read files)', () => {
        expect(readFileSync(path.resolve('dist/language-server-browser.js'), 'utf8')).toContain("Er is geen {0} met de naam '{1}'.");
    });

    test('diagnostics are in Dutch, with ids and keywords as written', async () => {
        const { diagnostics } = await published[0];
        const unknown = diagnostics.find(d => d.code === 'unknown-reference');
        expect(unknown?.message).toBe("Er is geen fase met de naam 'orientaton'. Bedoelde je 'orientation'? Bekende fasen: 'orientation'.");
        const owner = diagnostics.find(d => d.code === 'phase-without-touchpoints');
        expect(owner?.message).toMatch(/^Fase 'Oriëntatie' heeft geen touchpoints: hoe ontmoet het bedrijf de klant hier\?/);
    });

    test('hovers are in Dutch', async () => {
        const keyword = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: URI }, position: { line: 5, character: 9 },
        }) as Hover;
        expect(JSON.stringify(keyword.contents)).toMatch(/Het kanaal of de kanalen van dit touchpoint/);
        const touchpoint = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: URI }, position: { line: 3, character: 17 },
        }) as Hover;
        expect(JSON.stringify(touchpoint.contents)).toMatch(/\*\*Touchpoint\*\* Online advertenties/);
    });
});

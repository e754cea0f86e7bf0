// The bundled server as a real process over stdio, spoken to in LSP.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CodeActionRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DocumentSymbolRequest, RenameRequest, DidOpenTextDocumentNotification, HoverRequest, InitializeRequest,
    InitializedNotification, PublishDiagnosticsNotification, createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    type CodeAction, type CompletionList, type CompletionItem, type DocumentSymbol, type Hover, type Location, type LocationLink, type WorkspaceEdit, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.resolve('dist/language-server.js');
const URI = 'file:///tmp/journey-lsp-test/demo.journey';
const TEXT = `journey demo "Demo" {
    channel website "Website" digital
    phase orientation "Orientation"
    phase purchase "Purchase"
    touchpoint ads "Online ads" {
        between purchase and orientation
        via 
    }
}
`;

let server: ChildProcess;
let connection: ProtocolConnection;
const diagnosticsWaiters: Array<(params: PublishDiagnosticsParams) => void> = [];

function nextDiagnostics(): Promise<PublishDiagnosticsParams> {
    return new Promise(resolve => diagnosticsWaiters.push(resolve));
}

beforeAll(async () => {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        if (params.uri === URI) diagnosticsWaiters.shift()?.(params);
    });
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {},
    });
    expect(result.capabilities.completionProvider).toBeDefined();
    await connection.sendNotification(InitializedNotification.type, {});
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

describe('language server over LSP (stdio)', () => {
    test('publishes diagnostics with our codes for an opened document', async () => {
        const diagnostics = nextDiagnostics();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: URI, languageId: 'journey', version: 1, text: TEXT },
        });
        const { diagnostics: list } = await diagnostics;
        const wrongWay = list.find(d => d.code === 'phases-not-consecutive');
        expect(wrongWay?.message).toMatch(/'orientation' comes before 'purchase'/);
        expect(wrongWay?.range.start.line).toBe(5);
        expect(list.map(d => d.code)).toContain('syntax-error');
    });

    test('completes the channels after via', async () => {
        const result = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: URI }, position: { line: 6, character: 12 },
        }) as CompletionList | CompletionItem[];
        const items = Array.isArray(result) ? result : result.items;
        expect(items.map(item => item.label)).toEqual(['website']);
    });

    test('hovers a keyword', async () => {
        const hover = await connection.sendRequest(HoverRequest.type, {
            textDocument: { uri: URI }, position: { line: 5, character: 10 },
        }) as Hover;
        expect(JSON.stringify(hover.contents)).toMatch(/moves the customer from one phase on to the next/);
    });

    test('outline, go to definition and rename', async () => {
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } }) as DocumentSymbol[];
        expect(symbols[0].name).toBe('Demo');
        expect(symbols[0].children?.map(s => s.name)).toEqual(['Website', 'Orientation', 'Purchase']);
        expect(symbols[0].children?.[2].children?.map(s => `${s.name} ${s.detail}`)).toEqual(['Online ads ads · between purchase and orientation']);
        const definition = await connection.sendRequest(DefinitionRequest.type, {
            textDocument: { uri: URI }, position: { line: 5, character: 18 },
        }) as Array<Location | LocationLink>;
        const target = definition[0];
        expect('targetRange' in target ? target.targetSelectionRange.start.line : target.range.start.line).toBe(3);
        const edit = await connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: URI }, position: { line: 3, character: 12 }, newName: 'buying',
        }) as WorkspaceEdit;
        expect(edit.changes?.[URI].map(e => `${e.range.start.line}:${e.newText}`).sort()).toEqual(['3:buying', '5:buying']);
    });

    test('no code action for phases written the wrong way round: any fix would be a guess', async () => {
        const range = { start: { line: 5, character: 8 }, end: { line: 5, character: 8 } };
        const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: [] } });
        expect(actions ?? []).toEqual([]);
    });

    test('keeps answering while the text is broken, and recovers', async () => {
        let diagnostics = nextDiagnostics();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: 'journey demo "Demo { phase } } }} "' }],
        });
        expect((await diagnostics).diagnostics.length).toBeGreaterThan(0);
        diagnostics = nextDiagnostics();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: URI, version: 3 },
            contentChanges: [{ text: TEXT.replace('between purchase and orientation', 'between orientation and purchase').replace('via ', 'via website') }],
        });
        expect((await diagnostics).diagnostics).toEqual([]);
    });

    test('code action: between two consecutive phases becomes after the first', async () => {
        const range = { start: { line: 5, character: 8 }, end: { line: 5, character: 8 } };
        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: URI }, range, context: { diagnostics: [] },
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(["Use `after orientation` (the same place; it moves with phase 'orientation' when phases are reordered)"]);
        expect(actions[0].edit?.changes?.[URI].map(e => e.newText)).toEqual(['after', '']);
    });
});

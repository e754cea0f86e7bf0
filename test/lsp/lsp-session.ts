// The bundled language server as a process over stdio, with what a test of
// edits needs: open and change documents, wait for their problems, ask for
// code actions and formatting.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'langium';
import {
    CodeActionRequest, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
    DocumentFormattingRequest, FileChangeType, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
    RegistrationRequest, StreamMessageReader, StreamMessageWriter, createProtocolConnection,
    type CodeAction, type Diagnostic, type InitializeResult, type ProtocolConnection, type TextEdit,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.resolve('dist/language-server.js');

export class LspSession {
    private readonly published = new Map<string, Diagnostic[][]>();
    private waiters: Array<() => void> = [];
    private readonly versions = new Map<string, number>();
    initializeResult!: InitializeResult;

    private constructor(private readonly process: ChildProcess, readonly connection: ProtocolConnection) {}

    static async start(folder: string): Promise<LspSession> {
        const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const session = new LspSession(child, connection);
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            session.published.set(params.uri, [...(session.published.get(params.uri) ?? []), params.diagnostics]);
            const woken = session.waiters;
            session.waiters = [];
            for (const wake of woken) wake();
        });
        connection.onRequest(RegistrationRequest.method, () => null);
        connection.listen();
        const uri = pathToFileURL(folder).href;
        session.initializeResult = await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'journeys' }],
            capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } } },
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return session;
    }

    /** The next problems published for `uri` (those published before this call are dropped). */
    nextDiagnostics(uri: string): Promise<Diagnostic[]> {
        this.published.delete(uri);
        return this.waitFor(uri);
    }

    private async waitFor(uri: string): Promise<Diagnostic[]> {
        for (;;) {
            const list = this.published.get(uri)?.shift();
            if (list) return list;
            await new Promise<void>(resolve => this.waiters.push(resolve));
        }
    }

    async open(uri: string, text: string): Promise<Diagnostic[]> {
        const diagnostics = this.nextDiagnostics(uri);
        this.versions.set(uri, 1);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
        return diagnostics;
    }

    async change(uri: string, text: string): Promise<Diagnostic[]> {
        const diagnostics = this.nextDiagnostics(uri);
        const version = (this.versions.get(uri) ?? 1) + 1;
        this.versions.set(uri, version);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        return diagnostics;
    }

    /** Tells the server a file appeared on disk (as the editor's file watcher does); resolves with `uri`'s next problems. */
    async created(file: string, uri: string): Promise<Diagnostic[]> {
        const diagnostics = this.nextDiagnostics(uri);
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: file, type: FileChangeType.Created }] });
        return diagnostics;
    }

    async codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
        const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return (await this.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri }, range, context: { diagnostics, only },
        }) ?? []) as CodeAction[];
    }

    async format(uri: string): Promise<TextEdit[]> {
        return await this.connection.sendRequest(DocumentFormattingRequest.type, {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true },
        }) ?? [];
    }

    stop(): void {
        this.connection.dispose();
        this.process.kill();
    }
}

export function applyEdits(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.journey', 'journey', 1, text), edits);
}

// The editor resolves imports as `journey check` does: a file opened with no
// folder open, or one importing a file outside the workspace folder, reads the
// import from disk. Only regular .journey files are read. Spoken to over LSP,
// with the bundled server as a process.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import {
    DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.resolve('dist/language-server.js');

const COMPANY = 'department sales "Sales"\nchannel store "Store" physical\npersona family "Family"\n';
const shop = (importPath: string) => `import "${importPath}"
journey shop "Shop" {
    follows family
    phase visit "Visit" {
        owner sales
    }
    touchpoint counter "Counter" {
        in visit
        via store
    }
}
`;

interface Server { connection: ProtocolConnection; process: ChildProcess; diagnosticsOf(uri: string): Promise<Diagnostic[]> }
const running: Server[] = [];

afterEach(() => {
    for (const server of running.splice(0)) {
        server.connection.dispose();
        server.process.kill();
    }
});

async function startServer(workspaceFolder?: string): Promise<Server> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const waiters = new Map<string, (diagnostics: Diagnostic[]) => void>();
    connection.onNotification(PublishDiagnosticsNotification.type, params => waiters.get(params.uri)?.(params.diagnostics));
    connection.listen();
    const folder = workspaceFolder ? [{ uri: pathToFileURL(workspaceFolder).toString(), name: 'project' }] : null;
    await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: folder?.[0].uri ?? null, workspaceFolders: folder, capabilities: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    const server: Server = {
        connection, process: child,
        diagnosticsOf: uri => new Promise(resolve => waiters.set(uri, resolve)),
    };
    running.push(server);
    return server;
}

/** Opens a document that exists only in the editor, and waits for its problems. */
async function open(server: Server, file: string, text: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(file).toString();
    const diagnostics = server.diagnosticsOf(uri);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'journey', version: 1, text },
    });
    return diagnostics;
}

function tempFolder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-imports-'));
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

const summary = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code}: ${d.message}`);

describe('imports in the editor, read from disk like journey check', () => {
    test('a file opened with no folder open reads the file it imports', async () => {
        const dir = tempFolder({ 'company.journey': COMPANY });
        const server = await startServer();
        expect(summary(await open(server, path.join(dir, 'shop.journey'), shop('company.journey')))).toEqual([]);
    });

    test('a file importing a file outside the workspace folder reads it, and the files that one imports', async () => {
        const dir = tempFolder({
            'shared/company.journey': 'import "people.journey"\ndepartment sales "Sales"\nchannel store "Store" physical\n',
            'shared/people.journey': 'persona family "Family"\n',
            'project/readme.txt': '',
        });
        const server = await startServer(path.join(dir, 'project'));
        const text = shop('../shared/company.journey').replace('import', 'import "../shared/people.journey"\nimport');
        expect(summary(await open(server, path.join(dir, 'project', 'shop.journey'), text))).toEqual([]);
    });

    test('what does not lead to a regular .journey file is not read and is reported: missing, a folder, a pipe', async () => {
        const dir = tempFolder({ 'company.journey': COMPANY, 'company.txt': COMPANY });
        fs.mkdirSync(path.join(dir, 'folder.journey'));
        const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.journey')]);
        expect(fifo.status).toBe(0);
        const server = await startServer();
        const text = ['missing.journey', 'folder.journey', 'pipe.journey', 'company.txt']
            .map(file => `import "${file}"\n`).join('') + shop('company.journey');
        const diagnostics = await open(server, path.join(dir, 'shop.journey'), text);
        expect(diagnostics.filter(d => d.code === 'import-not-found').map(d => d.range.start.line)).toEqual([0, 1, 2, 3]);
        expect(summary(diagnostics.filter(d => d.code !== 'import-not-found'))).toEqual([]);
    });
});

// The extension as users install it: the .vsix and its bundles, and how long
// the language server takes from its start to the first diagnostics of a file.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
    DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
    StreamMessageReader, StreamMessageWriter, createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { ms, time, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/** A new server process: start, initialise, open a journey, until its diagnostics arrive. */
async function firstDiagnostics(text: string): Promise<void> {
    const server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    try {
        const diagnostics = new Promise<void>(resolve => connection.onNotification(PublishDiagnosticsNotification.type, () => resolve()));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: 'file:///bench/start.journey', languageId: 'journey', version: 1, text },
        });
        await diagnostics;
    } finally {
        connection.dispose();
        server.kill();
    }
}

export async function packageBench(): Promise<BenchSection> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-vsix-'));
    const table = [['what', 'figure', 'note']];
    try {
        const vsix = path.join(dir, 'journey.vsix');
        const packaged = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix],
            { encoding: 'utf8' });
        if (packaged.status !== 0) throw new Error(`vsce package failed: ${packaged.stderr}`);
        const listed = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
        table.push(['`.vsix`', kb(fs.statSync(vsix).size), `${listed.length} files, ${listed.filter(f => f.endsWith('.map')).length} source maps`]);
        for (const bundle of ['dist/extension.js', 'dist/language-server.js', 'dist/webview/diagram.js', 'dist/cli-main.js']) {
            table.push([`\`${bundle}\``, kb(fs.statSync(bundle).size), fs.readFileSync(bundle, 'utf8').includes('sourceMappingURL') ? 'with a source map' : 'minified']);
        }
        for (const size of [10, 1000]) {
            const t = await time(5, () => firstDiagnostics(generateJourney(size)), 1);
            table.push([`server start → first diagnostics, ${size} touchpoints`, `${ms(t.median)} (p95 ${ms(t.p95)})`, 'a new process over stdio']);
        }
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    return {
        title: 'The package',
        description: 'What `npm run package` ships (built with `--minify`), and the language server\'s time from process start to the first diagnostics of an opened journey.',
        table,
    };
}

// The VS Code side: starts the language server as a separate process over IPC.
import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCompareCommand } from './compare-command.js';
import { DiagramPreviews } from './diagram-previews.js';
import { registerGuideCommand } from './guide-command.js';
import { registerNewJourneyCommand } from './new-journey-command.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath(path.join('dist', 'language-server.js'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'journey' }, { scheme: 'untitled', language: 'journey' }],
        synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.journey') },
    };
    client = new LanguageClient('journey', 'Journey', serverOptions, clientOptions);
    await client.start();
    new DiagramPreviews(context, client);
    registerCompareCommand(context, client);
    registerNewJourneyCommand(context, client);
    registerGuideCommand(context);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

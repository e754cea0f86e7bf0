// The VS Code side on the desktop: starts the language server as a separate process over IPC.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { registerCompareCommand } from './compare-command.js';
import { journeyClientOptions, startJourneyFeatures } from './journey-client.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath(path.join('dist', 'language-server.js'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions = journeyClientOptions([{ scheme: 'file', language: 'journey' }, { scheme: 'untitled', language: 'journey' }]);
    client = new LanguageClient('journey', 'Journey', serverOptions, clientOptions);
    await client.start();
    startJourneyFeatures(context, client);
    // Desktop only: it reads git history.
    registerCompareCommand(context, client);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

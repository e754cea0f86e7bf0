// The VS Code side in the browser (github.dev, vscode.dev, code-server): the same
// client features as on the desktop, with the language server in a web worker
// that reads files through the editor (workspace-files.ts).
import { window, type ExtensionContext } from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { journeyClientOptions, startJourneyFeatures } from '../extension/journey-client.js';
import { registerDesktopOnlyCommands } from './desktop-only.js';
import { startServerWorker } from './server-worker.js';
import { answerFileRequests } from './workspace-files.js';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
    // The browser client logs through a log channel; a plain output channel leaves activation hanging.
    const outputChannel = window.createOutputChannel('Journey', { log: true });
    const server = await startServerWorker(context.extensionUri, outputChannel);
    // Any scheme: a virtual workspace has its own (vscode-vfs:, vscode-remote:…), not file:.
    client = new LanguageClient('journey', 'Journey', server.worker, { ...journeyClientOptions([{ language: 'journey' }]), outputChannel });
    context.subscriptions.push(outputChannel, server, ...answerFileRequests(client));
    await client.start();
    startJourneyFeatures(context, client);
    registerDesktopOnlyCommands(context);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

// What the desktop and the web extension share: the language client's options
// and everything built on the client (the preview, cursor follow). Only the entry
// points (main.ts, ../web/extension.ts) and how the server is started differ.
import { workspace, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import { DiagramPreviews } from './diagram-previews.js';
import { registerGuideCommand } from './guide-command.js';
import { registerNewJourneyCommand } from './new-journey-command.js';

export function journeyClientOptions(documentSelector: DocumentSelector): LanguageClientOptions {
    return {
        documentSelector,
        synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.journey') },
    };
}

/** The features on top of a started client, the same on the desktop and in the browser. */
export function startJourneyFeatures(context: ExtensionContext, client: BaseLanguageClient): void {
    new DiagramPreviews(context, client);
    registerNewJourneyCommand(context, client);
    registerGuideCommand(context);
}

// Starts the language server before anything else of the page runs, and gives it the
// text at once: its worker loads, initialises and draws the first diagram on the other
// core while Monaco loads here. Imported first by main.ts; it imports nothing of Monaco,
// so it runs before Monaco's modules.
import type { InitializeResult } from 'vscode-languageserver-protocol';
import type { DiagramResult } from '../language-server/protocol.js';
import type { WebviewState } from '../webview/protocol.js';
import { LspClient } from './lsp-client.js';
import { decodeShared } from './share.js';
import { DEFAULT_STARTER } from './starters.js';
import { startLanguageServer } from './workers.js';

/** The one document the playground edits; the name shows in the preview and the downloads. */
export const DOCUMENT_URI = 'file:///playground/journey.journey';

export interface Session {
    client: LspClient;
    capabilities: InitializeResult['capabilities'];
    /** The answer to the first request for the diagram; undefined when it came too early (the notification brings it then). */
    firstDiagram: Promise<DiagramResult | undefined>;
}

/** The text to start with, and the view: a share link's, or the first example's. */
export const opening: Promise<{ text: string; view?: WebviewState }> = decodeShared(location.hash)
    .then(shared => shared ?? { text: DEFAULT_STARTER.text() });

async function startSession(): Promise<Session> {
    const client = new LspClient(startLanguageServer());
    const initialized = client.request<InitializeResult>('initialize', {
        processId: null, rootUri: null, workspaceFolders: null,
        capabilities: {
            textDocument: {
                publishDiagnostics: { relatedInformation: false, tagSupport: { valueSet: [1, 2] } },
                completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
            },
        },
    });
    const [{ capabilities }, { text }] = await Promise.all([initialized, opening]);
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri: DOCUMENT_URI, languageId: 'journey', version: 1, text } });
    // Asked at once, the server may not have made the document yet and answer with an error; it still
    // watches the document from then on, and sends its diagram in a notification when it is linked.
    const firstDiagram = client.request<DiagramResult>('journey/diagram', { uri: DOCUMENT_URI }).catch(() => undefined);
    return { client, capabilities, firstDiagram };
}

export const session = startSession();

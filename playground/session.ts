// One journey document open in the language server: the editor's text is kept in
// step (incremental changes), diagnostics become markers, and the diagram model
// comes back on every change (journey/diagramChanged).
import type { Diagnostic, InitializeResult, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { DiagramResult } from '../language-server/protocol.js';
import { LspClient } from './lsp-client.js';
import { toLspRange, toMarker } from './lsp-convert.js';
import { monaco } from './monaco.js';
import { startLanguageServer } from './workers.js';

/** The one document the playground edits; the name shows in the preview and the downloads. */
export const DOCUMENT_URI = 'file:///playground/journey.journey';

export interface SessionEvents {
    diagram(result: DiagramResult): void;
    diagnostics(diagnostics: Diagnostic[]): void;
}

export async function startSession(): Promise<{ client: LspClient; capabilities: InitializeResult['capabilities'] }> {
    const client = new LspClient(startLanguageServer());
    const result = await client.request<InitializeResult>('initialize', {
        processId: null, rootUri: null, workspaceFolders: null,
        capabilities: {
            textDocument: {
                publishDiagnostics: { relatedInformation: false, tagSupport: { valueSet: [1, 2] } },
                completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
                hover: { contentFormat: ['markdown', 'plaintext'] },
            },
        },
    });
    client.notify('initialized', {});
    return { client, capabilities: result.capabilities };
}

/** Opens the editor's model in the server and keeps it in step; returns the first diagram. */
export function openDocument(client: LspClient, model: monaco.editor.ITextModel, events: SessionEvents): Promise<DiagramResult> {
    const uri = model.uri.toString();
    client.onNotification('textDocument/publishDiagnostics', params => {
        const { uri: of, diagnostics } = params as { uri: string; diagnostics: Diagnostic[] };
        if (of !== uri) return;
        monaco.editor.setModelMarkers(model, 'journey', diagnostics.map(d => toMarker(monaco, d)));
        events.diagnostics(diagnostics);
    });
    client.onNotification('journey/diagramChanged', params => {
        if ((params as DiagramResult).uri === uri) events.diagram(params as DiagramResult);
    });
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: model.getVersionId(), text: model.getValue() } });
    model.onDidChangeContent(event => {
        const contentChanges: TextDocumentContentChangeEvent[] = event.changes.map(change => ({ range: toLspRange(change.range), text: change.text }));
        client.notify('textDocument/didChange', { textDocument: { uri, version: event.versionId }, contentChanges });
    });
    return client.request<DiagramResult>('journey/diagram', { uri });
}

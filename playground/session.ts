// The journey document open in the language server: the editor's text is kept in
// step (incremental changes), diagnostics become markers, and the diagram model
// comes back on every change (journey/diagramChanged).
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import type { DiagramResult } from '../language-server/protocol.js';
import type { LspClient } from './lsp-client.js';
import { toLspRange, toMarker } from './lsp-convert.js';
import { monaco } from './monaco.js';

export interface SessionEvents {
    diagram(result: DiagramResult): void;
    diagnostics(diagnostics: Diagnostic[]): void;
}

/**
 * Keeps the document the server opened (boot.ts) in step with the editor's model, from
 * `openedWith`, the text the server was given; and shows its diagnostics and diagrams.
 */
export function followDocument(client: LspClient, model: monaco.editor.ITextModel, openedWith: string, events: SessionEvents): void {
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
    const send = (version: number, contentChanges: TextDocumentContentChangeEvent[]) =>
        client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    // Monaco makes mixed line ends one kind: the server must have the same text to apply changes to.
    if (model.getValue() !== openedWith) send(model.getVersionId(), [{ text: model.getValue() }]);
    model.onDidChangeContent(event => send(event.versionId, event.changes.map(change => ({ range: toLspRange(change.range), text: change.text }))));
}

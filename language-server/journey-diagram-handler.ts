// Serves diagram models to the preview: after each validation of an open
// document it notifies the client, which then asks for the model. While a
// document has errors, the last model built without errors is served as stale.
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import type { DiagramModel } from '../diagram-core/model.js';
import { isJourney, isJourneyFile } from './generated/ast.js';
import { DiagramChangedNotification, DiagramRequest, type DiagramParams, type DiagramResult } from './protocol.js';
import { toDiagramModel } from './to-diagram-model.js';

export function registerDiagramHandler(connection: Connection, shared: LangiumSharedServices): void {
    const lastGood = new Map<string, Map<string, DiagramModel>>();
    // Only documents someone has asked a diagram for are kept up to date.
    const watched = new Set<string>();
    const documents = shared.workspace.LangiumDocuments;

    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        const uri = document.uri.toString();
        if (!watched.has(uri) || !shared.workspace.TextDocuments.get(uri)) return;
        if (errorCount(document) === 0) lastGood.set(uri, modelsOf(document));
        void connection.sendNotification(DiagramChangedNotification, { uri });
    });

    connection.onRequest(DiagramRequest, async (params: DiagramParams, cancelToken): Promise<DiagramResult> => {
        const uri = URI.parse(params.uri);
        params = { ...params, uri: uri.toString() };
        watched.add(params.uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, cancelToken);
        const document = documents.getDocument(uri);
        const errors = document ? errorCount(document) : 0;
        if (document && errors === 0) lastGood.set(params.uri, modelsOf(document));
        const models = lastGood.get(params.uri) ?? new Map<string, DiagramModel>();
        const model = (params.journey && models.get(params.journey)) || models.values().next().value;
        return { uri: params.uri, model, errors, stale: errors > 0 && model !== undefined, journeys: [...models.keys()] };
    });
}

function errorCount(document: LangiumDocument): number {
    return (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error).length;
}

function modelsOf(document: LangiumDocument): Map<string, DiagramModel> {
    const root = document.parseResult.value;
    const journeys = isJourneyFile(root) ? root.elements.filter(isJourney) : [];
    return new Map(journeys.map(journey => [journey.name, toDiagramModel(journey)]));
}

// Serves diagram models to the preview: after each validation of an open
// document it notifies the client, which then asks for the model. While a
// document has errors, the last model built without errors is served as stale.
import { DocumentState, URI, type AstNode, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { DiagramModel } from '../diagram-core/model.js';
import { journeyModelsOf } from './journey-diff-models.js';
import { isChannel, isDepartment, isJourneyFile, isPersona } from './generated/ast.js';
import { isMapError } from './rules/rule-catalog.js';
import { DiagramChangedNotification, DiagramRequest, type DiagramParams, type DiagramResult, type SharedDefinitions } from './protocol.js';

export function registerDiagramHandler(connection: Connection, shared: LangiumSharedServices): void {
    // Per document: the models of its last version without errors, and that version's AST.
    const lastGood = new Map<string, { root: AstNode; models: Map<string, DiagramModel> }>();
    // Builds the models once per version: the notification and the request that follows share them.
    const remember = (uri: string, document: LangiumDocument) => {
        const root = document.parseResult.value;
        if (errorCount(document) === 0 && lastGood.get(uri)?.root !== root) lastGood.set(uri, { root, models: modelsOf(document) });
    };
    // Only documents someone has asked a diagram for are kept up to date.
    const watched = new Set<string>();

    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        const uri = document.uri.toString();
        if (!watched.has(uri) || !shared.workspace.TextDocuments.get(uri)) return;
        remember(uri, document);
        void connection.sendNotification(DiagramChangedNotification, { uri });
    });

    connection.onRequest(DiagramRequest, async (params: DiagramParams, cancelToken): Promise<DiagramResult> => {
        const uri = URI.parse(params.uri);
        params = { ...params, uri: uri.toString() };
        watched.add(params.uri);
        const document = await validatedDocument(shared, uri, cancelToken);
        const errors = document ? errorCount(document) : 0;
        if (document) remember(params.uri, document);
        const models = lastGood.get(params.uri)?.models ?? new Map<string, DiagramModel>();
        const model = (params.journey && models.get(params.journey)) || models.values().next().value;
        const definitions = document && models.size === 0 ? sharedDefinitions(document) : undefined;
        return { uri: params.uri, model, errors, stale: errors > 0 && model !== undefined, journeys: [...models.keys()], ...(definitions ? { shared: definitions } : {}) };
    });
}

/**
 * The document, validated. An open document is validated on every change; one
 * that is not open in an editor (a preview restored after a window reload, or
 * opened from the explorer) was only indexed by the workspace build, so it is
 * validated here, under the workspace lock like any other build.
 */
async function validatedDocument(shared: LangiumSharedServices, uri: URI, cancelToken: CancellationToken): Promise<LangiumDocument | undefined> {
    const { DocumentBuilder, LangiumDocuments, TextDocuments, WorkspaceLock } = shared.workspace;
    if (TextDocuments.get(uri.toString())) {
        await DocumentBuilder.waitUntil(DocumentState.Validated, uri, cancelToken);
        return LangiumDocuments.getDocument(uri);
    }
    let document: LangiumDocument | undefined;
    await WorkspaceLock.write(async token => {
        document = await LangiumDocuments.getOrCreateDocument(uri).catch(() => undefined);
        if (document && document.state < DocumentState.Validated) await DocumentBuilder.build([document], { validation: true }, token);
    });
    return document;
}

function errorCount(document: LangiumDocument): number {
    // Only errors in the map itself make the preview stale, not team rules raised to error.
    return (document.diagnostics ?? []).filter(isMapError).length;
}

/** What a file of only top-level definitions offers to the files that import it; undefined when it offers nothing. */
function sharedDefinitions(document: LangiumDocument): SharedDefinitions | undefined {
    const root = document.parseResult.value;
    if (!isJourneyFile(root)) return undefined;
    const count = (guard: (node: unknown) => boolean) => root.elements.filter(guard).length;
    const shared = { personas: count(isPersona), channels: count(isChannel), departments: count(isDepartment) };
    return shared.personas + shared.channels + shared.departments > 0 ? shared : undefined;
}

function modelsOf(document: LangiumDocument): Map<string, DiagramModel> {
    return new Map(journeyModelsOf(document).map(model => [model.name, model]));
}

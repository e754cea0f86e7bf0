// Serves diagram models to the preview. As soon as an open document is linked,
// the client gets its diagram in the notification itself, before the checks
// run; when validation then finds errors the server sends again. While a
// document has errors, the last model built without errors is served as stale.
// A label edit is drawn before its build (quick-diagram.ts), and the build does
// not send the same diagram again.
import { DocumentState, URI, type AstNode, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagramModel } from '../diagram-core/model.js';
import { journeyModelsOf } from './journey-diff-models.js';
import { JourneyDocumentUpdateHandler } from './journey-update-handler.js';
import { quickModelsOf } from './quick-diagram.js';
import { sameData } from './same-data.js';
import { isChannel, isDepartment, isJourneyFile, isPersona } from './generated/ast.js';
import { isMapError } from './rules/rule-catalog.js';
import { DiagramChangedNotification, DiagramRequest, type DiagramParams, type DiagramResult, type SharedDefinitions } from './protocol.js';

/** The models of one version of a document, by journey name. */
interface Models { root: AstNode; models: Map<string, DiagramModel> }

export function registerDiagramHandler(connection: Connection, shared: LangiumSharedServices): void {
    const { DocumentBuilder, LangiumDocuments, TextDocuments } = shared.workspace;
    // Per document: the models of its last version without errors.
    const lastGood = new Map<string, Models>();
    // Per document: its last version linked without errors, from which a label edit is drawn.
    const linkedClean = new Map<string, Models>();
    // Per document: the diagram the client got last, so a build that changed nothing in it sends nothing.
    const lastSent = new Map<string, DiagramResult>();
    // Per document: what the notification sent when the current version was linked.
    const sentWhenLinked = new Map<string, { root: AstNode; models?: Models; errors: number }>();
    // The documents someone has asked a diagram for (only those are kept up to date), and which journey.
    const watched = new Map<string, string | undefined>();
    const isWatchedOpen = (uri: string) => watched.has(uri) && TextDocuments.get(uri) !== undefined;
    const notify = (document: LangiumDocument, models: Models | undefined, errors: number) => {
        const uri = document.uri.toString();
        const result = resultOf(uri, watched.get(uri), models, errors, document);
        if (sameData(result, lastSent.get(uri))) return;
        lastSent.set(uri, result);
        void connection.sendNotification(DiagramChangedNotification, result);
    };
    const updates = shared.lsp.DocumentUpdateHandler;
    if (updates instanceof JourneyDocumentUpdateHandler) {
        updates.drawQuickly = text => {
            const uri = URI.parse(text.uri);
            const document = LangiumDocuments.getDocument(uri);
            const base = linkedClean.get(uri.toString());
            const models = document && isWatchedOpen(uri.toString()) && base?.root === document.parseResult.value
                && document.state >= DocumentState.Linked ? quickModels(shared, document, text, base) : undefined;
            if (models) notify(document!, { root: document!.parseResult.value, models }, 0);
            return models !== undefined;
        };
    }

    DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
        const uri = document.uri.toString();
        if (!isWatchedOpen(uri)) return;
        const root = document.parseResult.value;
        const errors = syntaxAndLinkErrors(document);
        const models = errors === 0 ? { root, models: modelsOf(document) } : undefined;
        if (models) linkedClean.set(uri, models);
        else linkedClean.delete(uri);
        sentWhenLinked.set(uri, { root, models, errors });
        notify(document, models ?? lastGood.get(uri), errors);
    });

    DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        const uri = document.uri.toString();
        if (!isWatchedOpen(uri)) return;
        const root = document.parseResult.value;
        const errors = errorCount(document);
        const sent = sentWhenLinked.get(uri);
        sentWhenLinked.delete(uri);
        const early = sent?.root === root ? sent : undefined;
        if (errors === 0) lastGood.set(uri, early?.models ?? { root, models: modelsOf(document) });
        if (early?.errors !== errors) notify(document, lastGood.get(uri), errors);
    });

    connection.onRequest(DiagramRequest, async (params: DiagramParams, cancelToken): Promise<DiagramResult> => {
        const uri = URI.parse(params.uri);
        const key = uri.toString();
        watched.set(key, params.journey);
        const document = await validatedDocument(shared, uri, cancelToken);
        const errors = document ? errorCount(document) : 0;
        if (document && errors === 0 && lastGood.get(key)?.root !== document.parseResult.value) {
            lastGood.set(key, { root: document.parseResult.value, models: modelsOf(document) });
        }
        // The document was built before anyone watched it: its first label edit can be quick too.
        const root = document?.parseResult.value;
        if (document && syntaxAndLinkErrors(document) === 0 && linkedClean.get(key)?.root !== root) {
            linkedClean.set(key, lastGood.get(key)?.root === root ? lastGood.get(key)! : { root: root!, models: modelsOf(document) });
        }
        const result = resultOf(key, params.journey, lastGood.get(key), errors, document);
        lastSent.set(key, result);
        return result;
    });
}

/** The models of a change drawn from the tree linked before it, or undefined when the full build must draw it. */
function quickModels(shared: LangiumSharedServices, document: LangiumDocument, text: TextDocument, base: Models): Map<string, DiagramModel> | undefined {
    try {
        const models = quickModelsOf(shared.ServiceRegistry.getServices(document.uri), document, text.getText(), [...base.models.values()]);
        return models && new Map(models.map(model => [model.name, model]));
    } catch (error) {
        // Never worse than before: the full build draws it.
        console.error('The quick diagram failed; the full build draws the change.', error);
        return undefined;
    }
}

function resultOf(uri: string, journey: string | undefined, models: Models | undefined, errors: number,
    document: LangiumDocument | undefined): DiagramResult {
    const all = models?.models ?? new Map<string, DiagramModel>();
    const model = (journey && all.get(journey)) || all.values().next().value;
    const definitions = document && all.size === 0 ? sharedDefinitions(document) : undefined;
    return { uri, model, errors, stale: errors > 0 && model !== undefined, journeys: [...all.keys()], ...(definitions ? { shared: definitions } : {}) };
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
        // A request right after didOpen: let the update that creates the document run first.
        await WorkspaceLock.read(() => undefined);
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

/** The errors known before validation: syntax errors and names that do not resolve. */
function syntaxAndLinkErrors(document: LangiumDocument): number {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length + parserErrors.length + document.references.filter(ref => ref.error !== undefined).length;
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

// Answers `journey/diff`: the semantic diff between another version of a
// document (sent as text by the client, e.g. from git) and its current text, as
// Markdown. The other version is parsed next to the document, so its imports
// resolve to the workspace's files as they are now, as the document's do.
import { DocumentState, URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { diffJourneyLists } from '../diagram-core/journey-diff.js';
import { formatMarkdown } from '../diagram-core/diff-format.js';
import { errorsIn, journeyModelsOf, journeyModelsOfText, versionUri, type TextModels } from './journey-diff-models.js';
import { DiffRequest, type DiffParams, type DiffResult } from './protocol.js';

export function registerDiffHandler(connection: Connection, shared: LangiumSharedServices): void {
    const { DocumentBuilder: builder, LangiumDocuments: documents, WorkspaceLock: lock } = shared.workspace;

    connection.onRequest(DiffRequest, async (params: DiffParams, cancelToken): Promise<DiffResult> => {
        const uri = URI.parse(params.uri);
        const label = params.oldLabel || 'other version';
        // Let pending changes (such as opening the document) reach the workspace first.
        await lock.read(() => undefined);
        const document = documents.getDocument(uri);
        if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not open and not in the workspace`);
        await builder.waitUntil(DocumentState.Validated, uri, cancelToken);
        const after = journeyModelsOf(document);
        let before: TextModels = { models: [], errors: 0 };
        // Adding and removing a document changes the workspace: not while it is being rebuilt.
        await lock.write(async () => { before = await journeyModelsOfText(shared, versionUri(uri, label), params.oldText, false); });
        // Errors in either version are said at the top of the diff.
        const markdown = formatMarkdown([{
            path: UriUtils.basename(uri), before: label, after: 'current text', journeys: diffJourneyLists(before.models, after),
            errors: { before: before.errors, after: errorsIn(document.diagnostics) },
        }]);
        return { markdown };
    });
}

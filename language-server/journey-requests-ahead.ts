// Hover and completion while a journey is being typed. Langium answers them once
// the document is linked again, and during a burst of edits every change cancels
// the build before that: they waited until the typing stopped. Here a request on
// a journey that is not linked yet is answered from its text as it is now, parsed
// into a copy the build never sees, with its own names collected and references
// resolved on demand (what other files define comes from the index, as in a
// build). The answer is exact for the text the request was made on. When that
// cannot be done quickly (a long text, an import not indexed yet), the request
// waits for the build as before.
//
// The copy has the document's URI (imports resolve from it): nothing on the
// hover and completion paths may cache by URI, or the copy's nodes would leak
// into the real build.
import { CancellationToken } from 'vscode-languageserver';
import {
    DocumentState, ReadPriority, URI, type LangiumDocument, type LangiumDocuments, type LangiumDocumentFactory,
} from 'langium';
import { createRequestHandler, type LangiumCoreAndPartialLSPServices, type LangiumSharedServices } from 'langium/lsp';
import type { CompletionParams, HoverParams, TextDocumentPositionParams } from 'vscode-languageserver';
import { isJourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';

/** Longer texts wait for the build: a copy of 128 kB (about 600 touchpoints) takes some 60 ms to parse, and holds the server up meanwhile. */
export const AHEAD_MAX_TEXT = 128 * 1024;

type Answer<P, R> = (services: LangiumCoreAndPartialLSPServices, document: LangiumDocument, params: P, token: CancellationToken) => R;

/** Replaces Langium's hover and completion handlers (call after `startLanguageServer`). */
export function answerRequestsAhead(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const copies = new TextCopies(shared);
    const hover: Answer<HoverParams, unknown> = (services, document, params, token) =>
        services.lsp?.HoverProvider?.getHoverContent(document, params, token);
    const completion: Answer<CompletionParams, unknown> = (services, document, params, token) =>
        services.lsp?.CompletionProvider?.getCompletion(document, params, token);
    connection.onHover(ahead(shared, copies, hover) as Parameters<typeof connection.onHover>[0]);
    connection.onCompletion(ahead(shared, copies, completion) as Parameters<typeof connection.onCompletion>[0]);
}

function ahead<P extends TextDocumentPositionParams>(shared: LangiumSharedServices, copies: TextCopies, answer: Answer<P, unknown>) {
    const afterBuild = createRequestHandler(answer, shared, DocumentState.Linked);
    return async (params: P, token: CancellationToken) => {
        const uri = URI.parse(params.textDocument.uri);
        if (!copies.wanted(uri) || !shared.ServiceRegistry.hasServices(uri)) return afterBuild(params, token);
        const services = shared.ServiceRegistry.getServices(uri);
        // An immediate read, as Langium's own handlers: the next build starts once it is answered.
        const result = await shared.workspace.WorkspaceLock.read(async () => {
            const copy = await copies.of(uri);
            return copy ? { answer: await answer(services, copy, params, token) } : undefined;
        }, ReadPriority.Immediate);
        return result ? result.answer ?? null : afterBuild(params, token);
    };
}

/** One copy per open document, of the text's latest version, while the document itself is not linked. */
class TextCopies {
    private readonly documents: LangiumDocuments;
    private readonly factory: LangiumDocumentFactory;
    private readonly copies = new Map<string, { version: number; copy: Promise<LangiumDocument | undefined> }>();

    constructor(private readonly shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.factory = shared.workspace.LangiumDocumentFactory;
        shared.workspace.TextDocuments?.onDidClose(event => this.copies.delete(event.document.uri));
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
            this.copies.delete(document.uri.toString());
        });
    }

    /** Whether a request on `uri` would wait for a build that a copy can spare it. */
    wanted(uri: URI): boolean {
        const document = this.documents.getDocument(uri);
        const text = this.shared.workspace.TextDocuments?.get(uri.toString());
        return document !== undefined && document.state < DocumentState.Linked && text !== undefined && text.getText().length <= AHEAD_MAX_TEXT;
    }

    /** Shared by the requests on one version (hover and completion often come together), so not cancelled by either. */
    of(uri: URI): Promise<LangiumDocument | undefined> {
        const key = uri.toString();
        const text = this.shared.workspace.TextDocuments!.get(key)!;
        // The build may have got as far as its own names for this very text: then no copy is needed.
        const live = this.documents.getDocument(uri);
        if (live && live.state >= DocumentState.ComputedScopes && live.parseResult.value.$cstNode?.root.fullText === text.getText()) {
            return Promise.resolve(live);
        }
        const known = this.copies.get(key);
        if (known?.version === text.version) return known.copy;
        const copy = this.copy(uri, text.getText());
        this.copies.set(key, { version: text.version, copy });
        return copy;
    }

    private async copy(uri: URI, text: string): Promise<LangiumDocument | undefined> {
        const copy = this.factory.fromString(text, uri);
        if (!this.importsIndexed(copy)) return undefined;
        const services = this.shared.ServiceRegistry.getServices(uri);
        copy.localSymbols = await services.references.ScopeComputation.collectLocalSymbols(copy, CancellationToken.None);
        copy.state = DocumentState.ComputedScopes;
        return copy;
    }

    /** Names from other files are looked up in the index: every file the text imports must be there. */
    private importsIndexed(copy: LangiumDocument): boolean {
        const root = copy.parseResult.value;
        if (!isJourneyFile(root)) return false;
        return importedUris(root, copy.uri).every(({ uri }) => {
            const imported = this.documents.getDocument(uri);
            return imported !== undefined && imported.state >= DocumentState.IndexedContent;
        });
    }
}

// Hover and completion while a journey is being typed. Langium answers them once
// the document is linked again, and during a burst of edits every change cancels
// the build before that: they waited until the typing stopped, then described
// the last version. (Between a change and the start of its build they could also
// describe the version before.) Here a request on a journey that is not linked,
// or linked from an older text, is answered from the text it was made on, as
// soon as that text's own names are collected (references are resolved on
// demand; what other files define comes from the index): from the build's
// document when the build gets that far, else from a copy parsed apart, which
// the build never sees. When a copy cannot be made quickly (a long text, an
// import not indexed yet), the request waits for the build as before.
//
// The copy has the document's URI (imports resolve from it): nothing on the
// hover and completion paths may cache by URI, or the copy's nodes would leak
// into the real build.
import {
    DocumentState, ReadPriority, URI, type DocumentBuilder, type LangiumDocument, type LangiumDocuments, type LangiumDocumentFactory,
} from 'langium';
import { createRequestHandler, type LangiumCoreAndPartialLSPServices, type LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, LSPErrorCodes, ResponseError, type CompletionParams, type HoverParams, type TextDocumentPositionParams } from 'vscode-languageserver';
import { isJourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';
import { JourneyDocumentUpdateHandler } from './journey-update-handler.js';

/** How long a request waits for the build to collect the names of its text before it parses a copy. */
const WAIT_FOR_BUILD_MS = 100;

/** Longer texts wait for the build: a copy of 128 kB (about 600 touchpoints) takes some 60 ms to parse, and holds the server up meanwhile. */
export const AHEAD_MAX_TEXT = 128 * 1024;

type Answer<P, R> = (services: LangiumCoreAndPartialLSPServices, document: LangiumDocument, params: P, token: CancellationToken) => R;

/** Replaces Langium's hover and completion handlers (call after `startLanguageServer`). */
export function answerRequestsAhead(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const copies = new AheadDocuments(shared);
    const hover: Answer<HoverParams, unknown> = (services, document, params, token) =>
        services.lsp?.HoverProvider?.getHoverContent(document, params, token);
    const completion: Answer<CompletionParams, unknown> = (services, document, params, token) =>
        services.lsp?.CompletionProvider?.getCompletion(document, params, token);
    connection.onHover(ahead(shared, copies, hover) as Parameters<typeof connection.onHover>[0]);
    connection.onCompletion(ahead(shared, copies, completion) as Parameters<typeof connection.onCompletion>[0]);
}

function ahead<P extends TextDocumentPositionParams>(shared: LangiumSharedServices, copies: AheadDocuments, answer: Answer<P, unknown>) {
    const afterBuild = createRequestHandler(answer, shared, DocumentState.Linked);
    return async (params: P, token: CancellationToken) => {
        const uri = URI.parse(params.textDocument.uri);
        const text = copies.wanted(uri) && shared.ServiceRegistry.hasServices(uri) ? shared.workspace.TextDocuments?.get(uri.toString()) : undefined;
        if (!text) return afterBuild(params, token);
        const asked = { version: text.version, text: text.getText() };
        // A label edit drawn quickly waits for a pause in typing before its build: a request ends that wait.
        const updates = shared.lsp.DocumentUpdateHandler;
        if (updates instanceof JourneyDocumentUpdateHandler) await updates.buildNow(uri.toString());
        const built = await copies.fromBuild(uri, asked.text);
        // The editor gave up on it (the cursor moved on): no copy for it.
        if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        const services = shared.ServiceRegistry.getServices(uri);
        // An immediate read, as Langium's own handlers: no build starts (and resets the document) until it is answered.
        const result = await shared.workspace.WorkspaceLock.read(async () => {
            const document = built && copies.holds(built, asked.text) ? built : await copies.copyOf(uri, asked);
            return document ? { answer: await answer(services, document, params, token) } : undefined;
        }, ReadPriority.Immediate);
        return result ? result.answer ?? null : afterBuild(params, token);
    };
}

/** The documents requests are answered from while a journey is not linked: the build's, or a copy of the text asked on. */
class AheadDocuments {
    private readonly documents: LangiumDocuments;
    private readonly factory: LangiumDocumentFactory;
    private readonly builder: DocumentBuilder;
    /** One copy per open document, of the latest version asked on: hover and completion often come together. */
    private readonly copies = new Map<string, { version: number; copy: Promise<LangiumDocument | undefined> }>();

    constructor(private readonly shared: LangiumSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.factory = shared.workspace.LangiumDocumentFactory;
        this.builder = shared.workspace.DocumentBuilder;
        shared.workspace.TextDocuments?.onDidClose(event => this.copies.delete(event.document.uri));
        this.builder.onDocumentPhase(DocumentState.Linked, document => {
            this.copies.delete(document.uri.toString());
        });
    }

    /**
     * Whether Langium would answer a request on `uri` late (the document is not linked) or from an older text (it is
     * linked, but the text changed since and the build of the change has not started yet), and a copy can do better.
     */
    wanted(uri: URI): boolean {
        const document = this.documents.getDocument(uri);
        const text = this.shared.workspace.TextDocuments?.get(uri.toString())?.getText();
        if (!document || text === undefined || text.length > AHEAD_MAX_TEXT) return false;
        return document.state < DocumentState.Linked || document.parseResult.value.$cstNode?.root.fullText !== text;
    }

    /** Whether the build's document is of `text` and has its names. */
    holds(document: LangiumDocument, text: string): boolean {
        return document.state >= DocumentState.ComputedScopes && document.parseResult.value.$cstNode?.root.fullText === text;
    }

    /**
     * The build's document once it has collected the names of `text`; undefined when a newer change comes first (its
     * build will never get there) or the build takes long. It saves parsing the text twice, once for the copy.
     */
    fromBuild(uri: URI, text: string): Promise<LangiumDocument | undefined> {
        const live = this.documents.getDocument(uri);
        if (live && this.holds(live, text)) return Promise.resolve(live);
        const key = uri.toString();
        return new Promise(resolve => {
            const done = (document?: LangiumDocument) => {
                phase.dispose();
                update.dispose();
                clearTimeout(timer);
                resolve(document);
            };
            const phase = this.builder.onDocumentPhase(DocumentState.ComputedScopes, document => {
                if (document.uri.toString() === key && this.holds(document, text)) done(document);
            });
            const update = this.builder.onUpdate((changed, deleted) => {
                const current = this.shared.workspace.TextDocuments?.get(key)?.getText();
                if ([...changed, ...deleted].some(u => u.toString() === key) && current !== text) done();
            });
            const timer = setTimeout(done, WAIT_FOR_BUILD_MS);
        });
    }

    /** A copy of the text a request was made on, parsed apart from the workspace, with its names collected. */
    copyOf(uri: URI, asked: { version: number; text: string }): Promise<LangiumDocument | undefined> {
        const key = uri.toString();
        const known = this.copies.get(key);
        if (known?.version === asked.version) return known.copy;
        const copy = this.copy(uri, asked.text);
        this.copies.set(key, { version: asked.version, copy });
        return copy;
    }

    /** Not cancelled by the request: the copy serves the others on the same version. */
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

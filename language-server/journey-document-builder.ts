// Imports are read from disk when the workspace does not hold them: a file
// opened alone (no folder open), or one importing a file outside the folder,
// resolves its imports as `journey check` does, so the editor and the CLI agree.
// Only regular `.journey` files are read (never a folder, a device or a pipe).
//
// A large file never holds back the others: Langium builds all documents of an
// update phase by phase (all parsed, then all linked, then all validated), so a
// small file's diagnostics waited for a 10 MB journey's whole build. Here the
// small documents are built (and their diagnostics published) first, then the
// large ones; a small file that imports a large one waits for it.
//
// A build never parses text that is already stale: the messages that arrived
// meanwhile run first, so a newer change cancels the build before its parse.
import {
    DefaultDocumentBuilder, DocumentState, OperationCancelled, delayNextTick, type BuildOptions, type LangiumDocument, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isJourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';

export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    /** A document of more characters than this is built after the others (about 2,500 touchpoints). */
    largeText = 512 * 1024;

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        if (documents.some(doc => doc.state < DocumentState.Parsed)) await this.yieldToMessages(cancelToken);
        const large = new Set(documents.filter(doc => this.textLength(doc) > this.largeText));
        const small = documents.filter(doc => !large.has(doc));
        const smallWave = await this.parseWithImports(small, cancelToken);
        const waiting = new Set(smallWave.filter(doc => this.importsUnindexed(doc, large)));
        if (large.size === 0 && waiting.size === 0) return super.buildDocuments(smallWave, options, cancelToken);
        await super.buildDocuments(smallWave.filter(doc => !waiting.has(doc)), options, cancelToken);
        // The small ones are validated, the workspace is not: requests on a large file wait for it.
        this.currentState = DocumentState.Changed;
        // Parsing a large file holds the server up for seconds: a change that is on its way goes first.
        await this.yieldToMessages(cancelToken, true);
        const largeWave = await this.parseWithImports([...large], cancelToken);
        await super.buildDocuments([...largeWave, ...waiting], options, cancelToken);
    }

    /**
     * Lets the messages that already arrived run before a parse. The connection handles them one per macrotask,
     * and a build runs on in microtasks: while typing fast, every change was parsed in full, each behind the
     * last, although the next change had already come in and would cancel it. Before a large file, also those
     * still on their way in (a turn of the event loop that reads its input).
     */
    private async yieldToMessages(cancelToken: CancellationToken, readInput = false): Promise<void> {
        if (readInput) await new Promise(resolve => setTimeout(resolve, 0));
        await delayNextTick();
        if (readInput) await delayNextTick();
        if (cancelToken.isCancellationRequested) throw OperationCancelled;
    }

    /** Parses the documents, then adds the files they import that no document holds yet: the imports are only known once the text is read. */
    private async parseWithImports(documents: LangiumDocument[], cancelToken: CancellationToken): Promise<LangiumDocument[]> {
        if (documents.length === 0) return [];
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        return [...documents, ...await this.loadMissingImports(documents)];
    }

    /** The length of the text a document will be built from, without reading a file that is not open. */
    private textLength(document: LangiumDocument): number {
        return this.textDocuments?.get(document.uri)?.getText().length ?? document.parseResult?.value?.$cstNode?.root.fullText.length ?? 0;
    }

    /** Whether the document imports, directly or through other files, one of `large` that is not indexed yet. */
    private importsUnindexed(document: LangiumDocument, large: ReadonlySet<LangiumDocument>): boolean {
        const seen = new Set<string>();
        const pending = [document];
        while (pending.length > 0) {
            const root = pending.pop()!.parseResult.value;
            if (!isJourneyFile(root) || !root.$document) continue;
            for (const { uri } of importedUris(root, root.$document.uri)) {
                const key = uri.toString();
                const imported = this.langiumDocuments.getDocument(uri);
                if (seen.has(key) || !imported) continue;
                seen.add(key);
                if (large.has(imported) && imported.state < DocumentState.IndexedContent) return true;
                pending.push(imported);
            }
        }
        return false;
    }

    /** The imported files, transitively, that no document holds yet and that exist on disk. */
    private async loadMissingImports(documents: readonly LangiumDocument[]): Promise<LangiumDocument[]> {
        const loaded: LangiumDocument[] = [];
        const pending = [...documents];
        while (pending.length > 0) {
            const root = pending.pop()!.parseResult.value;
            if (!isJourneyFile(root) || !root.$document) continue;
            for (const { uri } of importedUris(root, root.$document.uri)) {
                if (this.langiumDocuments.hasDocument(uri) || !await this.isJourneyFileOnDisk(uri)) continue;
                const document = await this.langiumDocuments.getOrCreateDocument(uri).catch(() => undefined);
                if (document) {
                    loaded.push(document);
                    pending.push(document);
                }
            }
        }
        return loaded;
    }

    private async isJourneyFileOnDisk(uri: URI): Promise<boolean> {
        if (!uri.path.endsWith('.journey')) return false;
        try {
            return (await this.fileSystemProvider.stat(uri)).isFile;
        } catch {
            return false; // missing, unreadable, or no file system at all (tests, the browser)
        }
    }
}

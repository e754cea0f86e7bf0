// Imports are read from disk when the workspace does not hold them: a file
// opened alone (no folder open), or one importing a file outside the folder,
// resolves its imports as `journey check` does, so the editor and the CLI agree.
// Only regular `.journey` files are read (never a folder, a device or a pipe).
import {
    DefaultDocumentBuilder, DocumentState, type BuildOptions, type LangiumDocument, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isJourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';

export class JourneyDocumentBuilder extends DefaultDocumentBuilder {
    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // Parse first: the imports are only known once the text is read.
        await this.runCancelable(documents, DocumentState.Parsed, cancelToken, doc => this.langiumDocumentFactory.update(doc, cancelToken));
        const imported = await this.loadMissingImports(documents);
        await super.buildDocuments([...documents, ...imported], options, cancelToken);
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

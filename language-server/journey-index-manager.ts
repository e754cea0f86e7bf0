// The workspace index, with every reference also filed under its target, so
// that "is this persona used anywhere?" is one lookup. Langium's own
// findAllReferences scans every reference in the workspace, which made a check
// per persona or channel quadratic in the size of the workspace.
import {
    AstUtils, DefaultIndexManager, stream, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type Stream, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

const targetKey = (uri: string, path: string) => `${uri}#${path}`;

export class JourneyIndexManager extends DefaultIndexManager {
    /** Target (uri#path) → the references to it, by the document that holds them. */
    private readonly referencesTo = new Map<string, Map<string, ReferenceDescription[]>>();

    // Langium walks every document of the workspace to pick the few asked for: walk only those.
    override allElements(nodeType?: string, uris?: Set<string>): Stream<AstNodeDescription> {
        if (!uris) return super.allElements(nodeType);
        return stream(uris).filter(uri => this.symbolIndex.has(uri)).flatMap(uri => this.getFileDescriptions(uri, nodeType));
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        const bySource = this.referencesTo.get(targetKey(AstUtils.getDocument(targetNode).uri.toString(), astNodePath));
        return stream(bySource ? [...bySource.values()].flat() : []);
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const source = document.uri.toString();
        const previous = this.referenceIndex.get(source);
        await super.updateReferences(document, cancelToken);
        this.unfile(source, previous);
        this.file(source, this.referenceIndex.get(source));
    }

    override removeReferences(uri: URI): void {
        const source = uri.toString();
        const previous = this.referenceIndex.get(source);
        super.removeReferences(uri);
        this.unfile(source, previous);
    }

    private file(source: string, references: readonly ReferenceDescription[] = []): void {
        for (const reference of references) {
            const key = targetKey(reference.targetUri.toString(), reference.targetPath);
            let bySource = this.referencesTo.get(key);
            if (!bySource) this.referencesTo.set(key, bySource = new Map());
            let list = bySource.get(source);
            if (!list) bySource.set(source, list = []);
            list.push(reference);
        }
    }

    private unfile(source: string, references: readonly ReferenceDescription[] = []): void {
        for (const reference of references) {
            const key = targetKey(reference.targetUri.toString(), reference.targetPath);
            const bySource = this.referencesTo.get(key);
            if (!bySource) continue;
            bySource.delete(source);
            if (bySource.size === 0) this.referencesTo.delete(key);
        }
    }
}

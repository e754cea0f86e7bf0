// Scoping: inside a file everything declared in it is visible (Langium's local
// scopes); from other files only the top-level personas, channels, departments
// and journeys of the files it imports. Explicit imports keep a journey's
// meaning independent of which other files happen to be in the workspace, so
// `journey check FILE` and the editor agree. A future-state journey also sees
// the personas, departments and channels defined inside the journey it
// `improves`, so it only has to write what changes.
import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, StreamScope, type AstNode, type LocalSymbols, type ReferenceInfo, type Scope, type URI,
} from 'langium';
import { isJourney, isJourneyFile, type JourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';
import { improvedJourney } from './journey-queries.js';
import { IndexedScope, LazyScope, SymbolIndex } from './indexed-scope.js';

/** What a future state borrows from the journey it improves. */
const SHARED_BY_IMPROVES = new Set(['Persona', 'Department', 'Channel']);

export class JourneyScopeProvider extends DefaultScopeProvider {
    // Keyed by the document's local symbols, which Langium computes anew whenever the document's scopes change.
    private readonly indexes = new WeakMap<LocalSymbols, Map<AstNode, Map<string, SymbolIndex>>>();
    private readonly imports = new WeakMap<JourneyFile, Set<string>>();

    // Langium's scopes, but each container's symbols are looked up by name, not walked. Innermost first:
    // the blocks around the reference, the journey, what the improved journey defines, the file, the imports
    // (looked at only when the name is not found nearer).
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const journey = AstUtils.getContainerOfType(context.container, isJourney);
        const improved = journey && SHARED_BY_IMPROVES.has(referenceType) ? improvedJourney(journey) : undefined;
        const levels: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) levels.push(node);
        return levels.reduceRight<Scope>((outer, level) => {
            const borrowed = level === journey && improved && improved !== journey
                ? this.createScopeForNodes(improved.members.filter(m => m.$type === referenceType), outer) : outer;
            return localSymbols?.has(level) ? new IndexedScope(this.symbolIndex(localSymbols, level, referenceType), borrowed) : borrowed;
        }, new LazyScope(() => this.getGlobalScope(referenceType, context)));
    }

    /** The files a file imports (not itself), once per parse of the file rather than once per reference. */
    private importsOf(root: JourneyFile, uri: URI): Set<string> {
        let uris = this.imports.get(root);
        if (!uris) {
            uris = new Set(importedUris(root, uri).map(i => i.uri.toString()));
            uris.delete(uri.toString());
            this.imports.set(root, uris);
        }
        return uris;
    }

    private symbolIndex(localSymbols: LocalSymbols, container: AstNode, referenceType: string): SymbolIndex {
        let byContainer = this.indexes.get(localSymbols);
        if (!byContainer) this.indexes.set(localSymbols, byContainer = new Map());
        let byType = byContainer.get(container);
        if (!byType) byContainer.set(container, byType = new Map());
        let index = byType.get(referenceType);
        if (!index) {
            const symbols = localSymbols.getStream(container).filter(d => this.reflection.isSubtype(d.type, referenceType)).toArray();
            byType.set(referenceType, index = new SymbolIndex(symbols));
        }
        return index;
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const root = AstUtils.findRootNode(context.container);
        const document = root.$document;
        if (!document || !isJourneyFile(root)) return EMPTY_SCOPE;
        const uris = this.importsOf(root, document.uri);
        if (uris.size === 0) return EMPTY_SCOPE;
        return new StreamScope(this.indexManager.allElements(referenceType, uris));
    }
}

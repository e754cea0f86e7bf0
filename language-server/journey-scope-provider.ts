// Scoping: inside a file everything declared in it is visible (Langium's local
// scopes); from other files only the top-level personas, channels, departments
// and journeys of the files it imports. Explicit imports keep a journey's
// meaning independent of which other files happen to be in the workspace, so
// `journey check FILE` and the editor agree. A future-state journey also sees
// the personas, departments and channels defined inside the journey it
// `improves`, so it only has to write what changes.
import {
    AstUtils, DefaultScopeProvider, EMPTY_SCOPE, StreamScope, type AstNode, type ReferenceInfo, type Scope,
} from 'langium';
import { isJourney, isJourneyFile, type Journey } from './generated/ast.js';
import { importedUris } from './journey-imports.js';
import { improvedJourney } from './journey-queries.js';

/** What a future state borrows from the journey it improves. */
const SHARED_BY_IMPROVES = new Set(['Persona', 'Department', 'Channel']);

export class JourneyScopeProvider extends DefaultScopeProvider {
    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const journey = AstUtils.getContainerOfType(context.container, isJourney);
        if (!journey || !SHARED_BY_IMPROVES.has(referenceType)) return super.getScope(context);
        // The journey's own definitions (and those of blocks inside it) come first, then the improved
        // journey's, then the file's top level and the imports.
        const outer = this.scopeAround(journey, referenceType, context);
        const improved = improvedJourney(journey);
        const borrowed = improved && improved !== journey
            ? this.createScopeForNodes(improved.members.filter(m => m.$type === referenceType), outer) : outer;
        return this.localScopes(context.container, journey, referenceType, borrowed);
    }

    /** Local definitions from `node` up to and including `upTo`, innermost first, around `outer`. */
    private localScopes(node: AstNode, upTo: AstNode, referenceType: string, outer: Scope): Scope {
        const symbols = AstUtils.getDocument(node).localSymbols;
        const levels: AstNode[] = [];
        for (let current: AstNode | undefined = node; current; current = current.$container) {
            levels.push(current);
            if (current === upTo) break;
        }
        return levels.reduceRight((scope, level) => symbols?.has(level)
            ? this.createScope(symbols.getStream(level).filter(d => this.reflection.isSubtype(d.type, referenceType)), scope)
            : scope, outer);
    }

    /** What is visible outside a journey: the top level of its file, then the imports. */
    private scopeAround(journey: Journey, referenceType: string, context: ReferenceInfo): Scope {
        const global = this.getGlobalScope(referenceType, context);
        const file = journey.$container;
        return this.localScopes(file, file, referenceType, global);
    }

    protected override getGlobalScope(referenceType: string, context: ReferenceInfo): Scope {
        const root = AstUtils.findRootNode(context.container);
        const document = root.$document;
        if (!document || !isJourneyFile(root)) return EMPTY_SCOPE;
        const self = document.uri.toString();
        const uris = new Set(importedUris(root, document.uri).map(i => i.uri.toString()));
        uris.delete(self);
        if (uris.size === 0) return EMPTY_SCOPE;
        return new StreamScope(this.indexManager.allElements(referenceType, uris));
    }
}

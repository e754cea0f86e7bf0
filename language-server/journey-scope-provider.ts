// Scoping: inside a file everything declared in it is visible (Langium's local
// scopes); from other files only the top-level personas, channels, departments
// and journeys of the files it imports. Explicit imports keep a journey's
// meaning independent of which other files happen to be in the workspace, so
// `journey check FILE` and the editor agree.
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, StreamScope, type ReferenceInfo, type Scope } from 'langium';
import { isJourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';

export class JourneyScopeProvider extends DefaultScopeProvider {
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

// The personas, channels, departments, phases and journeys a line at a given
// place could name: what the scope offers there, the same as completion and linking.
import type { AstNode, AstNodeDescription, Reference } from 'langium';
import type { JourneyServices } from '../journey-module.js';

export interface Visible<T extends AstNode> { name: string; node: T }

/**
 * What a `property` reference of a `lineType` line (e.g. `OwnerSetting`, `department`)
 * inside `within` can name, each name once, nearest first.
 */
export function visibleElements<T extends AstNode>(services: JourneyServices, within: AstNode, lineType: string, property: string): Array<Visible<T>> {
    const line = { $type: lineType, $container: within } as AstNode;
    const reference = { $refText: '' } as Reference;
    const scope = services.references.ScopeProvider.getScope({ reference, container: line, property });
    const seen = new Map<string, Visible<T>>();
    for (const description of scope.getAllElements()) {
        const node = seen.has(description.name) ? undefined : description.node ?? loadNode(services, description);
        if (node) seen.set(description.name, { name: description.name, node: node as T });
    }
    return [...seen.values()];
}

function loadNode(services: JourneyServices, description: AstNodeDescription): AstNode | undefined {
    const documents = services.shared.workspace.LangiumDocuments;
    const document = documents.hasDocument(description.documentUri) ? documents.getDocument(description.documentUri) : undefined;
    return document && services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path);
}

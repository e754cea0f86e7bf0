// Walks of a journey's AST in the order of Langium's streamAst and
// streamReferences, without the iterator and stream objects those allocate for
// every node: linking, indexing and validating each walk every node, and in a
// 10 MB journey those allocations cost a large share of the time (mostly in
// garbage collection).
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/** The root and the nodes below it, depth first in document order; `enter` false leaves a node's children out. */
export function nodesOf(root: AstNode, enter?: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        if (enter && !enter(node)) return;
        for (const property of Object.keys(node)) {
            if (property.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (isAstNode(value)) visit(value);
            else if (Array.isArray(value)) {
                for (const element of value) if (isAstNode(element)) visit(element);
            }
        }
    };
    visit(root);
    return nodes;
}

/** Calls `found` for each cross-reference the node itself holds (not those of its children), in property order. */
export function forEachReference(node: AstNode, found: (reference: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) found({ reference: value, container: node, property });
        else if (Array.isArray(value)) {
            value.forEach((element: unknown, index) => {
                if (isReference(element) || isMultiReference(element)) found({ reference: element, container: node, property, index });
            });
        }
    }
}

// Puts a block's freshly parsed AST node in the place of the old one. The
// containers on the way up (the journey, the file) are copied, not changed: a
// new text gets a new root and a new journey, so what is remembered per journey
// or per file (phase order, symbol lists) is computed again, as after a full
// parse. Nodes outside the block are kept, re-parented to the copies.
import { isAstNode, type AstNode, type Mutable } from 'langium';

type Node = Mutable<AstNode> & Record<string, unknown>;

/** Returns the new root, in which `fresh` stands where `old` stood. */
export function spliceAst(old: AstNode, fresh: AstNode): AstNode {
    let replaced = old as Node, replacement = fresh as Node;
    while (replaced.$container) {
        const container = { ...(replaced.$container as Node) } as Node;
        const property = replaced.$containerProperty!;
        const index = replaced.$containerIndex;
        const value = container[property];
        if (Array.isArray(value)) {
            const items = value.slice();
            items[index!] = replacement;
            container[property] = items;
        } else {
            container[property] = replacement;
        }
        adoptChildren(container);
        if (container.$cstNode) (container.$cstNode as { astNode: AstNode }).astNode = container;
        replaced = replaced.$container as Node;
        replacement = container;
    }
    return replacement;
}

/** Points the children of a copied container at the copy (what Langium's linkContentToContainer sets, one level deep). */
function adoptChildren(container: Node): void {
    for (const [property, value] of Object.entries(container)) {
        if (property.startsWith('$')) continue;
        if (Array.isArray(value)) {
            value.forEach((item, index) => {
                if (!isAstNode(item)) return;
                const child = item as Node;
                child.$container = container;
                child.$containerProperty = property;
                child.$containerIndex = index;
            });
        } else if (isAstNode(value)) {
            (value as Node).$container = container;
            (value as Node).$containerProperty = property;
        }
    }
}

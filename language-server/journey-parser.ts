// The parser, with a CST builder that stays linear in a journey's length.
// Langium's builder, before each consumed token, looks up the node being built
// in its parent's children with indexOf, even when there is no comment to
// insert: the first token of every phase or touchpoint scanned all the
// journey's earlier lines, which made parsing a journey of 100,000 lines
// quadratic (most of the 10 MB journey's time). The node being built is always
// its parent's last child, so the lookup searches from the end.
import { CstNodeBuilder, createLangiumParser, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

export class JourneyCstNodeBuilder extends CstNodeBuilder {
    override addHiddenNodes(tokens: IToken[]): void {
        if (tokens.length === 0) return; // nothing to insert: Langium would still search the tree
        const nodes = tokens.map(token => this.createLeafNode(token, true));
        let current: CompositeCstNode = this.current;
        // Within a node that has content, comments go at its end.
        if (current.content.length > 0) {
            this.appendChildren(current, nodes);
            return;
        }
        // A node just opened: the comments go before it, in the first ancestor that has earlier content.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                this.insertChildren(current.container, index, nodes);
                return;
            }
            current = current.container;
        }
        this.insertChildren(current, 0, nodes);
    }

    override removeNode(node: CstNode): void {
        const parent = node.container;
        const index = parent ? parent.content.lastIndexOf(node) : -1;
        if (index >= 0) (parent!.content as CstNode[]).splice(index, 1);
    }
}

export function createJourneyParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    // Langium offers no seam for its CST builder: the field is replaced before the first parse.
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new JourneyCstNodeBuilder();
    return parser;
}

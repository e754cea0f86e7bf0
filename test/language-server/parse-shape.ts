// Everything a parse result says, as plain data, so that two parses of the same
// text can be compared with toEqual: every AST node (type, properties,
// references with their text and CST node, container links), every CST node
// (offset, length, range, text, hidden, token type, grammar element, AST node,
// container link) and the lexer's and parser's errors.
import { AstUtils, isAstNode, isReference, type AstNode, type CompositeCstNode, type CstNode, type LeafCstNode, type ParseResult } from 'langium';

const ids = new Map<unknown, number>();
/** The same object (a grammar element, a token type) gives the same number in both parses. */
const idOf = (object: unknown) => {
    if (object === undefined) return undefined;
    if (!ids.has(object)) ids.set(object, ids.size);
    return ids.get(object);
};

/** Where a node sits: its container's property and index, up to the root; checks that the container really holds it there. */
/** Paths of the parse being described (never carried over: a node may move between parses). */
let paths = new Map<AstNode, string>();

function pathOf(node: AstNode): string {
    let path = paths.get(node);
    if (path === undefined) paths.set(node, path = computePath(node));
    return path;
}

function computePath(node: AstNode): string {
    const parts: string[] = [];
    for (let current: AstNode = node; current.$container; current = current.$container) {
        const held = (current.$container as unknown as Record<string, unknown>)[current.$containerProperty!];
        const index = current.$containerIndex;
        const at = Array.isArray(held) ? held[index!] : held;
        parts.unshift(at === current ? `${current.$containerProperty}${index === undefined ? '' : `[${index}]`}` : 'NOT-HELD-BY-CONTAINER');
    }
    return `/${parts.join('/')}`;
}

function cstOf(node: CstNode | undefined) {
    if (!node) return undefined;
    return { offset: node.offset, length: node.length, range: node.range, text: node.text };
}

function valueShape(value: unknown, root: CstNode): unknown {
    if (Array.isArray(value)) return value.map(item => valueShape(item, root));
    if (isReference(value)) return { ref: value.$refText, node: cstOf(value.$refNode), inTree: value.$refNode?.root === root };
    if (isAstNode(value)) return { node: pathOf(value) };
    return value;
}

function astShape(root: AstNode) {
    return AstUtils.streamAst(root).map(node => {
        const properties = Object.entries(node).filter(([key]) => !key.startsWith('$'))
            .map(([key, value]) => [key, valueShape(value, root.$cstNode!)]);
        return {
            path: pathOf(node), type: node.$type, properties: Object.fromEntries(properties.sort()),
            cst: cstOf(node.$cstNode), cstPointsBack: node.$cstNode?.astNode === node,
        };
    }).toArray();
}

function cstShape(root: CstNode) {
    const shapes: unknown[] = [];
    const visit = (node: CstNode, held: boolean) => {
        const composite = 'content' in node;
        shapes.push({
            ...cstOf(node), hidden: node.hidden, composite, held,
            token: composite ? undefined : (node as LeafCstNode).tokenType.name,
            grammar: idOf(node.grammarSource), ast: composite ? pathOf(node.astNode) : undefined,
        });
        if (composite) (node as CompositeCstNode).content.forEach((child, index, content) => visit(child, child.container === node && content[index] === child));
    };
    visit(root, root.container === undefined);
    return shapes;
}

export function parseShape(result: ParseResult) {
    paths = new Map();
    return {
        ast: astShape(result.value), cst: cstShape(result.value.$cstNode!),
        fullText: result.value.$cstNode!.root.fullText,
        lexerErrors: result.lexerErrors.map(e => [e.offset, e.length, e.line, e.column, e.message]),
        lexerReport: result.lexerReport?.diagnostics ?? [],
        parserErrors: result.parserErrors.map(e => [e.name, e.message, e.token.startOffset, e.token.image]),
    };
}

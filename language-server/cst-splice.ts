// Puts a block's freshly parsed CST in the place of the old one, in the tree of
// the last parse: the new block's leaves move from its own text to the
// document's, and every later leaf moves by the change in length and lines.
// Leaves are Langium's LeafCstNodeImpl (offset and range kept in fields);
// composite nodes derive theirs from their leaves but cache their range.
import type { CompositeCstNode, CstNode, RootCstNode } from 'langium';

interface LeafFields { _offset: number; _startLine: number; _startColumn: number; _endLine: number; _endColumn: number }
interface CompositeFields { content: CstNode[]; _rangeCache: unknown }

/** A move of leaves: offsets by `offset`; lines by `lines`; columns by `columns` on line `line` only. */
interface Shift { offset: number; line: number; lines: number; columns: number }

/** Replaces the content of `old` (a block of the document's CST) by the content of `fresh` (the block parsed alone), for the new `text`. */
export function spliceCst(old: CompositeCstNode, fresh: RootCstNode, text: string): void {
    const start = old.range.start, oldEnd = old.range.end;
    moveTree(fresh, { offset: old.offset, line: 0, lines: start.line, columns: start.character });
    const newEnd = fresh.range.end;
    const later: Shift = { offset: text.length - old.root.fullText.length, line: oldEnd.line, lines: newEnd.line - oldEnd.line, columns: newEnd.character - oldEnd.character };
    moveLater(old, later);
    const target = old as unknown as CompositeFields;
    target.content = fresh.content as CstNode[];
    for (const child of fresh.content) (child as { container?: CompositeCstNode }).container = old;
    target._rangeCache = undefined;
    (old.root as unknown as { _text: string })._text = text;
}

/** Moves every leaf that follows `node` in the tree (the siblings after it and after each of its ancestors). */
function moveLater(node: CstNode, shift: Shift): void {
    let child: CstNode = node;
    for (let parent = node.container; parent; child = parent, parent = parent.container) {
        (parent as unknown as CompositeFields)._rangeCache = undefined;
        const content = parent.content;
        for (let i = content.lastIndexOf(child) + 1; i < content.length; i++) moveTree(content[i], shift);
    }
}

function moveTree(node: CstNode, shift: Shift): void {
    if ('content' in node) {
        (node as unknown as CompositeFields)._rangeCache = undefined;
        for (const child of (node as CompositeCstNode).content) moveTree(child, shift);
        return;
    }
    const leaf = node as unknown as LeafFields;
    leaf._offset += shift.offset;
    if (leaf._startLine === shift.line) leaf._startColumn += shift.columns;
    if (leaf._endLine === shift.line) leaf._endColumn += shift.columns;
    leaf._startLine += shift.lines;
    leaf._endLine += shift.lines;
}

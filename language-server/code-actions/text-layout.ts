// Where new lines go and how far they are indented: as the lines around them
// are written (the formatter's four spaces when there is nothing to copy), in
// the file's own line ending, so a fixed file needs no reformatting.
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Position, TextEdit } from 'vscode-languageserver';
import { lineEndingOf } from '../journey-formatter.js';

const UNIT = '    ';

type Block = AstNode & { members?: readonly AstNode[]; facts?: readonly AstNode[] };

export function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } })
        .replace(/[\r\n]+$/, '');
}

export function indentOf(document: LangiumDocument, line: number): string {
    return /^[ \t]*/.exec(lineText(document, line))![0];
}

const startLine = (node: AstNode) => node.$cstNode?.range.start.line ?? 0;

/** One block level, as this file writes it: the step from a node's container to the node. */
function indentUnit(document: LangiumDocument, node: AstNode): string {
    const container = node.$container;
    if (!container?.$container || startLine(container) === startLine(node)) return UNIT;
    const outer = indentOf(document, startLine(container)), inner = indentOf(document, startLine(node));
    return inner.startsWith(outer) && inner.length > outer.length ? inner.slice(outer.length) : UNIT;
}

/** The indentation of the lines inside `node`'s block: its members' (if on their own lines), else one level deeper. */
export function memberIndent(document: LangiumDocument, node: Block): string {
    const member = [...(node.members ?? node.facts ?? [])].find(m => startLine(m) !== startLine(node));
    if (member) return indentOf(document, startLine(member));
    return indentOf(document, startLine(node)) + indentUnit(document, node);
}

export const eolOf = (document: LangiumDocument) => lineEndingOf(document.textDocument.getText());

/** Whether only a `//` comment, or nothing, follows `position` on its line: then a new line goes at the end of that line. */
function lineEndsAt(document: LangiumDocument, position: Position): boolean {
    const rest = lineText(document, position.line).slice(position.character).trim();
    return rest === '' || rest.startsWith('//');
}

const endOfLine = (document: LangiumDocument, line: number): Position => ({ line, character: lineText(document, line).length });

/**
 * Adds `lines` (one or more, `\n`-separated) to `node`'s block: first (`first`) or last. A node written without
 * a block gets one (`touchpoint a "A"` → `touchpoint a "A" {` … `}`).
 */
export function addMemberLine(document: LangiumDocument, node: Block, lines: string, first = false): TextEdit {
    const cst = node.$cstNode!;
    const eol = eolOf(document);
    const indent = memberIndent(document, node);
    const text = lines.split('\n').join(eol + indent);
    const outer = indentOf(document, startLine(node));
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const close = GrammarUtils.findNodeForKeyword(cst, '}');
    if (!open || !close) return insertAt(cst.range.end, ` {${eol}${indent}${text}${eol}${outer}}`);
    if (close.range.start.line === open.range.end.line) {
        // `{}` or `{ owner sales }`: the block is spread over lines.
        const inner = document.textDocument.getText({ start: open.range.end, end: close.range.start }).trim();
        const content = inner === '' ? [text] : first ? [text, inner] : [inner, text];
        return { range: { start: open.range.end, end: close.range.start }, newText: content.map(c => eol + indent + c).join('') + eol + outer };
    }
    if (first && lineEndsAt(document, open.range.end)) return insertAt(endOfLine(document, open.range.end.line), `${eol}${indent}${text}`);
    if (first) return insertAt(open.range.end, `${eol}${indent}${text}${eol}${indent}`);
    const { line, character } = close.range.start;
    const beforeClose = lineText(document, line).slice(0, character);
    if (beforeClose.trim() === '') return insertAt({ line, character: 0 }, `${indent}${text}${eol}`);
    // `    via store }`: `}` goes on a line of its own.
    return { range: { start: { line, character: beforeClose.trimEnd().length }, end: close.range.start }, newText: `${eol}${indent}${text}${eol}${outer}` };
}

/** Adds `text` as a new line right after the lines of `node`, indented like it. */
export function addLineAfter(document: LangiumDocument, node: AstNode, text: string): TextEdit {
    const end = node.$cstNode!.range.end;
    const eol = eolOf(document);
    const lines = text.split('\n').map(line => indentOf(document, startLine(node)) + line);
    return insertAt(lineEndsAt(document, end) ? endOfLine(document, end.line) : end, eol + lines.join(eol));
}

/** Appends ` text` to the end of a node's own line (e.g. a channel's mode), before any block. */
export function appendToHeader(node: AstNode, text: string): TextEdit {
    const cst = node.$cstNode!;
    const open = GrammarUtils.findNodeForKeyword(cst, '{');
    const leaves = [...CstUtils.streamCst(cst)].filter(leaf => !leaf.hidden && leaf.astNode === node && (!open || leaf.offset < open.offset));
    const last = leaves.at(-1) ?? cst;
    return insertAt(last.range.end, ` ${text}`);
}

/** Whether nothing but whitespace shares the lines a node is written on. */
export function isAloneOnItsLines(document: LangiumDocument, node: AstNode): boolean {
    const { start, end } = node.$cstNode!.range;
    return lineText(document, start.line).slice(0, start.character).trim() === '' && lineText(document, end.line).slice(end.character).trim() === '';
}

/** Removes a node: the whole lines it is written on when it has them to itself, else the node and the space around it. */
export function removeLines(document: LangiumDocument, node: AstNode): TextEdit {
    const { start, end } = node.$cstNode!.range;
    if (isAloneOnItsLines(document, node)) {
        return { range: { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, newText: '' };
    }
    const before = lineText(document, start.line).slice(0, start.character);
    const after = lineText(document, end.line).slice(end.character);
    // A comment after it keeps its place, as its own line.
    if (before.trim() === '' && after.trim().startsWith('//')) {
        return { range: { start, end: { line: end.line, character: end.character + after.length - after.trimStart().length } }, newText: '' };
    }
    return { range: { start: { line: start.line, character: before.trimEnd().length }, end }, newText: '' };
}

/** Replaces the text of a node (or of one of its properties) with `text`. */
export function replaceProperty(node: AstNode, property: string, text: string, index?: number): TextEdit | undefined {
    const target = GrammarUtils.findNodeForProperty(node.$cstNode, property, index);
    return target ? { range: target.range, newText: text } : undefined;
}

/** The innermost node of the wanted kind at a position (e.g. the touchpoint a problem is reported on). */
export function nodeAt<T extends AstNode>(document: LangiumDocument, position: Position, guard: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
}

function insertAt(position: Position, newText: string): TextEdit {
    return { range: { start: position, end: position }, newText };
}

// The canonical layout of a journey file, for "Format Document" in the editor
// and for `journey format`: one fact per line, four spaces per block level,
// one space between the words of a fact, at most one blank line, comments kept
// where they are. Only whitespace changes; a document with syntax errors is
// left alone, and edits that would change anything but whitespace are dropped.
import {
    isCompositeCstNode, TextDocument, type AstNode, type CstNode, type LangiumDocument, type Lexer,
} from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type FormattingContext, type LangiumServices } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isAgeFact, isJourneyFile } from './generated/ast.js';

// Always four spaces, whatever the editor's tab settings: one canonical layout, so that
// "Format Document" and `journey format --check` in CI always agree.
const INDENT = '    ';

// The formatting actions are shared: a large file asks for one per token.
const ONE_SPACE = Formatting.oneSpace();
const NO_SPACE = Formatting.noSpace();
const lineBreakActions = new Map<string, FormattingAction>();

/** `lines` line breaks before a token, indented to `depth` block levels. */
function lineBreaks(lines: number, depth: number): FormattingAction {
    const key = `${lines}:${depth}`;
    let action = lineBreakActions.get(key);
    if (!action) lineBreakActions.set(key, action = { options: {}, moves: [{ lines, tabs: depth }] });
    return action;
}

/** One line break, or two (one blank line) where the author had blank lines. */
function keepOneBlankLine(depth: number): FormattingAction {
    const key = `blank:${depth}`;
    let action = lineBreakActions.get(key);
    if (!action) lineBreakActions.set(key, action = { options: {}, moves: [{ lines: 1, tabs: depth }, { lines: 2, tabs: depth }] });
    return action;
}

/** The file's line ending (the most used of CRLF, LF and CR), so formatting never changes it. */
export function lineEndingOf(text: string): string {
    const counts = new Map<string, number>();
    for (const [eol] of text.matchAll(/\r\n|\r|\n/g)) counts.set(eol, (counts.get(eol) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '\n';
}

const isLineComment = (node: CstNode) => node.hidden && node.text.startsWith('//');

function firstLeaf(node: CstNode): CstNode {
    let leaf = node;
    while (isCompositeCstNode(leaf) && leaf.content.length > 0) leaf = leaf.content[0];
    return leaf;
}

function lastLeaf(node: CstNode): CstNode | undefined {
    let leaf: CstNode | undefined = node;
    while (leaf && isCompositeCstNode(leaf)) leaf = leaf.content.at(-1);
    return leaf;
}

/** The tokens and comments written for this node itself, not for the facts nested in its block. */
function ownLeaves(node: AstNode): CstNode[] {
    const leaves: CstNode[] = [];
    const walk = (cst: CstNode) => {
        if (!isCompositeCstNode(cst)) leaves.push(cst);
        else for (const child of cst.content) if (!isCompositeCstNode(child) || child.astNode === node) walk(child);
    };
    if (node.$cstNode) walk(node.$cstNode);
    return leaves;
}

/** Block levels around a fact: 0 at the top of a file, 1 inside a journey, … */
function depthOf(node: AstNode): number {
    let depth = -1;
    for (let container = node.$container; container; container = container.$container) depth++;
    return depth;
}

export class JourneyFormatter extends AbstractFormatter {
    private readonly lexer: Lexer;
    private eol = '\n';
    /** Indentation of a fact's continuation line, by token offset: used after a `//` comment inside a fact. */
    private readonly continuationDepth = new Map<number, number>();

    constructor(services: LangiumServices) {
        super();
        this.lexer = services.parser.Lexer;
    }

    protected override format(node: AstNode): void {
        if (isJourneyFile(node)) {
            this.formatLines(node.$cstNode && isCompositeCstNode(node.$cstNode) ? node.$cstNode.content : [], 0, 0);
            return;
        }
        const depth = depthOf(node);
        const leaves = ownLeaves(node);
        const open = leaves.findIndex(leaf => !leaf.hidden && leaf.text === '{');
        const header = open < 0 ? leaves : leaves.slice(0, open + 1);
        const formatter = this.getNodeFormatter(node);
        let previous: CstNode | undefined;
        for (const leaf of header) {
            if (leaf.hidden) {
                // A comment inside a fact: one space before it on the same line, else its own line.
                formatter.cst([leaf]).prepend(lineBreaks(1, depth + 1));
            } else if (previous) {
                this.continuationDepth.set(leaf.offset, depth + 1);
                formatter.cst([leaf]).prepend(this.spacing(node, previous, leaf));
            }
            // The first token of a fact is placed by the block around it.
            if (!leaf.hidden) previous = leaf;
        }
        if (open < 0) return;
        const openBrace = leaves[open];
        const siblings = openBrace.container!.content;
        const closeIndex = siblings.findLastIndex(sibling => !sibling.hidden && sibling.text === '}');
        if (closeIndex < 0) return;
        const closeBrace = siblings[closeIndex];
        const interior = siblings.slice(siblings.indexOf(openBrace) + 1, closeIndex);
        this.formatLines(interior, depth + 1, 1, openBrace);
        // `}` on its own line; an empty block stays `{}` on the line of its header.
        formatter.cst([closeBrace]).prepend(interior.length > 0 ? lineBreaks(1, depth) : NO_SPACE);
    }

    /** One space between the words of a fact, except `35-45`, `-1`, `+2`, `2%` and `a, b`. */
    private spacing(node: AstNode, previous: CstNode, leaf: CstNode): FormattingAction {
        const attached = leaf.text === ',' || leaf.text === '%'
            || (leaf.text === '-' && isAgeFact(node))
            || previous.text === '-' || previous.text === '+';
        return attached ? NO_SPACE : ONE_SPACE;
    }

    /**
     * Puts every fact and comment of a block (or file) on its own line at `depth`. The first
     * line after `{` (or of the file) gets `firstLines` breaks; later ones keep one blank line if
     * the author left blank lines. Comments on the line of `{` stay there.
     */
    private formatLines(nodes: readonly CstNode[], depth: number, firstLines: number, openBrace?: CstNode): void {
        let first = true;
        for (const node of nodes) {
            const leaf = firstLeaf(node);
            const onBraceLine = openBrace !== undefined && leaf.hidden && leaf.range.start.line === openBrace.range.end.line;
            const formatting = first || onBraceLine ? lineBreaks(firstLines, depth) : keepOneBlankLine(depth);
            this.collector(leaf, 'prepend', formatting);
            if (!onBraceLine) first = false;
        }
    }

    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        const text = document.textDocument.getText();
        this.eol = lineEndingOf(text);
        this.continuationDepth.clear();
        const edits = super.doDocumentFormat(document, options, range);
        if (!range) edits.push(...this.endOfFileEdits(document));
        return this.changesOnlyWhitespace(document, edits) ? edits : [];
    }

    /** No blank lines at the end, exactly one line break. */
    private endOfFileEdits(document: LangiumDocument): TextEdit[] {
        const textDocument = document.textDocument;
        const root = document.parseResult.value.$cstNode;
        const last = root ? lastLeaf(root) : undefined;
        const start = last ? last.range.end : { line: 0, character: 0 };
        const end = textDocument.positionAt(textDocument.getText().length);
        const edit = { range: { start, end }, newText: last ? this.eol : '' };
        return this.isNecessary(edit, textDocument) ? [edit] : [];
    }

    protected override createTextEdit(a: CstNode | undefined, b: CstNode, formatting: FormattingAction, context: FormattingContext): TextEdit[] {
        // Indentation is absolute (the `tabs` of each move), so the running count stays at zero.
        context.indentation = 0;
        const spaces = formatting.moves[0]?.characters;
        if (a?.hidden && !b.hidden && spaces !== undefined) {
            const range = { start: a.range.end, end: b.range.start };
            // After a `//` comment the fact goes on on the next line; after `/* */`, one space.
            const newText = isLineComment(a) ? this.eol + this.indent(this.continuationDepth.get(b.offset) ?? 0) : ' ';
            return [{ range, newText }];
        }
        return super.createTextEdit(a, b, formatting, context);
    }

    protected override createHiddenTextEdits(previous: CstNode | undefined, hidden: CstNode, formatting: FormattingAction | undefined, context: FormattingContext): TextEdit[] {
        const start = previous?.range.end ?? { line: 0, character: 0 };
        const end = hidden.range.start;
        let newText: string;
        if (!previous) {
            newText = '';
        } else if (start.line === end.line) {
            newText = ' ';
        } else {
            const move = this.findFittingMove({ start, end }, formatting?.moves ?? [], context);
            const lines = Math.max(1, move?.lines ?? Math.min(end.line - start.line, 2));
            newText = this.eol.repeat(lines) + this.indent(move?.tabs ?? 0);
        }
        const edits: TextEdit[] = [{ range: { start, end }, newText }];
        // Trailing spaces belong to a `//` comment's token; the text of a `/* */` comment is kept as written.
        const trimmed = hidden.text.trimEnd().length;
        if (isLineComment(hidden) && trimmed < hidden.text.length) {
            edits.push({ range: { start: { line: end.line, character: end.character + trimmed }, end: hidden.range.end }, newText: '' });
        }
        return edits;
    }

    protected override createLineTextEdit(range: Range, lines: number, context: FormattingContext): TextEdit {
        return { range, newText: this.eol.repeat(lines) + this.indent(context.indentation) };
    }

    protected override isNecessary(edit: TextEdit, document: TextDocument): boolean {
        return edit.newText !== document.getText(edit.range);
    }

    private indent(depth: number): string {
        return INDENT.repeat(depth);
    }

    /** The safety net: the tokens and comments after formatting are exactly those before. */
    private changesOnlyWhitespace(document: LangiumDocument, edits: TextEdit[]): boolean {
        if (edits.length === 0) return true;
        try {
            const before = document.textDocument.getText();
            const after = TextDocument.applyEdits(document.textDocument, edits);
            const a = this.tokenTexts(before);
            const b = this.tokenTexts(after);
            return a.length === b.length && a.every((token, i) => token === b[i]);
        } catch {
            return false;
        }
    }

    private tokenTexts(text: string): string[] {
        const { tokens, hidden } = this.lexer.tokenize(text);
        return [...tokens, ...hidden]
            .sort((x, y) => x.startOffset - y.startOffset)
            .map(token => token.image.startsWith('//') ? token.image.trimEnd() : token.image)
            .filter(image => image.trim() !== '');
    }
}

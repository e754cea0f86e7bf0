// Whether a change to a linked journey only rewrote literal values (labels,
// descriptions, scores…) inside one member of a journey, and if so, the new
// values. Checked by lexing that member's old and new text: the same tokens,
// with the same text except STRING and NUMBER tokens. Such a change parses to
// the same tree with other values, and resolves to the same names, so its
// diagram can be drawn from the tree already linked.
import {
    CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type CstNode, type LangiumCoreServices, type LeafCstNode,
} from 'langium';
import type { IToken } from 'chevrotain';
import type { SourcePosition } from '../diagram-core/model.js';
import { lastStartingBefore } from './block-at.js';
import { changedRange } from './changed-range.js';
import { isJourney, isJourneyFile, type JourneyMember } from './generated/ast.js';

const LITERALS = new Set(['STRING', 'NUMBER']);

/** A property of the linked tree and its value after the change. */
export interface LiteralPatch { node: AstNode; feature: string; value: unknown }

export interface QuickEdit {
    /** The member of a journey the change lies in (none when the text is unchanged). */
    member?: JourneyMember;
    patches: LiteralPatch[];
    /** Where a position of the old text (the start or the end of a token) is in the new text. */
    moved(position: SourcePosition, side: 'start' | 'end'): SourcePosition | undefined;
}

/** The literal patches turning `root` (linked from `oldText`) into the tree of `newText`, or undefined when the change is more than that. */
export function quickEditOf(services: LangiumCoreServices, root: AstNode, newText: string): QuickEdit | undefined {
    const oldText = root.$cstNode?.root.fullText;
    if (oldText === undefined) return undefined;
    if (oldText === newText) return { patches: [], moved: position => position };
    const region = changedRange(oldText, newText);
    // Literals hold no line break: a change of lines is never a label edit.
    if (/[\r\n]/.test(oldText.slice(region.start, region.oldEnd)) || /[\r\n]/.test(newText.slice(region.start, region.newEnd))) return undefined;
    const member = memberAround(root, region.start, region.oldEnd);
    const block = member?.$cstNode;
    if (!block) return undefined;
    const delta = region.newEnd - region.oldEnd;
    const lexer = services.parser.Lexer;
    const before = lexer.tokenize(oldText.slice(block.offset, block.end));
    const after = lexer.tokenize(newText.slice(block.offset, block.end + delta));
    if (after.errors.length > 0 || !sameTokens(before.hidden, after.hidden, false) || !sameTokens(before.tokens, after.tokens, true)) return undefined;
    const patches = literalPatches(services, block, before.tokens, after.tokens);
    if (!patches) return undefined;
    return { member, patches, moved: positionMap(block, region.start, delta, before.tokens, after.tokens) };
}

/** The member of a journey whose text holds [start, end), if any. */
function memberAround(root: AstNode, start: number, end: number): JourneyMember | undefined {
    if (!isJourneyFile(root)) return undefined;
    const journey = root.elements.find(e => isJourney(e) && e.$cstNode && e.$cstNode.offset <= start && end <= e.$cstNode.end);
    if (!isJourney(journey)) return undefined;
    const member = lastStartingBefore(journey.members, start, true);
    const cst = member?.$cstNode;
    return cst && start <= cst.end && end <= cst.end ? member : undefined;
}

function sameTokens(before: IToken[], after: IToken[], literalsMayDiffer: boolean): boolean {
    return before.length === after.length && before.every((token, i) => token.tokenType === after[i].tokenType
        && (token.image === after[i].image || (literalsMayDiffer && LITERALS.has(token.tokenType.name))));
}

/** The new values of the literals that changed, converted as the parser converts them; undefined for a literal the patch cannot reach. */
function literalPatches(services: LangiumCoreServices, block: CstNode, before: IToken[], after: IToken[]): LiteralPatch[] | undefined {
    const leaves = new Map<number, LeafCstNode>();
    for (const node of CstUtils.streamCst(block)) if (isLeafCstNode(node) && !node.hidden) leaves.set(node.offset, node);
    const images = new Map<LeafCstNode, string>();
    for (let i = 0; i < before.length; i++) {
        if (before[i].image === after[i].image) continue;
        const leaf = leaves.get(block.offset + before[i].startOffset);
        if (!leaf) return undefined;
        images.set(leaf, after[i].image);
    }
    const converter = services.parser.ValueConverter;
    const imageOf = (leaf: LeafCstNode) => images.get(leaf) ?? leaf.text;
    const patches: LiteralPatch[] = [];
    const done = new Set<CstNode>();
    for (const leaf of images.keys()) {
        // A NUMBER inside a data type rule (`score -2`, `current 40%`) is part of one value, built from all its tokens.
        const valueNode = isDataTypeNode(leaf.container) ? leaf.container! : leaf;
        if (done.has(valueNode)) continue;
        done.add(valueNode);
        const assignment = GrammarUtils.findAssignment(valueNode);
        if (!assignment || assignment.operator !== '=' || isDataTypeNode(valueNode.container)) return undefined;
        const text = valueNode === leaf ? imageOf(leaf) : dataTypeText(valueNode, imageOf, converter.convert.bind(converter));
        patches.push({ node: valueNode.astNode, feature: assignment.feature, value: converter.convert(text, valueNode) });
    }
    return patches;
}

function isDataTypeNode(node: CstNode | undefined): boolean {
    const source = node?.grammarSource;
    return GrammarAST.isRuleCall(source) && GrammarAST.isParserRule(source.rule.ref) && GrammarUtils.isDataTypeRule(source.rule.ref);
}

/** A data type rule's text as the parser builds it: keywords as written, other tokens through their converter. */
function dataTypeText(node: CstNode, imageOf: (leaf: LeafCstNode) => string, convert: (text: string, node: CstNode) => unknown): string {
    let text = '';
    for (const leaf of CstUtils.streamCst(node)) {
        if (!isLeafCstNode(leaf) || leaf.hidden) continue;
        text += GrammarAST.isKeyword(leaf.grammarSource) ? imageOf(leaf) : String(convert(imageOf(leaf), leaf));
    }
    return text;
}

/**
 * Positions only move on the changed line (the change holds no line break):
 * within the member, from each old token to its new one; after the member, by
 * the change in length.
 */
function positionMap(block: CstNode, changeStart: number, delta: number, before: IToken[], after: IToken[]): QuickEdit['moved'] {
    const { line, character } = block.range.start;
    // The changed line starts before the change; how far before is counted in the member's own text.
    const prefix = block.text.slice(0, changeStart - block.offset);
    const lastBreak = prefix.search(/[\r\n][^\r\n]*$/);
    const editLine = line + (prefix.match(/\r\n|\r|\n/g)?.length ?? 0);
    const lineStart = lastBreak < 0 ? block.offset - character : block.offset + lastBreak + 1;
    const starts = new Map<number, number>();
    const ends = new Map<number, number>();
    before.forEach((token, i) => {
        starts.set(block.offset + token.startOffset, block.offset + after[i].startOffset);
        ends.set(block.offset + token.endOffset! + 1, block.offset + after[i].endOffset! + 1);
    });
    return (position, side) => {
        if (position.line !== editLine) return position;
        const offset = lineStart + position.character;
        // A token ending where the member starts is before it; one starting where the member ends is after it.
        if (offset < block.offset || (offset === block.offset && side === 'end')) return position;
        const moved = offset > block.end || (offset === block.end && side === 'start')
            ? offset + delta
            : (side === 'start' ? starts : ends).get(offset);
        return moved === undefined ? undefined : { line: editLine, character: moved - lineStart };
    };
}

// Reparses only the block an edit falls in: a journey member (phase,
// touchpoint, improvement, persona, channel, department, a setting) or an
// element at the top of the file outside a journey. The block's new text is
// parsed alone with the block's own rule and spliced into the last parse.
//
// The result must be what a full parse of the new text gives, so anything
// that could make them differ falls back to a full parse: errors in the last
// parse or in the block, a block of another kind, an edit reaching past the
// block, or a block that could run into the text after it. The block's first
// character is kept, so the lexer splits the text before it as before; each
// member starts with its own keyword and no member can end with an optional
// part that starts like the next member (or the journey's closing brace), so
// the parser around the block decides as before.
import { GrammarAST, type AstNode, type CompositeCstNode, type LangiumParser, type Mutable, type ParseResult, type RootCstNode } from 'langium';
import { lastStartingBefore } from './block-at.js';
import { changedRange } from './changed-range.js';
import { isJourney } from './generated/ast.js';
import { spliceAst } from './ast-splice.js';
import { spliceCst } from './cst-splice.js';

/** The new parse result for `text`, built from `previous` by reparsing one block; undefined when a full parse is needed. */
export function reparseBlock(previous: ParseResult, text: string, parser: LangiumParser): ParseResult | undefined {
    const cst = previous.value.$cstNode;
    if (!cst || hasErrors(previous)) return undefined;
    const oldText = cst.root.fullText;
    const { start, oldEnd } = changedRange(oldText, text);
    const block = blockAround(previous.value, start, oldEnd);
    const rule = block && ruleOf(block);
    if (!block || !rule) return undefined;
    const old = block.$cstNode as CompositeCstNode;
    const end = old.end + text.length - oldText.length;
    if (!endsCleanly(text, end)) return undefined;
    const fresh = parseAlone(parser, text.slice(old.offset, end), rule, block.$type);
    if (!fresh) return undefined;
    spliceCst(old, fresh.value.$cstNode as RootCstNode, text);
    (fresh.value as Mutable<AstNode>).$cstNode = old;
    (old as { astNode: AstNode }).astNode = fresh.value;
    return { value: spliceAst(block, fresh.value), lexerErrors: [], lexerReport: fresh.lexerReport, parserErrors: [] };
}

const hasErrors = (result: ParseResult) =>
    result.lexerErrors.length > 0 || result.parserErrors.length > 0 || (result.lexerReport?.diagnostics.length ?? 0) > 0;

/** The innermost block that holds the change and keeps its first character; never a whole journey. */
function blockAround(root: AstNode, start: number, end: number): AstNode | undefined {
    const element = childAround(root, start, end);
    return element && isJourney(element) ? childAround(element, start, end) : element;
}

function childAround(container: AstNode, start: number, end: number): AstNode | undefined {
    for (const value of Object.values(container)) {
        if (!Array.isArray(value)) continue;
        const child = lastStartingBefore(value as AstNode[], start);
        if (child && end <= child.$cstNode!.end) return child;
    }
    return undefined;
}

/** The rule the block was parsed with (JourneyMember, TopLevelElement, Import). */
function ruleOf(block: AstNode): string | undefined {
    const source = block.$cstNode?.grammarSource;
    return GrammarAST.isRuleCall(source) ? source.rule.ref?.name : undefined;
}

/** Whether the block's last token ends where it ends in the whole text: nothing after it could extend it. */
function endsCleanly(text: string, end: number): boolean {
    return end === text.length || /[\s}/]/.test(text[end]);
}

function parseAlone(parser: LangiumParser, text: string, rule: string, type: string): ParseResult | undefined {
    let result: ParseResult;
    try {
        result = parser.parse(text, { rule });
    } catch {
        return undefined; // a text the rule cannot start: the full parse reports it
    }
    const cst = result.value.$cstNode;
    const whole = cst?.offset === 0 && cst.end === text.length;
    return whole && !hasErrors(result) && result.value.$type === type ? result : undefined;
}

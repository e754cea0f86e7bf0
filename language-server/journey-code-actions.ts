// Code actions: rewrites that never change what a journey means. `between a and b`
// of two consecutive phases becomes `after a` (the same boundary, but it moves
// with phase a when phases are reordered); a channel named twice in a `via`
// line loses its repeat. A `between` of phases that are not consecutive gets no
// fix: which boundary was meant is the writer's call. Any problem that may be
// accepted on purpose can be ignored here with a reason (suppression-code-actions.ts).
import { AstUtils, CstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import {
    CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Position, type Range, type TextEdit,
} from 'vscode-languageserver';
import { isBetweenPhases, isChannelSetting, type BetweenPhases, type ChannelSetting } from './generated/ast.js';
import { isConsecutiveBetween } from './journey-queries.js';
import { suppressionActions } from './suppression-code-actions.js';
import { IssueCodes } from './validation/issue-codes.js';

export class JourneyCodeActionProvider implements CodeActionProvider {
    private snippets = false;

    constructor(services: LangiumServices) {
        // Placeholders in edits are an LSP 3.18 client capability (VS Code has it).
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            if (diagnostic.code === IssueCodes.RepeatedChannel) actions.push(...removeRepeatedChannel(document, diagnostic));
        }
        actions.push(...useAfter(document, params.range));
        actions.push(...suppressionActions(document, params.context.diagnostics, this.snippets));
        const only = params.context.only;
        return only ? actions.filter(action => only.some(kind => action.kind?.startsWith(kind))) : actions;
    }
}

function useAfter(document: LangiumDocument, range: Range): CodeAction[] {
    const convertible = AstUtils.streamAllContents(document.parseResult.value)
        .filter(isBetweenPhases).filter(between => isConsecutiveBetween(between) && afterEdits(between) !== undefined).toArray();
    const touched = convertible.filter(between => overlaps(between.$cstNode!.range, range));
    const uri = document.textDocument.uri;
    const actions = touched.map((between): CodeAction => ({
        title: `Use \`after ${between.from.$refText}\` (the same place; it moves with phase '${between.from.$refText}' when phases are reordered)`,
        kind: CodeActionKind.RefactorRewrite,
        edit: { changes: { [uri]: afterEdits(between)! } },
    }));
    if (touched.length > 0 && convertible.length > 1) {
        actions.push({
            title: `Use \`after\` for all ${convertible.length} \`between\` lines of consecutive phases in this file`,
            kind: CodeActionKind.RefactorRewrite,
            edit: { changes: { [uri]: convertible.flatMap(between => afterEdits(between)!) } },
        });
    }
    return actions;
}

/** `between a and b` → `after a`, touching only the tokens; undefined when a comment sits inside the line. */
function afterEdits(between: BetweenPhases): TextEdit[] | undefined {
    const cst = between.$cstNode;
    const keyword = GrammarUtils.findNodeForKeyword(cst, 'between');
    const [from] = GrammarUtils.findNodesForProperty(cst, 'from');
    const [to] = GrammarUtils.findNodesForProperty(cst, 'to');
    if (!cst || !keyword || !from || !to || /\/[/*]/.test(cst.text)) return undefined;
    return [
        { range: keyword.range, newText: 'after' },
        { range: { start: from.range.end, end: to.range.end }, newText: '' },
    ];
}

function removeRepeatedChannel(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const line = lineAt(document, diagnostic.range.start);
    const refs = GrammarUtils.findNodesForProperty(line?.$cstNode, 'channels');
    const index = refs.findIndex(ref => samePosition(ref.range.start, diagnostic.range.start));
    if (!line || index < 1) return [];
    const edit: TextEdit = { range: { start: refs[index - 1].range.end, end: refs[index].range.end }, newText: '' };
    return [{
        title: `Remove the repeated channel '${refs[index].text}'`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [document.textDocument.uri]: [edit] } },
    }];
}

function lineAt(document: LangiumDocument, position: Position): ChannelSetting | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, isChannelSetting) : undefined;
}

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character;

function overlaps(a: Range, b: Range): boolean {
    return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

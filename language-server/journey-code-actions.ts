// Code actions: a quick fix for every problem that has a clear one (keyed by its
// code, code-actions/quick-fixes.ts), "Fix all" for the fixes with one meaning,
// and rewrites that never change what a journey means: `between a and b` of two
// consecutive phases becomes `after a` (the same boundary, but it moves with
// phase a when phases are reordered). A `between` of phases that are not
// consecutive gets no fix: which boundary was meant is the writer's call. Any
// problem that may be accepted on purpose can be ignored here with a reason
// (suppression-code-actions.ts).
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Range, type TextEdit } from 'vscode-languageserver';
import { fixAllEdits } from './code-actions/fix-all.js';
import { toCodeAction } from './code-actions/quick-fix.js';
import { fixesFor } from './code-actions/quick-fixes.js';
import { isBetweenPhases, type BetweenPhases } from './generated/ast.js';
import { isConsecutiveBetween } from './journey-queries.js';
import type { JourneyServices } from './journey-module.js';
import { t } from './l10n.js';
import { suppressionActions } from './suppression-code-actions.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.journey`;
/** The kinds of action the server offers, announced in its capabilities. */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, CodeActionKind.SourceFixAll, FIX_ALL_KIND];

export class JourneyCodeActionProvider implements CodeActionProvider {
    private snippets = false;

    constructor(private readonly services: JourneyServices) {
        // Placeholders in edits are an LSP 3.18 client capability (VS Code has it).
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (wanted(only, CodeActionKind.QuickFix)) {
            for (const diagnostic of params.context.diagnostics) {
                const request = { document, diagnostic, services: this.services };
                actions.push(...(await fixesFor(request)).map(fix => toCodeAction(fix, request)));
            }
            actions.push(...suppressionActions(document, params.context.diagnostics, this.snippets));
        }
        if (wanted(only, CodeActionKind.RefactorRewrite)) actions.push(...useAfter(document, params.range));
        // Source actions only when asked for (on save, or the Source Action menu), never in the light bulb.
        if (only && wanted(only, FIX_ALL_KIND)) actions.push(...await this.fixAll(document));
        return actions;
    }

    private async fixAll(document: LangiumDocument): Promise<CodeAction[]> {
        const edits = await fixAllEdits(document, this.services, convertibleBetweens(document).map(afterEdits) as TextEdit[][]);
        if (edits.length === 0) return [];
        return [{ title: t('Fix all problems with one clear fix'), kind: FIX_ALL_KIND, edit: { changes: { [document.textDocument.uri]: edits } } }];
    }
}

/** Whether an action of `kind` was asked for: all when `only` is absent, else a kind that `kind` falls under. */
function wanted(only: readonly string[] | undefined, kind: string): boolean {
    return !only || only.some(asked => kind === asked || kind.startsWith(`${asked}.`));
}

function convertibleBetweens(document: LangiumDocument): BetweenPhases[] {
    return AstUtils.streamAllContents(document.parseResult.value)
        .filter(isBetweenPhases).filter(between => isConsecutiveBetween(between) && afterEdits(between) !== undefined).toArray();
}

function useAfter(document: LangiumDocument, range: Range): CodeAction[] {
    const convertible = convertibleBetweens(document);
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

function overlaps(a: Range, b: Range): boolean {
    return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

// Quick fix "Ignore this problem here": writes `// journey-ignore <code>: <reason>`
// on the line before the problem, with the reason as a snippet placeholder the
// writer fills in (a suppression without a reason is itself reported).
import type { LangiumDocument } from 'langium';
import {
    CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type SnippetTextEdit, type TextEdit,
} from 'vscode-languageserver';
import { t } from './l10n.js';
import { isSuppressible } from './rules/rule-catalog.js';
import { IGNORE_LINE } from './rules/suppressions.js';

/** The quick fixes for the problems the editor asks about; `snippets`: the client can fill in placeholders. */
export function suppressionActions(document: LangiumDocument, diagnostics: readonly Diagnostic[], snippets: boolean): CodeAction[] {
    return diagnostics.filter(d => isSuppressible(d.code)).map(diagnostic => {
        const line = diagnostic.range.start.line;
        const indent = /^\s*/.exec(lineText(document, line))![0];
        const comment = `${indent}// ${IGNORE_LINE} ${diagnostic.code}: `;
        const at = { start: { line, character: 0 }, end: { line, character: 0 } };
        const edit: TextEdit | SnippetTextEdit = snippets
            ? { range: at, snippet: { kind: 'snippet', value: `${comment}\${1:why this is accepted}\n` } }
            : { range: at, newText: `${comment}\n` };
        return {
            title: t('Ignore this problem here ({0})', String(diagnostic.code)),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri.toString(), version: document.textDocument.version }, [edit])] },
        };
    });
}

function lineText(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
}

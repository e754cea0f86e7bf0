// What every quick fix gets and gives: the problem it repairs, and edits of the
// file (or, for a missing import, a new file). A fix is `safe` when it has exactly
// one meaning and changes nothing the writer meant: only those run in "Fix all".
import type { LangiumDocument } from 'langium';
import {
    CodeActionKind, CreateFile, TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { JourneyServices } from '../journey-module.js';

export interface FixRequest {
    document: LangiumDocument;
    diagnostic: Diagnostic;
    services: JourneyServices;
}

export interface QuickFix {
    title: string;
    edits: TextEdit[];
    /** A new file to create first (with its text), for a missing import. */
    createFile?: { uri: string; text: string };
    preferred?: boolean;
    safe?: boolean;
}

/** The fixes for one problem; an empty list when the right fix is the writer's call. */
export type FixProvider = (request: FixRequest) => QuickFix[] | Promise<QuickFix[]>;

export function toCodeAction(fix: QuickFix, request: FixRequest): CodeAction {
    const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [request.diagnostic],
        edit: workspaceEdit(request.document.textDocument.uri, fix),
    };
    if (fix.preferred) action.isPreferred = true;
    return action;
}

const START = { line: 0, character: 0 };

function workspaceEdit(uri: string, fix: QuickFix): WorkspaceEdit {
    if (!fix.createFile) return { changes: { [uri]: fix.edits } };
    const { uri: created, text } = fix.createFile;
    const documentChanges: WorkspaceEdit['documentChanges'] = [
        CreateFile.create(created, { ignoreIfExists: true }),
        TextDocumentEdit.create({ uri: created, version: null }, [{ range: { start: START, end: START }, newText: text }]),
    ];
    if (fix.edits.length > 0) documentChanges.push(TextDocumentEdit.create({ uri, version: null }, fix.edits));
    return { documentChanges };
}

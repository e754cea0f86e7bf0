// Quick fixes offered in the editor for the problems under the cursor.
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import { suppressionActions } from './suppression-code-actions.js';

export class JourneyCodeActionProvider implements CodeActionProvider {
    private snippets = false;

    constructor(services: LangiumServices) {
        // Placeholders in edits are an LSP 3.18 client capability (VS Code has it).
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return suppressionActions(document, params.context.diagnostics, this.snippets);
    }
}

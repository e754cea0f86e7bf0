// Langium announces code actions as a yes/no; we also name their kinds, so an
// editor can offer "Fix all" (`source.fixAll`) on save and in its menus.
import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CODE_ACTION_KINDS } from './journey-code-actions.js';

export class JourneyLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        if (result.capabilities.codeActionProvider) result.capabilities.codeActionProvider = { codeActionKinds: CODE_ACTION_KINDS };
        return result;
    }
}

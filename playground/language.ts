// The journey language in Monaco: highlighting (generated from the TextMate grammar),
// brackets and comments (the extension's language-configuration.json), and completion,
// hover and formatting answered by the language server.
import type { CompletionItem, CompletionList, FormattingOptions, Hover, ServerCapabilities, TextEdit } from 'vscode-languageserver-protocol';
import grammar from '../syntaxes/journey.tmLanguage.json';
import configuration from '../language-configuration.json';
import type { LspClient } from './lsp-client.js';
import { toCompletion, toHover, toPosition, toTextEdit } from './lsp-convert.js';
import { monarchFromTextMate, type TextMateGrammar } from './monarch.js';
import { monaco } from './monaco.js';

export const LANGUAGE_ID = 'journey';

/** Highlighting, brackets and comments: needs no server, so the text shows highlighted at once. */
export function registerJourneySyntax(): void {
    const { languages } = monaco;
    languages.register({ id: LANGUAGE_ID, extensions: ['.journey'], aliases: ['Journey'] });
    languages.setMonarchTokensProvider(LANGUAGE_ID, monarchFromTextMate(grammar as TextMateGrammar));
    languages.setLanguageConfiguration(LANGUAGE_ID, {
        comments: { lineComment: configuration.comments.lineComment, blockComment: configuration.comments.blockComment as [string, string] },
        brackets: configuration.brackets as [string, string][],
        autoClosingPairs: configuration.autoClosingPairs,
        surroundingPairs: configuration.surroundingPairs.map(([open, close]) => ({ open, close })),
        indentationRules: {
            increaseIndentPattern: new RegExp(configuration.indentationRules.increaseIndentPattern),
            decreaseIndentPattern: new RegExp(configuration.indentationRules.decreaseIndentPattern),
        },
        wordPattern: new RegExp(configuration.wordPattern),
    });
}

export function registerJourneyServices(client: LspClient, capabilities: ServerCapabilities): void {
    const { languages } = monaco;
    const document = (model: monaco.editor.ITextModel) => ({ uri: model.uri.toString() });

    languages.registerCompletionItemProvider(LANGUAGE_ID, {
        triggerCharacters: capabilities.completionProvider?.triggerCharacters,
        async provideCompletionItems(model, position) {
            const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion',
                { textDocument: document(model), position: toPosition(position) });
            const items = Array.isArray(result) ? result : result?.items ?? [];
            const word = model.getWordUntilPosition(position);
            const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: word.startColumn, endColumn: word.endColumn };
            return { suggestions: items.map(item => toCompletion(monaco, item, range)), incomplete: !Array.isArray(result) && result?.isIncomplete };
        },
    });
    languages.registerHoverProvider(LANGUAGE_ID, {
        async provideHover(model, position) {
            const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: document(model), position: toPosition(position) });
            return hover ? toHover(hover) : null;
        },
    });
    languages.registerDocumentFormattingEditProvider(LANGUAGE_ID, {
        async provideDocumentFormattingEdits(model, options) {
            const formatting: FormattingOptions = { tabSize: options.tabSize, insertSpaces: options.insertSpaces };
            const edits = await client.request<TextEdit[] | null>('textDocument/formatting', { textDocument: document(model), options: formatting });
            return (edits ?? []).map(toTextEdit);
        },
    });
}

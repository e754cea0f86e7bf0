// LSP values ↔ Monaco values. LSP counts lines and characters from 0, Monaco from 1.
import type {
    CompletionItem, Diagnostic, Hover, MarkedString, MarkupContent, Position, Range, TextEdit,
} from 'vscode-languageserver-protocol';
import { monaco } from './monaco.js';

type M = typeof monaco;

export function toPosition(position: monaco.IPosition): Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

export function toMonacoRange(range: Range): monaco.IRange {
    return {
        startLineNumber: range.start.line + 1, startColumn: range.start.character + 1,
        endLineNumber: range.end.line + 1, endColumn: range.end.character + 1,
    };
}

export function toLspRange(range: monaco.IRange): Range {
    return {
        start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
        end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
    };
}

export function toMarker(m: M, diagnostic: Diagnostic): monaco.editor.IMarkerData {
    const severities = [m.MarkerSeverity.Error, m.MarkerSeverity.Error, m.MarkerSeverity.Warning, m.MarkerSeverity.Info, m.MarkerSeverity.Hint];
    const code = typeof diagnostic.code === 'object' ? undefined : diagnostic.code;
    return {
        ...toMonacoRange(diagnostic.range),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        severity: severities[diagnostic.severity ?? 1],
        source: diagnostic.source,
        code: code === undefined ? undefined : String(code),
        tags: diagnostic.tags?.map(tag => (tag === 1 ? m.MarkerTag.Unnecessary : m.MarkerTag.Deprecated)),
    };
}

export function toTextEdit(edit: TextEdit): monaco.languages.TextEdit {
    return { range: toMonacoRange(edit.range), text: edit.newText };
}

/** LSP completion kinds (1 = Text … 25 = TypeParameter) by the name Monaco gives them. */
const KIND_NAMES = ['Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module',
    'Property', 'Unit', 'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember',
    'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'] as const;

export function toCompletion(m: M, item: CompletionItem, wordRange: monaco.IRange): monaco.languages.CompletionItem {
    const edit = item.textEdit;
    const range = !edit ? wordRange
        : 'range' in edit ? toMonacoRange(edit.range)
            : { insert: toMonacoRange(edit.insert), replace: toMonacoRange(edit.replace) };
    const kindName = KIND_NAMES[(item.kind ?? 1) - 1] ?? 'Text';
    return {
        label: item.label,
        kind: m.languages.CompletionItemKind[kindName],
        detail: item.detail,
        documentation: item.documentation === undefined ? undefined : toMarkdown(item.documentation),
        sortText: item.sortText,
        filterText: item.filterText,
        insertText: edit?.newText ?? item.insertText ?? item.label,
        insertTextRules: item.insertTextFormat === 2 ? m.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        range,
        additionalTextEdits: item.additionalTextEdits?.map(toTextEdit),
    };
}

export function toMarkdown(content: string | MarkupContent | MarkedString): monaco.IMarkdownString {
    if (typeof content === 'string') return { value: content };
    if ('kind' in content) return { value: content.kind === 'plaintext' ? escapeMarkdown(content.value) : content.value };
    return { value: `\`\`\`${content.language}\n${content.value}\n\`\`\`` };
}

export function toHover(hover: Hover): monaco.languages.Hover {
    const contents = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    return { contents: contents.map(toMarkdown), range: hover.range && toMonacoRange(hover.range) };
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

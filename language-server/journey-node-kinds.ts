// One kind per element, the same in every view: the outline and workspace symbols, completion
// items and semantic tokens. Standard LSP kinds, so any client (VS Code, Neovim) has an icon and
// a colour for each; chosen so that default themes tell persona, phase, touchpoint… apart.
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SemanticTokenTypes, SymbolKind } from 'vscode-languageserver';

export interface ElementKind { symbol: SymbolKind; completion: CompletionItemKind; token: SemanticTokenTypes }

const KINDS: Record<string, ElementKind> = {
    Journey: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module, token: SemanticTokenTypes.namespace },
    Persona: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class, token: SemanticTokenTypes.class },
    Department: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct, token: SemanticTokenTypes.struct },
    Channel: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface, token: SemanticTokenTypes.interface },
    Phase: { symbol: SymbolKind.EnumMember, completion: CompletionItemKind.EnumMember, token: SemanticTokenTypes.enumMember },
    Touchpoint: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event, token: SemanticTokenTypes.event },
    Improvement: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function, token: SemanticTokenTypes.function },
    Metric: { symbol: SymbolKind.Property, completion: CompletionItemKind.Property, token: SemanticTokenTypes.property },
};

/** The kind of an element type (`Phase`, `Persona`…), or undefined for what is no element. */
export function elementKind(type: string): ElementKind | undefined {
    return KINDS[type];
}

export class JourneyNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return elementKind(typeOf(node))?.symbol ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return elementKind(typeOf(node))?.completion ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}

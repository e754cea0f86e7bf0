// Semantic highlighting: every id is coloured as what it names (persona, phase, channel…), the
// place that defines it marked `declaration`, the places that use it not. The kinds' token types
// are in journey-node-kinds.ts; package.json maps them to TextMate scopes for themes without
// semantic colours.
import { AstUtils, isReference, type AstNode, type AstReflection } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers } from 'vscode-languageserver';
import { elementKind } from './journey-node-kinds.js';

export class JourneySemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = elementKind(node.$type);
        if (declared && 'name' in node && node.name) {
            acceptor({ node, property: 'name', type: declared.token, modifier: SemanticTokenModifiers.declaration });
        }
        for (const refInfo of AstUtils.streamReferences(node)) {
            const reference = refInfo.reference;
            if (!isReference(reference) || !reference.$refNode) continue;
            // A reference that names nothing yet still reads as the kind it asks for (`in` → a phase).
            const kind = elementKind(reference.ref?.$type ?? this.reflection.getReferenceType(refInfo));
            if (kind) acceptor({ cst: reference.$refNode, type: kind.token });
        }
    }
}

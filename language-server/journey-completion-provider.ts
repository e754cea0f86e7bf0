// Completion adds, next to Langium's keywords and references, whole standard
// phase models where a phase can start, and a journey skeleton per map kind.
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext } from 'langium/lsp';
import type { GrammarAST } from 'langium';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver';
import { PHASE_MODELS, phaseLines } from './phase-models.js';

const KINDS: Array<[kind: string, title: string, model: string]> = [
    ['current', 'current state', '5'], ['future', 'future state', '5'],
    ['day', 'day in the life', 'day'], ['blueprint', 'service blueprint', '3'],
];

export class JourneyCompletionProvider extends DefaultCompletionProvider {
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        super.completionForKeyword(context, keyword, acceptor);
        if (keyword.value === 'phase') this.offerPhaseModels(context, acceptor);
        if (keyword.value === 'journey') this.offerJourneySkeletons(context, acceptor);
    }

    private offerPhaseModels(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const model of PHASE_MODELS) {
            acceptor(context, {
                label: `phases: ${model.title}`,
                kind: CompletionItemKind.Snippet,
                detail: `Standard phase model: ${model.phases.map(p => p.label).join(' → ')}`,
                insertText: escapeSnippet(phaseLines(model).join('\n')),
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation,
                filterText: `phase ${model.title}`,
                sortText: '2',
            });
        }
    }

    private offerJourneySkeletons(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const [kind, title, modelKey] of KINDS) {
            const model = PHASE_MODELS.find(m => m.key === modelKey)!;
            const body = [
                `kind ${kind}`, 'goal "${2:Why this journey is mapped}"',
                ...(kind === 'future' ? ['improves ${3:current_journey}'] : []),
                'persona ${4:customer} "${5:Customer}"',
                ...phaseLines(model).map(escapeSnippet),
            ];
            acceptor(context, {
                label: `journey: ${title}`,
                kind: CompletionItemKind.Snippet,
                detail: `A ${title} journey with the ${model.title}`,
                insertText: `journey \${1:my_journey} "\${6:Title}" {\n${body.map(line => indent(line)).join('\n')}\n}`,
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation,
                filterText: `journey ${title}`,
                sortText: '2',
            });
        }
    }
}

function indent(text: string): string {
    return text.split('\n').map(line => `    ${line}`).join('\n');
}

function escapeSnippet(text: string): string {
    return text.replace(/[$\\]/g, ch => `\\${ch}`);
}

// Completion adds, next to Langium's keywords and references, whole standard
// phase models where a phase can start, and a journey skeleton per map kind. In
// a list (`via website, `) it offers only what the list does not name yet.
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext } from 'langium/lsp';
import { AstUtils, isReference, type AstNodeDescription, type GrammarAST, type Reference, type ReferenceInfo, type Stream } from 'langium';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver';
import { isJourney } from './generated/ast.js';
import { phasesOf } from './journey-queries.js';
import { t } from './l10n.js';
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
        if (keyword.value === 'touchpoint') this.offerTouchpointSkeletons(context, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const named = namedElsewhereInList(refInfo, context.offset);
        return named.size === 0 ? candidates : candidates.filter(candidate => !named.has(candidate.name));
    }

    private offerPhaseModels(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const model of PHASE_MODELS) {
            acceptor(context, {
                label: `phases: ${model.title}`,
                kind: CompletionItemKind.Snippet,
                detail: t('Standard phase model: {0}', model.phases.map(p => p.label).join(' → ')),
                insertText: escapeSnippet(phaseLines(model).join('\n')),
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation,
                filterText: `phase ${model.title}`,
                sortText: '2',
            });
        }
    }

    /** A touchpoint in a phase, and one on the boundary after a phase; the journey's phases to choose from. */
    private offerTouchpointSkeletons(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const journey = context.node && AstUtils.getContainerOfType(context.node, isJourney);
        const phases = journey ? phasesOf(journey).map(p => p.name).filter(Boolean) : [];
        const phase = phases.length > 0 ? `\${3|${phases.join(',')}|}` : '${3:phase}';
        const places: Array<[string, string, string]> = [
            ['in', 'in a phase', t('A touchpoint inside one phase')],
            ['after', 'after a phase', t('A touchpoint that moves the customer out of a phase, on to the next one')],
        ];
        for (const [keyword, title, detail] of places) {
            acceptor(context, {
                label: `touchpoint: ${title}`,
                kind: CompletionItemKind.Snippet,
                detail,
                insertText: `touchpoint \${1:id} "\${2:What the customer meets}" {\n    ${keyword} ${phase}\n    via \${4:channel}\n}`,
                insertTextFormat: InsertTextFormat.Snippet,
                insertTextMode: InsertTextMode.adjustIndentation,
                filterText: `touchpoint ${title}`,
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

/** The names a list (`via a, b`, `for a, b`) already holds, except the one at the cursor. */
function namedElsewhereInList(refInfo: ReferenceInfo, offset: number): Set<string> {
    const value = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
    if (!Array.isArray(value)) return new Set();
    const atCursor = (ref: Reference) => ref.$refNode !== undefined && ref.$refNode.offset <= offset && offset <= ref.$refNode.end;
    return new Set(value.filter(isReference).filter(ref => ref.$refText && !atCursor(ref)).map(ref => ref.$refText));
}

function indent(text: string): string {
    return text.split('\n').map(line => `    ${line}`).join('\n');
}

function escapeSnippet(text: string): string {
    return text.replace(/[$\\]/g, ch => `\\${ch}`);
}

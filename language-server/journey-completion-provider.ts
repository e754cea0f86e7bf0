// Completion adds, next to Langium's keywords and references, whole standard
// phase models where a phase can start, and a journey skeleton per map kind. In
// a list (`via website, `) it offers only what the list does not name yet. Where
// a new id is typed it offers no keywords; after `score`/`emotion` the values with
// their meaning; a reference shows the element's label and description; phases
// come in the order that fits the placement being written.
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type LangiumServices, type NextFeature } from 'langium/lsp';
import {
    AstUtils, GrammarAST, isReference, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumDocuments,
    type Reference, type ReferenceInfo, type Stream,
} from 'langium';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver';
import { isDescriptionSetting, isJourney, isPersona, isPersonaText } from './generated/ast.js';
import { declaredKind, idFromLabel, labelAfter } from './completion-new-id.js';
import { phaseRanks } from './completion-phase-order.js';
import { elementKind } from './journey-node-kinds.js';
import { phasesOf } from './journey-queries.js';
import { t } from './l10n.js';
import { PHASE_MODELS, phaseLines } from './phase-models.js';
import { emotionScale, scoreScale } from './scale-words.js';

const KINDS: Array<[kind: string, title: string, model: string]> = [
    ['current', 'current state', '5'], ['future', 'future state', '5'],
    ['day', 'day in the life', 'day'], ['blueprint', 'service blueprint', '3'],
];

export class JourneyCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    /** Phase ranks per reference being completed, from getReferenceCandidates to the items. */
    private readonly ranks = new WeakMap<ReferenceInfo, Map<string, number>>();

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void | Promise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
        // An id may be a word that is a keyword elsewhere: never offer those words as ids.
        if (rule === 'Name') return GrammarAST.isRuleCall(next.feature) ? this.offerNewId(context, acceptor) : undefined;
        if (rule === 'Signed' && GrammarAST.isRuleCall(next.feature)) return this.offerScaleValues(context, acceptor);
        return super.completionFor(context, next, acceptor);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = (description.node ?? this.loadNode(description)) as (AstNode & { label?: string }) | undefined;
        const text = node && descriptionOf(node);
        const rank = this.ranks.get(refInfo)?.get(description.name);
        return {
            ...item,
            detail: node?.label ?? description.name,
            documentation: text ? { kind: 'plaintext', value: text } : undefined,
            // After the values of a scale (`emotion |`), in the order that fits when there is one.
            sortText: `1${String(rank ?? 0).padStart(4, '0')}`,
        };
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        super.completionForKeyword(context, keyword, acceptor);
        if (keyword.value === 'phase') this.offerPhaseModels(context, acceptor);
        if (keyword.value === 'journey') this.offerJourneySkeletons(context, acceptor);
        if (keyword.value === 'touchpoint') this.offerTouchpointSkeletons(context, acceptor);
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        let candidates = super.getReferenceCandidates(refInfo, context);
        const named = namedElsewhereInList(refInfo, context.offset);
        if (named.size > 0) candidates = candidates.filter(candidate => !named.has(candidate.name));
        const ranks = this.astReflection.getReferenceType(refInfo) === 'Phase'
            ? phaseRanks(context.node, linePrefix(context), context.tokenOffset) : undefined;
        if (!ranks) return candidates;
        this.ranks.set(refInfo, ranks);
        return candidates.filter(candidate => ranks.has(candidate.name));
    }

    /** After `phase `, `touchpoint `…: an id made from the label on the line, or nothing. */
    private offerNewId(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const text = context.textDocument.getText();
        const kind = declaredKind(text, context.tokenOffset);
        const label = kind && labelAfter(text, context.tokenOffset);
        const id = label && idFromLabel(label, context.document.parseResult.value);
        if (!id) return;
        acceptor(context, {
            label: id,
            kind: elementKind(kind)?.completion,
            detail: t('An id made from the label "{0}"', label),
            sortText: '0',
        });
    }

    /** After `score ` and `emotion `: the scale, each value with what it means. */
    private offerScaleValues(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const prefix = linePrefix(context);
        const setting = /\b(score|emotion)\b[^"]*$/.exec(prefix)?.[1];
        // After a typed sign the value is completed from the sign on (the context before this one).
        if (!setting || /[-+]\s*$/.test(prefix)) return;
        const scale = setting === 'score' ? scoreScale() : emotionScale();
        scale.forEach((value, i) => acceptor(context, {
            label: value.text,
            kind: CompletionItemKind.Value,
            detail: value.meaning,
            sortText: `0${i}`,
        }));
    }

    private loadNode(description: AstNodeDescription): AstNode | undefined {
        const document = this.documents.getDocument(description.documentUri);
        return document && this.locator.getAstNode(document.parseResult.value, description.path);
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

/** The line's text before the token being completed. */
function linePrefix(context: CompletionContext): string {
    const text = context.textDocument.getText();
    return text.slice(text.lastIndexOf('\n', context.tokenOffset - 1) + 1, context.tokenOffset);
}

/** What the file says about an element: its `description` line. */
function descriptionOf(node: AstNode): string | undefined {
    if (isPersona(node)) return node.facts.filter(isPersonaText).find(fact => fact.attribute === 'description')?.text;
    const members = (node as { members?: readonly AstNode[] }).members ?? [];
    return members.find(isDescriptionSetting)?.text;
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

// Hover: a summary of what a name stands for, in journey terms, and what a keyword means.
import { AstNodeHoverProvider } from 'langium/lsp';
import type { AstNode, GrammarAST } from 'langium';
import type { Hover } from 'vscode-languageserver';
import {
    isBetweenPhases, isChannel, isDepartment, isImprovement, isInPhase, isJourney, isPersona, isPersonaText, isAgeFact, isPhase, isTouchpoint,
    type Phase, type Touchpoint,
} from './generated/ast.js';
import {
    displayName, emotionsOf, isCriticalTouchpoint, journeyKind, nextPhase, ownerOf, phasesOf, placementOf, scoreOf,
    SCORE_MAX, touchpointChannels,
} from './journey-queries.js';
import { KEYWORD_DOCS } from './keyword-docs.js';
import { t } from './l10n.js';

export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, ch => `\\${ch}`);
}

const title = (type: string, node: { name: string; label?: string }) =>
    `**${type}** ${escapeMarkdown(displayName(node))} \`${node.name}\``;

export class JourneyHoverProvider extends AstNodeHoverProvider {
    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        if (isTouchpoint(node)) return describeTouchpoint(node);
        if (isPhase(node)) return describePhase(node);
        if (isPersona(node)) {
            const facts = node.facts.map(f => isAgeFact(f) ? t('age {0}', `${f.from}${f.to !== undefined ? `–${f.to}` : ''}`)
                : isPersonaText(f) ? `${f.attribute}: ${escapeMarkdown(f.text)}` : '');
            return [title(t('Persona'), node), ...facts].join('  \n');
        }
        if (isChannel(node)) return `${title(t('Channel'), node)}${node.mode ? ` — ${node.mode}` : ''}`;
        if (isDepartment(node)) return title(t('Department'), node);
        if (isImprovement(node)) return title(t('Improvement'), node);
        if (isJourney(node)) return `${title(t('Journey'), node)} — ${t('{0} state, {1} phases', journeyKind(node), phasesOf(node).length)}`;
        return undefined;
    }

    protected override getKeywordHoverContent(keyword: GrammarAST.Keyword): Hover | undefined {
        const doc = KEYWORD_DOCS[keyword.value];
        return doc ? { contents: { kind: 'markdown', value: `**${keyword.value}** — ${doc}` } } : undefined;
    }
}

function describePhase(phase: Phase): string {
    const position = phasesOf(phase.$container).indexOf(phase) + 1;
    const owner = ownerOf(phase);
    const emotions = emotionsOf(phase).map(e => (e.persona ? `${e.persona.$refText} ` : '') + signed(e.value));
    return [
        `${title(t('Phase'), phase)} — ${t('step {0} of {1}', position, phasesOf(phase.$container).length)}`,
        owner ? t('owner: {0}', escapeMarkdown(displayName(owner))) : undefined,
        emotions.length ? t('emotion: {0}', emotions.join(', ')) : undefined,
    ].filter(Boolean).join('  \n');
}

function describeTouchpoint(touchpoint: Touchpoint): string {
    const channels = touchpointChannels(touchpoint), owner = ownerOf(touchpoint), score = scoreOf(touchpoint);
    return [
        `${title(t('Touchpoint'), touchpoint)}${isCriticalTouchpoint(touchpoint) ? ` — ${t('**critical** (moment of truth)')}` : ''}`,
        placementText(touchpoint),
        channels.length ? `via ${channels.map(c => `${escapeMarkdown(displayName(c))}${c.mode ? ` (${c.mode})` : ''}`).join(', ')}` : undefined,
        owner ? t('owner: {0}', escapeMarkdown(displayName(owner))) : undefined,
        score !== undefined ? t('score: {0}/{1}', score, SCORE_MAX) : undefined,
    ].filter(Boolean).join('  \n');
}

/** Where a touchpoint sits; for `after`, where it takes the customer. */
function placementText(touchpoint: Touchpoint): string {
    const placement = placementOf(touchpoint);
    if (!placement) return t('not placed yet');
    if (isBetweenPhases(placement)) return `between ${placement.from?.$refText} and ${placement.to?.$refText}`;
    if (isInPhase(placement)) return `in ${placement.phase?.$refText}`;
    const phase = placement.phase?.ref;
    if (!phase) return `after ${placement.phase?.$refText}`;
    const next = nextPhase(phase);
    const onward = next ? t('moves the customer on to {0}', escapeMarkdown(displayName(next))) : t('at the end of the map');
    return `after ${escapeMarkdown(displayName(phase))}: ${onward}`;
}

function signed(value: number): string {
    return value > 0 ? `+${value}` : String(value);
}

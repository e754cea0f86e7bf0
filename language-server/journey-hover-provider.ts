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
            const facts = node.facts.map(f => isAgeFact(f) ? `age ${f.from}${f.to !== undefined ? `–${f.to}` : ''}`
                : isPersonaText(f) ? `${f.attribute}: ${escapeMarkdown(f.text)}` : '');
            return [title('Persona', node), ...facts].join('  \n');
        }
        if (isChannel(node)) return `${title('Channel', node)}${node.mode ? ` — ${node.mode}` : ''}`;
        if (isDepartment(node)) return title('Department', node);
        if (isImprovement(node)) return title('Improvement', node);
        if (isJourney(node)) return `${title('Journey', node)} — ${journeyKind(node)} state, ${phasesOf(node).length} phases`;
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
        `${title('Phase', phase)} — step ${position} of ${phasesOf(phase.$container).length}`,
        owner ? `owner: ${escapeMarkdown(displayName(owner))}` : undefined,
        emotions.length ? `emotion: ${emotions.join(', ')}` : undefined,
    ].filter(Boolean).join('  \n');
}

function describeTouchpoint(touchpoint: Touchpoint): string {
    const channels = touchpointChannels(touchpoint), owner = ownerOf(touchpoint), score = scoreOf(touchpoint);
    return [
        `${title('Touchpoint', touchpoint)}${isCriticalTouchpoint(touchpoint) ? ' — **critical** (moment of truth)' : ''}`,
        placementText(touchpoint),
        channels.length ? `via ${channels.map(c => `${escapeMarkdown(displayName(c))}${c.mode ? ` (${c.mode})` : ''}`).join(', ')}` : undefined,
        owner ? `owner: ${escapeMarkdown(displayName(owner))}` : undefined,
        score !== undefined ? `score: ${score}/${SCORE_MAX}` : undefined,
    ].filter(Boolean).join('  \n');
}

/** Where a touchpoint sits; for `after`, where it takes the customer. */
function placementText(touchpoint: Touchpoint): string {
    const placement = placementOf(touchpoint);
    if (!placement) return 'not placed yet';
    if (isBetweenPhases(placement)) return `between ${placement.from?.$refText} and ${placement.to?.$refText}`;
    if (isInPhase(placement)) return `in ${placement.phase?.$refText}`;
    const phase = placement.phase?.ref;
    if (!phase) return `after ${placement.phase?.$refText}`;
    const next = nextPhase(phase);
    const onward = next ? `moves the customer on to ${escapeMarkdown(displayName(next))}` : 'at the end of the map';
    return `after ${escapeMarkdown(displayName(phase))}: ${onward}`;
}

function signed(value: number): string {
    return value > 0 ? `+${value}` : String(value);
}

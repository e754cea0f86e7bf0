// Which phases fit a placement being written, best first. `between a and |`: only the phases
// after `a`, the next one first. `in |`, `after |`, `between |`: every phase, starting with the
// one the touchpoint written before this one sits in (touchpoints are mostly written in order).
import { AstUtils, type AstNode } from 'langium';
import { isBetweenPhases, isJourney, isTouchpoint, type Journey, type Phase } from './generated/ast.js';
import { phasesOf, placementOf } from './journey-queries.js';

const BETWEEN_AND = /\bbetween\s+([\w-]+)\s+and\s+$/;

/** Phase ids by rank (0 first); a phase left out does not fit here. Undefined when no phase is asked for. */
export function phaseRanks(node: AstNode | undefined, linePrefix: string, offset: number): Map<string, number> | undefined {
    const journey = node && AstUtils.getContainerOfType(node, isJourney);
    if (!journey) return undefined;
    const phases = phasesOf(journey).filter(phase => phase.name);
    const from = BETWEEN_AND.exec(linePrefix)?.[1];
    if (from !== undefined) {
        const start = phases.findIndex(phase => phase.name === from);
        return new Map(phases.slice(start + 1).map((phase, i) => [phase.name, i]));
    }
    const first = phaseBefore(journey, offset);
    const ranked = first ? [first, ...phases.filter(phase => phase !== first)] : phases;
    return new Map(ranked.map((phase, i) => [phase.name, i]));
}

/** The phase of the last placed touchpoint that ends before `offset`. */
function phaseBefore(journey: Journey, offset: number): Phase | undefined {
    const before = journey.members.filter(isTouchpoint).filter(t => t.$cstNode && t.$cstNode.end < offset);
    for (const touchpoint of before.reverse()) {
        const placement = placementOf(touchpoint);
        const phase = placement && (isBetweenPhases(placement) ? placement.from?.ref : placement.phase?.ref);
        if (phase) return phase;
    }
    return undefined;
}

// Read-only questions about a journey's AST, shared by validation, completion,
// hover and (later) the diagram model. Facts are lines (member nodes), so each
// question finds the first line of its kind.
import type { AstNode } from 'langium';
import {
    isAfterPhase, isBetweenPhases, isChannel, isChannelSetting, isCriticalMark, isDepartment, isEmotionSetting, isFollowsSetting,
    isImprovement, isImprovesSetting, isInPhase, isKindSetting, isOwnerSetting, isPersona, isPhase, isScoreSetting,
    isTouchpoint,
    type AfterPhase, type BetweenPhases, type Channel, type ImprovesSetting, type Department, type EmotionSetting, type Improvement, type InPhase,
    type Journey, type Persona, type Phase, type Touchpoint,
} from './generated/ast.js';

/** The emotion scale: -3 (very negative) … 0 (neutral) … +3 (very positive). */
export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;
/** How well the company does at a touchpoint today: 1 (badly) … 5 (optimally). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** A score at or below this is bad: on a critical touchpoint it is a moment of truth going wrong. */
export const BAD_SCORE = 2;

type Guard<T extends AstNode> = (node: unknown) => node is T;

export function firstOf<T extends AstNode>(members: readonly AstNode[], guard: Guard<T>): T | undefined {
    return members.find(guard) as T | undefined;
}

export function allOf<T extends AstNode>(members: readonly AstNode[], guard: Guard<T>): T[] {
    return members.filter(guard) as T[];
}

export const phasesOf = (journey: Journey): Phase[] => allOf(journey.members, isPhase);
export const touchpointsOf = (journey: Journey): Touchpoint[] => allOf(journey.members, isTouchpoint);
export const personasOf = (journey: Journey): Persona[] => allOf(journey.members, isPersona);
export const channelsOf = (journey: Journey): Channel[] => allOf(journey.members, isChannel);
export const departmentsOf = (journey: Journey): Department[] => allOf(journey.members, isDepartment);
export const improvementsOf = (journey: Journey): Improvement[] => allOf(journey.members, isImprovement);

export function journeyKind(journey: Journey): string {
    return firstOf(journey.members, isKindSetting)?.kind ?? 'current';
}

// Scoping asks for every persona, department and channel reference: remember each journey's
// `improves` line instead of scanning its members again (a new parse makes new nodes).
const improvesLines = new WeakMap<Journey, ImprovesSetting | undefined>();

export function improvedJourney(journey: Journey): Journey | undefined {
    if (!improvesLines.has(journey)) improvesLines.set(journey, firstOf(journey.members, isImprovesSetting));
    return improvesLines.get(journey)?.journey?.ref;
}

/**
 * The personas a journey follows: those defined in it and those named by `follows`; a future
 * state also follows the personas of the journey it improves (not further: that one's own).
 */
export function followedPersonas(journey: Journey, withImproved = true): Persona[] {
    const followed = allOf(journey.members, isFollowsSetting)
        .flatMap(line => line.personas.map(ref => ref.ref))
        .filter((persona): persona is Persona => persona !== undefined);
    const improved = withImproved ? improvedJourney(journey) : undefined;
    const inherited = improved && improved !== journey ? followedPersonas(improved, false) : [];
    return [...new Set([...personasOf(journey), ...followed, ...inherited])];
}

export type PlacementLine = InPhase | AfterPhase | BetweenPhases;
export const isPlacementLine = (node: unknown): node is PlacementLine => isInPhase(node) || isAfterPhase(node) || isBetweenPhases(node);

export function placementOf(touchpoint: Touchpoint): PlacementLine | undefined {
    return firstOf(touchpoint.members, isPlacementLine);
}

export function ownerOf(node: Phase | Touchpoint | Improvement): Department | undefined {
    return firstOf(node.members, isOwnerSetting)?.department?.ref;
}

/** Every channel of a touchpoint (`via website, store`), over all its `via` lines, each once. */
export function touchpointChannels(touchpoint: Touchpoint): Channel[] {
    const channels = allOf(touchpoint.members, isChannelSetting).flatMap(line => line.channels.map(ref => ref.ref));
    return [...new Set(channels.filter((channel): channel is Channel => channel !== undefined))];
}

export function scoreOf(touchpoint: Touchpoint): number | undefined {
    return firstOf(touchpoint.members, isScoreSetting)?.value;
}

export function isCriticalTouchpoint(touchpoint: Touchpoint): boolean {
    return touchpoint.members.some(isCriticalMark);
}

export function emotionsOf(node: Phase | Touchpoint): EmotionSetting[] {
    return allOf(node.members, isEmotionSetting);
}

/** The phases a touchpoint touches: its phase, or both phases of the boundary it sits on (`after`, `between`). */
export function phasesTouchedBy(touchpoint: Touchpoint): Phase[] {
    const placement = placementOf(touchpoint);
    if (!placement) return [];
    const phases = isBetweenPhases(placement) ? [placement.from?.ref, placement.to?.ref]
        : isAfterPhase(placement) ? [placement.phase?.ref, placement.phase?.ref && nextPhase(placement.phase.ref)]
            : [placement.phase?.ref];
    return phases.filter((phase): phase is Phase => phase !== undefined);
}

/** The phase after this one in its journey, if any. */
export function nextPhase(phase: Phase): Phase | undefined {
    const { phases, positions } = phaseOrder(phase.$container);
    const position = positions.get(phase);
    return position === undefined ? undefined : phases[position + 1];
}

/** True when `between a and b` names two phases that follow each other: then it means `after a`. */
export function isConsecutiveBetween(between: BetweenPhases): boolean {
    const from = between.from?.ref, to = between.to?.ref;
    if (!from || !to) return false;
    const journey = between.$container.$container;
    const a = phasePosition(journey, from);
    return a >= 0 && phasePosition(journey, to) === a + 1;
}

/** The name a person reads: the quoted label, or the id when there is none. */
export function displayName(node: { name: string; label?: string }): string {
    return node.label ?? node.name ?? '(no id yet)';
}

// The order depends only on the journey's lines, and a new text is a new AST: computed once per journey,
// so that asking per touchpoint (`after`, `between`) stays linear in the journey's size.
interface PhaseOrder { phases: Phase[]; positions: Map<Phase, number> }
const phaseOrders = new WeakMap<Journey, PhaseOrder>();

function phaseOrder(journey: Journey): PhaseOrder {
    let order = phaseOrders.get(journey);
    if (!order) {
        const phases = phasesOf(journey);
        phaseOrders.set(journey, order = { phases, positions: new Map(phases.map((p, i) => [p, i])) });
    }
    return order;
}

/** The 0-based position of a phase in a journey, or -1 when it is not one of its phases. */
export function phasePosition(journey: Journey, phase: Phase): number {
    return phaseOrder(journey).positions.get(phase) ?? -1;
}

// The one place that knows both the AST and the diagram model.
import type { AstNode } from 'langium';
import type {
    ChannelInfo, DepartmentInfo, DiagramModel, Emotion, Evidence, ImprovementInfo, JourneyKind, LaneKind, MetricValue,
    PersonaAttribute, PersonaDetail, PersonaInfo, PhaseInfo, Placement, Priority, SourceRange, TouchpointInfo,
} from '../diagram-core/model.js';
import {
    isAddressesSetting, isAgeFact, isDescriptionSetting, isEvaluationSetting, isEvidenceSetting, isForSetting, isGoalSetting,
    isBetweenPhases, isLaneEntry, isMarketSetting, isMetric, isPersonaText, isPhase, isPrioritySetting,
    type Channel, type Department, type Improvement, type Journey, type Persona, type Phase, type Touchpoint,
} from './generated/ast.js';
import {
    displayName, emotionsOf, firstOf, followedPersonas, improvedJourney, improvementsOf, isCriticalTouchpoint,
    journeyKind, ownerOf, phasesOf, placementOf, scoreOf, touchpointChannels, touchpointsOf,
} from './journey-queries.js';

const NO_RANGE: SourceRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const rangeOf = (node: AstNode): SourceRange => node.$cstNode?.range ?? NO_RANGE;

export const elementId = (type: string, name: string) => `${type}:${name}`;

function department(node: Department | undefined): DepartmentInfo | undefined {
    return node && { id: elementId('department', node.name), name: node.name, label: displayName(node) };
}

function emotions(node: Phase | Touchpoint): Emotion[] {
    return emotionsOf(node).filter(e => e.value !== undefined)
        .map(e => ({ persona: e.persona?.$refText, value: e.value }));
}

function metrics(node: Phase | Touchpoint | Improvement): MetricValue[] {
    // A metric line the parser could only half read (no id yet, while typing) is left out, not drawn as nothing.
    return node.members.filter(isMetric).filter(m => m.name !== undefined)
        .map(m => ({ id: m.name, label: m.label ?? m.name, current: m.current, target: m.target }));
}

function description(node: Phase | Touchpoint | Improvement): string | undefined {
    return firstOf(node.members, isDescriptionSetting)?.text;
}

function personaDetails(node: Persona): PersonaDetail[] {
    return node.facts.flatMap((f): PersonaDetail[] => {
        if (isAgeFact(f)) return f.from === undefined ? [] : [{ attribute: 'age', text: `${f.from}${f.to !== undefined ? `–${f.to}` : ''}` }];
        if (!isPersonaText(f) || f.text === undefined) return [];
        return [{ attribute: f.attribute as PersonaAttribute, text: f.text, ...(f.evidence ? { evidence: f.evidence as Evidence } : {}) }];
    });
}

function persona(node: Persona): PersonaInfo {
    return { id: elementId('persona', node.name), name: node.name, label: displayName(node), details: personaDetails(node), range: rangeOf(node) };
}

function channel(node: Channel): ChannelInfo {
    return { name: node.name, label: displayName(node), mode: node.mode as 'digital' | 'physical' | undefined };
}

/** `between a and b` is the boundary after `a`: one placement, so a diff sees no change when either is written. */
function placement(node: Touchpoint): Placement | undefined {
    const line = placementOf(node);
    if (!line) return undefined;
    return isBetweenPhases(line) ? { kind: 'after', phase: line.from?.$refText } : { kind: line.$type === 'InPhase' ? 'in' : 'after', phase: line.phase?.$refText };
}

export function phase(node: Phase): PhaseInfo {
    const entries = node.members.filter(isLaneEntry).map((e, i) => ({
        id: elementId('entry', `${node.name}:${i}`), lane: e.lane as LaneKind, text: e.text ?? '',
        personas: e.personas.map(p => p.$refText), evidence: e.evidence as Evidence | undefined, range: rangeOf(e),
    }));
    return {
        id: elementId('phase', node.name), name: node.name, label: displayName(node), description: description(node),
        owner: department(ownerOf(node)), emotions: emotions(node), entries, metrics: metrics(node), range: rangeOf(node),
    };
}

export function touchpoint(node: Touchpoint): TouchpointInfo {
    return {
        id: elementId('touchpoint', node.name), name: node.name, label: displayName(node),
        placement: placement(node), channels: touchpointChannels(node).map(channel),
        owner: department(ownerOf(node)),
        personas: node.members.filter(isForSetting).flatMap(f => f.personas.map(p => p.$refText)),
        score: scoreOf(node), emotions: emotions(node), critical: isCriticalTouchpoint(node),
        evidence: firstOf(node.members, isEvidenceSetting)?.evidence as Evidence | undefined,
        description: description(node), metrics: metrics(node), range: rangeOf(node),
    };
}

export function improvement(node: Improvement): ImprovementInfo {
    return {
        id: elementId('improvement', node.name), name: node.name, label: displayName(node), owner: department(ownerOf(node)),
        priority: firstOf(node.members, isPrioritySetting)?.priority as Priority | undefined, description: description(node),
        addresses: node.members.filter(isAddressesSetting).flatMap(a => a.targets.flatMap(t => t.ref
            ? [elementId(isPhase(t.ref) ? 'phase' : 'touchpoint', t.ref.name)] : [])),
        metrics: metrics(node), range: rangeOf(node),
    };
}

export function toDiagramModel(journey: Journey): DiagramModel {
    const improves = improvedJourney(journey);
    return {
        id: elementId('journey', journey.name), name: journey.name, title: displayName(journey),
        kind: journeyKind(journey) as JourneyKind,
        market: firstOf(journey.members, isMarketSetting)?.market,
        goal: firstOf(journey.members, isGoalSetting)?.text,
        description: firstOf(journey.members, isDescriptionSetting)?.text,
        evaluation: firstOf(journey.members, isEvaluationSetting)?.text,
        improves: improves ? displayName(improves) : undefined,
        personas: followedPersonas(journey).map(persona),
        phases: phasesOf(journey).map(phase),
        touchpoints: touchpointsOf(journey).map(touchpoint),
        improvements: improvementsOf(journey).map(improvement),
        range: rangeOf(journey),
    };
}

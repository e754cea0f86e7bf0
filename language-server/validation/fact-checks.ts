// Checks on the facts inside phases, personas and improvements: ranges and repeats.
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import {
    isDescriptionSetting, isEmotionSetting, isMetric, isOwnerSetting, isPersonaText, isPrioritySetting, isAgeFact,
    type AgeFact, type EmotionSetting, type Improvement, type JourneyLanguageAstType, type Metric, type Persona, type Phase,
    type Touchpoint,
} from '../generated/ast.js';
import { EMOTION_MAX, EMOTION_MIN, displayName } from '../journey-queries.js';
import { IssueCodes } from './issue-codes.js';
import { isWholeNumberBetween, reportDuplicateIds, reportRepeatedFacts } from './check-utils.js';

const SINGLE_PERSONA_FACTS = new Set(['gender', 'lives', 'income', 'description']);

function describeCommonFact(member: AstNode): string | undefined {
    if (isOwnerSetting(member)) return 'an owner';
    if (isDescriptionSetting(member)) return 'a description';
    if (isPrioritySetting(member)) return 'a priority';
    if (isEmotionSetting(member)) {
        return member.persona ? `an emotion for '${member.persona.$refText}'` : 'an emotion';
    }
    return undefined;
}

function describePersonaFact(member: AstNode): string | undefined {
    if (isAgeFact(member)) return 'an age';
    if (isPersonaText(member) && SINGLE_PERSONA_FACTS.has(member.attribute)) return `a \`${member.attribute}\` line`;
    return undefined;
}

export function checkPhaseFacts(phase: Phase, accept: ValidationAcceptor): void {
    reportRepeatedFacts(`Phase '${displayName(phase)}'`, phase.members, describeCommonFact, accept);
}

export function checkImprovementFacts(improvement: Improvement, accept: ValidationAcceptor): void {
    reportRepeatedFacts(`Improvement '${displayName(improvement)}'`, improvement.members, describeCommonFact, accept);
}

export function checkPersonaFacts(persona: Persona, accept: ValidationAcceptor): void {
    reportRepeatedFacts(`Persona '${displayName(persona)}'`, persona.facts, describePersonaFact, accept);
}

/** Touchpoint emotions: the other touchpoint facts are checked in touchpoint-checks. */
export function checkTouchpointEmotions(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const emotions = touchpoint.members.filter(isEmotionSetting);
    reportRepeatedFacts(`Touchpoint '${displayName(touchpoint)}'`, emotions, describeCommonFact, accept);
}

export function checkMetricIds(node: Phase | Touchpoint | Improvement, accept: ValidationAcceptor): void {
    const metrics = node.members.filter(isMetric) as Metric[];
    reportDuplicateIds(metrics, `by a metric of '${displayName(node)}'`, () => 'metric', accept);
}

export function checkEmotionRange(emotion: EmotionSetting, accept: ValidationAcceptor): void {
    if (emotion.value === undefined || isWholeNumberBetween(emotion.value, EMOTION_MIN, EMOTION_MAX)) return;
    accept('error', `An emotion is a whole number from ${EMOTION_MIN} (very negative) through 0 (neutral) to +${EMOTION_MAX} `
        + `(very positive), not ${emotion.value}.`, { node: emotion, property: 'value', code: IssueCodes.EmotionOutOfRange });
}

export function checkAgeRange(age: AgeFact, accept: ValidationAcceptor): void {
    if (age.from === undefined || age.to === undefined || age.from <= age.to) return;
    accept('error', `The age range ${age.from}-${age.to} runs backwards: write the youngest age first (${age.to}-${age.from}).`,
        { node: age, code: IssueCodes.AgeRangeReversed });
}

export const factChecks: ValidationChecks<JourneyLanguageAstType> = {
    Phase: [checkPhaseFacts, checkMetricIds],
    Touchpoint: [checkTouchpointEmotions, checkMetricIds],
    Improvement: [checkImprovementFacts, checkMetricIds],
    Persona: checkPersonaFacts,
    EmotionSetting: checkEmotionRange,
    AgeFact: checkAgeRange,
};

// Checks on the facts inside phases, personas and improvements: ranges and repeats.
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import {
    isDescriptionSetting, isEmotionSetting, isMetric, isOwnerSetting, isPersonaText, isPrioritySetting, isAgeFact,
    type AgeFact, type EmotionSetting, type Improvement, type JourneyLanguageAstType, type Metric, type Persona, type Phase,
    type Touchpoint,
} from '../generated/ast.js';
import { EMOTION_MAX, EMOTION_MIN, displayName } from '../journey-queries.js';
import { t } from '../l10n.js';
import { IssueCodes } from './issue-codes.js';
import { isWholeNumberBetween, reportDuplicateIds, reportRepeatedFacts } from './check-utils.js';

const SINGLE_PERSONA_FACTS = new Set(['gender', 'lives', 'income', 'description']);

function describeCommonFact(member: AstNode): string | undefined {
    if (isOwnerSetting(member)) return t('an owner');
    if (isDescriptionSetting(member)) return t('a description');
    if (isPrioritySetting(member)) return t('a priority');
    if (isEmotionSetting(member)) {
        return member.persona ? t("an emotion for '{0}'", member.persona.$refText) : t('an emotion');
    }
    return undefined;
}

function describePersonaFact(member: AstNode): string | undefined {
    if (isAgeFact(member)) return t('an age');
    if (isPersonaText(member) && SINGLE_PERSONA_FACTS.has(member.attribute)) return t('a `{0}` line', member.attribute);
    return undefined;
}

export function checkPhaseFacts(phase: Phase, accept: ValidationAcceptor): void {
    reportRepeatedFacts(() => t("Phase '{0}'", displayName(phase)), phase.members, describeCommonFact, accept);
}

export function checkImprovementFacts(improvement: Improvement, accept: ValidationAcceptor): void {
    reportRepeatedFacts(() => t("Improvement '{0}'", displayName(improvement)), improvement.members, describeCommonFact, accept);
}

export function checkPersonaFacts(persona: Persona, accept: ValidationAcceptor): void {
    reportRepeatedFacts(() => t("Persona '{0}'", displayName(persona)), persona.facts, describePersonaFact, accept);
}

/** Touchpoint emotions: the other touchpoint facts are checked in touchpoint-checks. */
export function checkTouchpointEmotions(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const emotions = touchpoint.members.filter(isEmotionSetting);
    reportRepeatedFacts(() => t("Touchpoint '{0}'", displayName(touchpoint)), emotions, describeCommonFact, accept);
}

export function checkMetricIds(node: Phase | Touchpoint | Improvement, accept: ValidationAcceptor): void {
    const metrics = node.members.filter(isMetric) as Metric[];
    reportDuplicateIds(metrics, () => t("by a metric of '{0}'", displayName(node)), () => t('metric'), accept);
}

export function checkEmotionRange(emotion: EmotionSetting, accept: ValidationAcceptor): void {
    if (emotion.value === undefined || isWholeNumberBetween(emotion.value, EMOTION_MIN, EMOTION_MAX)) return;
    accept('error', t('An emotion is a whole number from {0} (very negative) through 0 (neutral) to +{1} (very positive), not {2}.',
        EMOTION_MIN, EMOTION_MAX, emotion.value), { node: emotion, property: 'value', code: IssueCodes.EmotionOutOfRange });
}

export function checkAgeRange(age: AgeFact, accept: ValidationAcceptor): void {
    if (age.from === undefined || age.to === undefined || age.from <= age.to) return;
    accept('error', t('The age range {0}-{1} runs backwards: write the youngest age first ({1}-{0}).', age.from, age.to),
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

// Quality gates: standards from the practice that a team switches on (`strict`
// in journey.config.json). They always run; the configuration decides whether
// and how loudly their problems are shown (off in `recommended`).
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import {
    isAddressesSetting, isChannelSetting, isCriticalMark, isEvaluationSetting, isEvidenceSetting, isImprovesSetting,
    isPersonaText, isPrioritySetting, isScoreSetting,
    type Improvement, type Journey, type JourneyLanguageAstType, type Persona, type Touchpoint,
} from '../generated/ast.js';
import {
    BAD_SCORE, SCORE_MAX, SCORE_MIN, displayName, firstOf, improvedJourney, improvementsOf, isCriticalTouchpoint, journeyKind,
    ownerOf, phasesOf, scoreOf, touchpointsOf,
} from '../journey-queries.js';
import { t } from '../l10n.js';
import { IssueCodes } from './issue-codes.js';

const MEASURED = new Set(['research', 'data']);

/** A critical touchpoint that scores 1 or 2: a moment of truth going wrong. */
function isAtRisk(touchpoint: Touchpoint): boolean {
    const score = scoreOf(touchpoint);
    return isCriticalTouchpoint(touchpoint) && score !== undefined && score >= SCORE_MIN && score <= BAD_SCORE;
}

export function checkScoreHasEvidence(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const score = firstOf(touchpoint.members, isScoreSetting);
    const evidence = firstOf(touchpoint.members, isEvidenceSetting)?.evidence;
    if (!score || (evidence && MEASURED.has(evidence))) return;
    const message = evidence === 'assumption'
        ? t("Touchpoint '{0}' scores on an assumption: an assumption is not a score. Say what it rests on "
            + 'with `evidence research` or `evidence data`, or leave the score out until it is measured.', displayName(touchpoint))
        : t("Touchpoint '{0}' has a score without evidence: an assumption is not a score. Say what it rests on "
            + 'with `evidence research` or `evidence data`, or leave the score out until it is measured.', displayName(touchpoint));
    accept('warning', message,
    { node: score, code: IssueCodes.ScoreWithoutEvidence });
}

// A future-state touchpoint is not scored yet: a score is how well you do today.
export function checkCriticalHasScore(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (!isCriticalTouchpoint(touchpoint) || scoreOf(touchpoint) !== undefined || journeyKind(touchpoint.$container) === 'future') return;
    accept('warning', t("Critical touchpoint '{0}' has no score: you cannot watch a moment of truth "
        + 'you do not measure. Add `score {1}` (badly) … `score {2}` (optimally).', displayName(touchpoint), SCORE_MIN, SCORE_MAX),
    { node: touchpoint.members.find(isCriticalMark)!, code: IssueCodes.CriticalWithoutScore });
}

const hasPlan = (improvement: Improvement) => ownerOf(improvement) !== undefined && improvement.members.some(isPrioritySetting);

// Only for moments already on the action plan: one that is not gets `moment-of-truth-at-risk`.
// Per journey, not per touchpoint: the improvements are read once, however many touchpoints there are.
export function checkMomentsOfTruthPlanned(journey: Journey, accept: ValidationAcceptor): void {
    const addressingOf = improvementsByTarget(journey);
    for (const touchpoint of touchpointsOf(journey).filter(isAtRisk)) {
        const addressing = addressingOf.get(touchpoint) ?? [];
        if (addressing.length === 0 || addressing.some(hasPlan)) continue;
        const names = addressing.map(i => `'${displayName(i)}'`).join(', ');
        accept('warning', t("Critical touchpoint '{0}' scores {1} of {2}, and the "
            + 'improvement that addresses it ({3}) has no owner and priority yet. Give it `owner <department>` and '
            + '`priority now`, `next` or `later`, so someone acts on this moment of truth.',
        displayName(touchpoint), scoreOf(touchpoint)!, SCORE_MAX, names),
        { node: touchpoint.members.find(isCriticalMark)!, code: IssueCodes.MomentOfTruthWithoutPlan });
    }
}

/** Each node an improvement `addresses`, with the improvements that address it, each once and in order. */
function improvementsByTarget(journey: Journey): Map<AstNode, Improvement[]> {
    const byTarget = new Map<AstNode, Improvement[]>();
    for (const improvement of improvementsOf(journey)) {
        const targets = improvement.members.filter(isAddressesSetting).flatMap(line => line.targets.map(target => target.ref));
        for (const target of new Set(targets)) {
            if (!target) continue;
            const list = byTarget.get(target);
            if (list) list.push(improvement);
            else byTarget.set(target, [improvement]);
        }
    }
    return byTarget;
}

export function checkTouchpointChannelAndOwner(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const name = displayName(touchpoint);
    if (!touchpoint.members.some(isChannelSetting)) {
        accept('warning', t("Touchpoint '{0}' has no channel: say where the company and the customer meet with `via <channel>`.", name),
            { node: touchpoint, property: 'name', code: IssueCodes.TouchpointWithoutChannel });
    }
    if (!ownerOf(touchpoint)) {
        accept('warning', t("Touchpoint '{0}' has no owner: add `owner <department>`, so a department answers for this moment.", name),
            { node: touchpoint, property: 'name', code: IssueCodes.TouchpointWithoutOwner });
    }
}

// When some phases have an owner, `phase-without-owner` names the others.
export function checkPhasesOwned(journey: Journey, accept: ValidationAcceptor): void {
    const phases = phasesOf(journey).filter(p => p.name);
    if (phases.length === 0 || phases.some(phase => ownerOf(phase))) return;
    accept('warning', t("No phase of journey '{0}' has an owner. Give every phase `owner <department>`, "
        + 'so every department sees its part of the journey.', displayName(journey)), { node: journey, property: 'name', code: IssueCodes.PhasesWithoutOwners });
}

export function checkPersonaPainsAndGains(persona: Persona, accept: ValidationAcceptor): void {
    const has = (attribute: string) => persona.facts.some(f => isPersonaText(f) && f.attribute === attribute);
    const missing = ['pain', 'gain'].filter(attribute => !has(attribute));
    if (missing.length === 0) return;
    const message = missing.length === 2
        ? t("Persona '{0}' has no pain and no gain: a persona without them cannot guide choices. Add "
            + '`pain "…"` and `gain "…"`: what annoys or blocks them, and what they want to achieve.', displayName(persona))
        : missing[0] === 'pain'
            ? t("Persona '{0}' has no pain: a persona without them cannot guide choices. Add "
                + '`pain "…"`: what annoys or blocks them, and what they want to achieve.', displayName(persona))
            : t("Persona '{0}' has no gain: a persona without them cannot guide choices. Add "
                + '`gain "…"`: what annoys or blocks them, and what they want to achieve.', displayName(persona));
    accept('warning', message,
    { node: persona, property: 'name', code: IssueCodes.PersonaWithoutPainOrGain });
}

export function checkJourneyEvaluation(journey: Journey, accept: ValidationAcceptor): void {
    if (journey.members.some(isEvaluationSetting)) return;
    accept('warning', t("Journey '{0}' has no evaluation period: agree when it is measured again, "
        + 'e.g. `evaluation "Every quarter"`.', displayName(journey)), { node: journey, property: 'name', code: IssueCodes.JourneyWithoutEvaluation });
}

/** A future state shows what becomes of each moment of truth at risk in the current one: a touchpoint with its id. */
export function checkFutureCoversMoments(journey: Journey, accept: ValidationAcceptor): void {
    const current = improvedJourney(journey);
    const improves = firstOf(journey.members, isImprovesSetting);
    if (journeyKind(journey) !== 'future' || !current || current === journey || !improves) return;
    const shown = new Set(touchpointsOf(journey).map(t => t.name));
    for (const moment of touchpointsOf(current).filter(t => isAtRisk(t) && !shown.has(t.name))) {
        accept('warning', t("Critical touchpoint '{0}' scores {1} of {2} in "
            + "'{3}', the journey this one improves, but this future state does not show what becomes of it. "
            + 'Add a touchpoint `{4}` for the moment as it will be.',
        displayName(moment), scoreOf(moment)!, SCORE_MAX, displayName(current), moment.name),
        { node: improves, property: 'journey', code: IssueCodes.FutureMissesMomentOfTruth });
    }
}

export const qualityGateChecks: ValidationChecks<JourneyLanguageAstType> = {
    Touchpoint: [checkScoreHasEvidence, checkCriticalHasScore, checkTouchpointChannelAndOwner],
    Journey: [checkMomentsOfTruthPlanned, checkPhasesOwned, checkJourneyEvaluation, checkFutureCoversMoments],
    Persona: checkPersonaPainsAndGains,
};

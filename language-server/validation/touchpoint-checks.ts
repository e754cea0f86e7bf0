// Checks on touchpoints: where they sit, how they score, moments of truth.
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import {
    isAddressesSetting, isChannelSetting, isCriticalMark, isDescriptionSetting, isEvidenceSetting,
    isOwnerSetting, isScoreSetting,
    type BetweenPhases, type ChannelSetting, type Journey, type JourneyLanguageAstType, type ScoreSetting, type Touchpoint,
} from '../generated/ast.js';
import {
    BAD_SCORE, SCORE_MAX, SCORE_MIN, allOf, displayName, improvementsOf, isCriticalTouchpoint, isPlacementLine, phasePosition,
    scoreOf, touchpointsOf,
} from '../journey-queries.js';
import { t } from '../l10n.js';
import { IssueCodes } from './issue-codes.js';
import { isWholeNumberBetween, reportRepeatedFacts } from './check-utils.js';

function describeTouchpointFact(member: AstNode): string | undefined {
    if (isPlacementLine(member)) return t('a place (`in`, `after` or `between`)');
    if (isChannelSetting(member)) return t('a channel (`via`)');
    if (isOwnerSetting(member)) return t('an owner');
    if (isScoreSetting(member)) return t('a score');
    if (isCriticalMark(member)) return t('the `critical` mark');
    if (isEvidenceSetting(member)) return t('an evidence mark');
    if (isDescriptionSetting(member)) return t('a description');
    return undefined;
}

export function checkTouchpointFacts(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    reportRepeatedFacts(() => t("Touchpoint '{0}'", displayName(touchpoint)), touchpoint.members, describeTouchpointFact, accept);
}

export function checkTouchpointPlaced(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (touchpoint.members.some(isPlacementLine)) return;
    accept('error', t("Touchpoint '{0}' has no place in the journey. Add `in <phase>`, "
        + 'or `after <phase>` when it moves the customer out of that phase.', displayName(touchpoint)),
    { node: touchpoint, property: 'name', code: IssueCodes.TouchpointNotPlaced });
}

export function checkBetweenConsecutive(between: BetweenPhases, accept: ValidationAcceptor): void {
    const from = between.from?.ref, to = between.to?.ref;
    if (!from || !to) return;
    const journey = between.$container.$container;
    const a = phasePosition(journey, from), b = phasePosition(journey, to);
    if (a < 0 || b < 0 || b === a + 1) return;
    const info = { node: between, code: IssueCodes.PhasesNotConsecutive };
    // No suggested phase here: which boundary was meant is the writer's call, and a guess could change the meaning.
    const why = a === b ? t("'{0}' is named twice", from.name)
        : b < a ? t("phase '{0}' comes before '{1}'", to.name, from.name)
            : t("phases '{0}' and '{1}' are not next to each other", from.name, to.name);
    accept('error', t('A touchpoint can only sit between two consecutive phases, but {0}. Write `after <phase>` for the '
        + 'boundary that takes the customer out of a phase, or `in <phase>` for a touchpoint inside one.', why), info);
}

/** `via website, website`: harmless, but a sign that another channel was meant. */
export function checkChannelsOnce(line: ChannelSetting, accept: ValidationAcceptor): void {
    const seen = new Set<string>();
    line.channels.forEach((ref, index) => {
        const name = ref.$refText;
        if (!name) return;
        if (!seen.has(name)) {
            seen.add(name);
            return;
        }
        accept('warning', t("Channel '{0}' is named twice in this `via` line. Remove one, or name the other channel you meant.", name),
            { node: line, property: 'channels', index, code: IssueCodes.RepeatedChannel });
    });
}

export function checkScoreRange(score: ScoreSetting, accept: ValidationAcceptor): void {
    if (score.value === undefined || isWholeNumberBetween(score.value, SCORE_MIN, SCORE_MAX)) return;
    accept('error', t('A score is a whole number from {0} (the company does badly here) to {1} (it does optimally), not {2}.',
        SCORE_MIN, SCORE_MAX, score.value), { node: score, property: 'value', code: IssueCodes.ScoreOutOfRange });
}

// Per journey, not per touchpoint: the action plan is read once, however many touchpoints there are.
export function checkMomentsOfTruth(journey: Journey, accept: ValidationAcceptor): void {
    const onActionPlan = addressedByImprovements(journey);
    for (const touchpoint of touchpointsOf(journey)) {
        const score = scoreOf(touchpoint);
        if (!isCriticalTouchpoint(touchpoint) || score === undefined || score > BAD_SCORE || score < SCORE_MIN) continue;
        if (onActionPlan.has(touchpoint)) continue;
        const mark = touchpoint.members.find(isCriticalMark)!;
        accept('warning', t("Critical touchpoint '{0}' scores {1} of {2}: a moment of truth "
            + 'is going wrong, and customers remember it. Put it on the action plan with an `improvement` that `addresses` it.',
        displayName(touchpoint), score, SCORE_MAX),
        { node: mark, code: IssueCodes.MomentOfTruthAtRisk });
    }
}

function addressedByImprovements(journey: Journey): Set<AstNode | undefined> {
    return new Set(improvementsOf(journey).flatMap(improvement => allOf(improvement.members, isAddressesSetting))
        .flatMap(line => line.targets.map(target => target.ref)));
}

export const touchpointChecks: ValidationChecks<JourneyLanguageAstType> = {
    Journey: checkMomentsOfTruth,
    Touchpoint: [checkTouchpointFacts, checkTouchpointPlaced],
    BetweenPhases: checkBetweenConsecutive,
    ChannelSetting: checkChannelsOnce,
    ScoreSetting: checkScoreRange,
};

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
import { IssueCodes } from './issue-codes.js';
import { isWholeNumberBetween, reportRepeatedFacts } from './check-utils.js';

function describeTouchpointFact(member: AstNode): string | undefined {
    if (isPlacementLine(member)) return 'a place (`in`, `after` or `between`)';
    if (isChannelSetting(member)) return 'a channel (`via`)';
    if (isOwnerSetting(member)) return 'an owner';
    if (isScoreSetting(member)) return 'a score';
    if (isCriticalMark(member)) return 'the `critical` mark';
    if (isEvidenceSetting(member)) return 'an evidence mark';
    if (isDescriptionSetting(member)) return 'a description';
    return undefined;
}

export function checkTouchpointFacts(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    reportRepeatedFacts(`Touchpoint '${displayName(touchpoint)}'`, touchpoint.members, describeTouchpointFact, accept);
}

export function checkTouchpointPlaced(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (touchpoint.members.some(isPlacementLine)) return;
    accept('error', `Touchpoint '${displayName(touchpoint)}' has no place in the journey. Add \`in <phase>\`, `
        + 'or `after <phase>` when it moves the customer out of that phase.',
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
    const why = a === b ? `'${from.name}' is named twice`
        : b < a ? `phase '${to.name}' comes before '${from.name}'` : `phases '${from.name}' and '${to.name}' are not next to each other`;
    accept('error', `A touchpoint can only sit between two consecutive phases, but ${why}. Write \`after <phase>\` for the `
        + 'boundary that takes the customer out of a phase, or `in <phase>` for a touchpoint inside one.', info);
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
        accept('warning', `Channel '${name}' is named twice in this \`via\` line. Remove one, or name the other channel you meant.`,
            { node: line, property: 'channels', index, code: IssueCodes.RepeatedChannel });
    });
}

export function checkScoreRange(score: ScoreSetting, accept: ValidationAcceptor): void {
    if (score.value === undefined || isWholeNumberBetween(score.value, SCORE_MIN, SCORE_MAX)) return;
    accept('error', `A score is a whole number from ${SCORE_MIN} (the company does badly here) to ${SCORE_MAX} `
        + `(it does optimally), not ${score.value}.`, { node: score, property: 'value', code: IssueCodes.ScoreOutOfRange });
}

// Per journey, not per touchpoint: the action plan is read once, however many touchpoints there are.
export function checkMomentsOfTruth(journey: Journey, accept: ValidationAcceptor): void {
    const onActionPlan = addressedByImprovements(journey);
    for (const touchpoint of touchpointsOf(journey)) {
        const score = scoreOf(touchpoint);
        if (!isCriticalTouchpoint(touchpoint) || score === undefined || score > BAD_SCORE || score < SCORE_MIN) continue;
        if (onActionPlan.has(touchpoint)) continue;
        const mark = touchpoint.members.find(isCriticalMark)!;
        accept('warning', `Critical touchpoint '${displayName(touchpoint)}' scores ${score} of ${SCORE_MAX}: a moment of truth `
            + 'is going wrong, and customers remember it. Put it on the action plan with an `improvement` that `addresses` it.',
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

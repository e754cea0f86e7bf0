// Checks on touchpoints: where they sit, how they score, moments of truth.
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import {
    isAddressesSetting, isChannelSetting, isCriticalMark, isDescriptionSetting, isEvidenceSetting,
    isOwnerSetting, isScoreSetting,
    type BetweenPhases, type ChannelSetting, type JourneyLanguageAstType, type ScoreSetting, type Touchpoint,
} from '../generated/ast.js';
import {
    BAD_SCORE, SCORE_MAX, SCORE_MIN, displayName, improvementsOf, isConsecutiveBetween, isCriticalTouchpoint, isPlacementLine, phasesOf, scoreOf,
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
    if (!from || !to || isConsecutiveBetween(between)) return;
    const phases = phasesOf(between.$container.$container);
    const a = phases.indexOf(from), b = phases.indexOf(to);
    if (a < 0 || b < 0) return;
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

export function checkMomentOfTruth(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const score = scoreOf(touchpoint);
    if (!isCriticalTouchpoint(touchpoint) || score === undefined || score > BAD_SCORE || score < SCORE_MIN) return;
    if (isOnActionPlan(touchpoint)) return;
    const mark = touchpoint.members.find(isCriticalMark)!;
    accept('warning', `Critical touchpoint '${displayName(touchpoint)}' scores ${score} of ${SCORE_MAX}: a moment of truth `
        + 'is going wrong, and customers remember it. Put it on the action plan with an `improvement` that `addresses` it.',
    { node: mark, code: IssueCodes.MomentOfTruthAtRisk });
}

function isOnActionPlan(touchpoint: Touchpoint): boolean {
    return improvementsOf(touchpoint.$container).some(improvement => improvement.members
        .some(m => isAddressesSetting(m) && m.targets.some(target => target.ref === touchpoint)));
}

export const touchpointChecks: ValidationChecks<JourneyLanguageAstType> = {
    Touchpoint: [checkTouchpointFacts, checkTouchpointPlaced, checkMomentOfTruth],
    BetweenPhases: checkBetweenConsecutive,
    ChannelSetting: checkChannelsOnce,
    ScoreSetting: checkScoreRange,
};

// Which fix repairs which problem, by code. Every code is in exactly one of the
// two tables: a new code has to be given a fix, or a reason why it has none.
import type { IssueCode } from '../validation/issue-codes.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { fixImportPath } from './import-fixes.js';
import { addPhaseModel } from './phase-model-fixes.js';
import { placeTouchpoint } from './placement-fixes.js';
import { completePlan, planMomentOfTruth } from './plan-fixes.js';
import type { FixProvider, FixRequest, QuickFix } from './quick-fix.js';
import { renameDuplicate, useSuggestedName } from './reference-fixes.js';
import { removeChannel, removeRepeatedChannel, removeRepeatedFact, useOrRemovePersona } from './removal-fixes.js';
import {
    addChannel, addChannelMode, addEvaluation, addEvidence, addFollows, addImproves, addOwner, addScore, fixImproves,
} from './setting-fixes.js';
import { correctSuppressedCode, removeUnusedCode } from './suppression-fixes.js';
import { fixEmotionRange, fixScoreRange, swapAgeRange } from './value-fixes.js';

export const QUICK_FIXES: Partial<Record<IssueCode, FixProvider>> = {
    [IssueCodes.DuplicateId]: renameDuplicate,
    [IssueCodes.UnknownReference]: useSuggestedName,
    [IssueCodes.ImportNotFound]: fixImportPath,
    [IssueCodes.TouchpointNotPlaced]: placeTouchpoint,
    [IssueCodes.EmotionOutOfRange]: fixEmotionRange,
    [IssueCodes.ScoreOutOfRange]: fixScoreRange,
    [IssueCodes.AgeRangeReversed]: swapAgeRange,
    [IssueCodes.RepeatedFact]: removeRepeatedFact,
    [IssueCodes.RepeatedChannel]: removeRepeatedChannel,
    [IssueCodes.ChannelModeMissing]: addChannelMode,
    [IssueCodes.JourneyWithoutPhases]: addPhaseModel,
    [IssueCodes.PhaseWithoutOwner]: addOwner,
    [IssueCodes.MomentOfTruthAtRisk]: planMomentOfTruth,
    [IssueCodes.FutureWithoutCurrent]: addImproves,
    [IssueCodes.ImprovesWrongJourney]: fixImproves,
    [IssueCodes.PersonaNotFollowed]: addFollows,
    [IssueCodes.UnusedPersona]: useOrRemovePersona,
    [IssueCodes.UnusedChannel]: removeChannel,
    [IssueCodes.ScoreWithoutEvidence]: addEvidence,
    [IssueCodes.CriticalWithoutScore]: addScore,
    [IssueCodes.MomentOfTruthWithoutPlan]: completePlan,
    [IssueCodes.TouchpointWithoutChannel]: addChannel,
    [IssueCodes.TouchpointWithoutOwner]: addOwner,
    [IssueCodes.JourneyWithoutEvaluation]: addEvaluation,
    [IssueCodes.InvalidSuppression]: correctSuppressedCode,
    [IssueCodes.UnusedSuppression]: removeUnusedCode,
};

/** The problems with no quick fix, and why: each needs a decision only the writer can make. */
export const WITHOUT_QUICK_FIX: Partial<Record<IssueCode, string>> = {
    [IssueCodes.SyntaxError]: 'what was meant cannot be read from text that does not parse',
    [IssueCodes.ImportHasErrors]: 'the problem is in the other file: fix it there',
    [IssueCodes.PhasesNotConsecutive]: 'which boundary was meant is the writer\'s call; any guess could move the touchpoint',
    [IssueCodes.PhaseWithoutTouchpoints]: 'how the company meets the customer in a phase is the writer\'s knowledge',
    [IssueCodes.PhasesWithoutOwners]: 'each phase needs its own owner; once one has one, the other phases get `phase-without-owner` and its fix',
    [IssueCodes.NotOmnichannel]: 'new touchpoints in other channels are a design decision',
    [IssueCodes.PersonaWithoutPainOrGain]: 'only the writer knows the persona\'s pains and gains',
    [IssueCodes.FutureMissesMomentOfTruth]: 'what becomes of the moment of truth is the future state\'s design',
    [IssueCodes.InvalidConfig]: 'reported on journey.config.json, which has its own completion',
    [IssueCodes.InternalError]: 'a fault in the tools, not in the map',
};

/** The problems whose fix can be safe (one meaning): the only ones "Fix all" looks at, so it stays quick on large files. */
export const FIX_ALL_CODES: ReadonlySet<string> = new Set([
    IssueCodes.AgeRangeReversed, IssueCodes.RepeatedFact, IssueCodes.RepeatedChannel, IssueCodes.UnusedSuppression,
]);

export async function fixesFor(request: FixRequest): Promise<QuickFix[]> {
    const provider = QUICK_FIXES[request.diagnostic.code as IssueCode];
    if (!provider) return [];
    try {
        return await provider(request);
    } catch {
        // A fix that cannot make sense of half-written text offers nothing rather than failing the light bulb.
        return [];
    }
}

// Every issue code as a rule: what it means, how severe it is by default, and
// whether a team may configure it (journey.config.json) or ignore it in place
// (`// journey-ignore`). The schema of journey.config.json, the SARIF rules and
// the guide's table all follow this one list.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { IssueCodes, type IssueCode } from '../validation/issue-codes.js';

export type RuleLevel = 'off' | 'hint' | 'warning' | 'error';
export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'warning', 'error'];

export const PRESETS = ['recommended', 'strict'] as const;
export type PresetName = typeof PRESETS[number];

/**
 * - `map`: the map itself is wrong (it cannot be read or drawn as written): always an error.
 * - `rule`: a check with a default level; configurable, and ignorable in place.
 * - `gate`: a team standard from the practice: off in `recommended`, an error in `strict`.
 * - `meta`: about suppressions and the configuration themselves.
 */
export type RuleKind = 'map' | 'rule' | 'gate' | 'meta';

export interface RuleInfo {
    kind: RuleKind;
    /** The level in `recommended` (for a gate: the level it has when switched on in `strict`). */
    level: Exclude<RuleLevel, 'off'>;
    configurable: boolean;
    suppressible: boolean;
    /** One sentence, in journey terms. */
    text: string;
}

const map = (text: string): RuleInfo => ({ kind: 'map', level: 'error', configurable: false, suppressible: false, text });
const rule = (level: RuleInfo['level'], text: string): RuleInfo => ({ kind: 'rule', level, configurable: true, suppressible: true, text });
const gate = (text: string): RuleInfo => ({ kind: 'gate', level: 'error', configurable: true, suppressible: true, text });

export const RULES: Record<IssueCode, RuleInfo> = {
    [IssueCodes.SyntaxError]: map('A line cannot be read: a misspelt keyword, a missing quote or brace, or a line in the wrong block.'),
    [IssueCodes.DuplicateId]: map('Two things of one kind (or a phase and a touchpoint) in one journey or file have the same id.'),
    [IssueCodes.UnknownReference]: map('An id names nothing that is visible here: a typo, a missing definition or a missing import.'),
    [IssueCodes.ImportNotFound]: map('An import names a file that does not exist, cannot be read (a pipe, a device, too large) or is not a .journey file.'),
    [IssueCodes.ImportHasErrors]: map('An imported file has syntax errors (or is no journey file at all), so some of its definitions may be missing.'),
    [IssueCodes.PhasesNotConsecutive]: map("A touchpoint is 'between' two phases that are not next to each other."),
    [IssueCodes.TouchpointNotPlaced]: map("A touchpoint has no place: no 'in', 'after' or 'between'."),
    [IssueCodes.EmotionOutOfRange]: map('An emotion is not a whole number from -3 to 3.'),
    [IssueCodes.ScoreOutOfRange]: map('A score is not a whole number from 1 to 5.'),
    [IssueCodes.AgeRangeReversed]: map('An age range is written oldest first.'),
    [IssueCodes.RepeatedFact]: map('A fact that can be said once is said twice.'),
    [IssueCodes.RepeatedChannel]: rule('warning', "A 'via' line names the same channel twice."),
    [IssueCodes.ChannelModeMissing]: rule('warning', 'A channel does not say whether it is digital or physical.'),
    [IssueCodes.JourneyWithoutPhases]: rule('warning', 'A journey has no phases.'),
    [IssueCodes.PhaseWithoutTouchpoints]: rule('warning', 'A phase of a current- or future-state map has no touchpoint.'),
    [IssueCodes.PhaseWithoutOwner]: rule('warning', 'Some phases of the journey have an owner and this one does not.'),
    [IssueCodes.MomentOfTruthAtRisk]: rule('warning', 'A critical touchpoint scores 1 or 2 and no improvement addresses it.'),
    [IssueCodes.FutureWithoutCurrent]: rule('warning', "A future-state journey does not say which journey it 'improves'."),
    [IssueCodes.ImprovesWrongJourney]: rule('warning', "'improves' is used outside a future-state map, or names a journey that is not a current-state map."),
    [IssueCodes.PersonaNotFollowed]: rule('warning', 'A persona is named that this journey does not follow.'),
    [IssueCodes.UnusedPersona]: rule('hint', 'A persona is never followed or named.'),
    [IssueCodes.UnusedChannel]: rule('hint', 'No touchpoint uses this channel.'),
    [IssueCodes.NotOmnichannel]: rule('hint', 'All channels of the journey are digital, or all physical.'),
    [IssueCodes.ScoreWithoutEvidence]: gate("A touchpoint has a score without 'evidence research' or 'evidence data': an assumption is not a score."),
    [IssueCodes.CriticalWithoutScore]: gate('A critical touchpoint (a moment of truth) has no score, outside a future-state map.'),
    [IssueCodes.MomentOfTruthWithoutPlan]: gate('A critical touchpoint scores 1 or 2, and no improvement that addresses it has both an owner and a priority.'),
    [IssueCodes.TouchpointWithoutChannel]: gate("A touchpoint has no channel ('via')."),
    [IssueCodes.TouchpointWithoutOwner]: gate("A touchpoint has no 'owner'."),
    [IssueCodes.PhasesWithoutOwners]: gate("No phase of a journey has an 'owner'."),
    [IssueCodes.PersonaWithoutPainOrGain]: gate("A persona has no 'pain' or no 'gain'."),
    [IssueCodes.JourneyWithoutEvaluation]: gate("A journey has no 'evaluation' period."),
    [IssueCodes.FutureMissesMomentOfTruth]: gate('A future-state journey leaves out a critical touchpoint that scores 1 or 2 in the journey it improves.'),
    [IssueCodes.InvalidSuppression]: { kind: 'meta', level: 'error', configurable: false, suppressible: false,
        text: "A 'journey-ignore' comment without a reason, with a rule that does not exist or cannot be ignored, or a 'journey-ignore-file' below the top of the file." },
    [IssueCodes.UnusedSuppression]: { kind: 'meta', level: 'warning', configurable: true, suppressible: false,
        text: "A 'journey-ignore' comment ignores a problem that is not there (any more)." },
    [IssueCodes.InvalidConfig]: { kind: 'meta', level: 'error', configurable: false, suppressible: false,
        text: 'journey.config.json names a rule, a level or a setting that does not exist, or is not valid JSON.' },
    [IssueCodes.InternalError]: map('A check failed on text it did not expect: a fault in the Journey tools, not in the map.'),
};

export const ALL_CODES = Object.values(IssueCodes) as IssueCode[];
export const CONFIGURABLE_CODES = ALL_CODES.filter(code => RULES[code].configurable);
export const GATE_CODES = ALL_CODES.filter(code => RULES[code].kind === 'gate');

export const isIssueCode = (code: unknown): code is IssueCode => typeof code === 'string' && code in RULES;
export const isConfigurable = (code: unknown): boolean => isIssueCode(code) && RULES[code].configurable;
export const isSuppressible = (code: unknown): boolean => isIssueCode(code) && RULES[code].suppressible;

/** The level of every configurable code under a preset. */
export function presetLevels(preset: PresetName): Record<string, RuleLevel> {
    return Object.fromEntries(CONFIGURABLE_CODES.map(code => {
        const info = RULES[code];
        return [code, info.kind !== 'gate' ? info.level : preset === 'strict' ? info.level : 'off'];
    }));
}

/**
 * An error that says the map itself is wrong, as opposed to a team rule raised
 * to `error`: a file with one is not drawn (preview, render, export).
 */
export function isMapError(diagnostic: Diagnostic): boolean {
    return diagnostic.severity === DiagnosticSeverity.Error && isIssueCode(diagnostic.code) && RULES[diagnostic.code].kind === 'map';
}

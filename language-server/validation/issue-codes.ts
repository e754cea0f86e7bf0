// Stable codes of every problem the language reports. They appear in the
// editor, in `journey check` output and in CI annotations: never rename one.
export const IssueCodes = {
    SyntaxError: 'syntax-error',
    DuplicateId: 'duplicate-id',
    UnknownReference: 'unknown-reference',
    ImportNotFound: 'import-not-found',
    ImportHasErrors: 'import-has-errors',
    PhasesNotConsecutive: 'phases-not-consecutive',
    TouchpointNotPlaced: 'touchpoint-not-placed',
    EmotionOutOfRange: 'emotion-out-of-range',
    ScoreOutOfRange: 'score-out-of-range',
    AgeRangeReversed: 'age-range-reversed',
    RepeatedFact: 'repeated-fact',
    RepeatedChannel: 'repeated-channel',
    ChannelModeMissing: 'channel-mode-missing',
    JourneyWithoutPhases: 'journey-without-phases',
    PhaseWithoutTouchpoints: 'phase-without-touchpoints',
    PhaseWithoutOwner: 'phase-without-owner',
    MomentOfTruthAtRisk: 'moment-of-truth-at-risk',
    FutureWithoutCurrent: 'future-without-current',
    ImprovesWrongJourney: 'improves-wrong-journey',
    PersonaNotFollowed: 'persona-not-followed',
    UnusedPersona: 'unused-persona',
    UnusedChannel: 'unused-channel',
    NotOmnichannel: 'not-omnichannel',
    // Quality gates: off in the `recommended` rules, on in `strict` (rules/rule-catalog.ts).
    ScoreWithoutEvidence: 'score-without-evidence',
    CriticalWithoutScore: 'critical-without-score',
    MomentOfTruthWithoutPlan: 'moment-of-truth-without-plan',
    TouchpointWithoutChannel: 'touchpoint-without-channel',
    TouchpointWithoutOwner: 'touchpoint-without-owner',
    PhasesWithoutOwners: 'phases-without-owners',
    PersonaWithoutPainOrGain: 'persona-without-pain-or-gain',
    JourneyWithoutEvaluation: 'journey-without-evaluation',
    FutureMissesMomentOfTruth: 'future-misses-moment-of-truth',
    // `// journey-ignore` comments and journey.config.json.
    InvalidSuppression: 'invalid-suppression',
    UnusedSuppression: 'unused-suppression',
    InvalidConfig: 'invalid-config',
    /** A check failed on text it did not expect: a bug of ours, reported instead of crashing. */
    InternalError: 'internal-error',
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

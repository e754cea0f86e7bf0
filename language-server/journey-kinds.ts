// The four kinds of map (shared/domain/README.md): what each means, and the phase
// model each starts with. Plain data, so the VS Code client can show it without the server.
export const KINDS = ['current', 'future', 'day', 'blueprint'] as const;
export type Kind = typeof KINDS[number];

/** The phase model of each kind when none is asked for: the same as the completion skeletons. */
export const DEFAULT_MODEL: Record<Kind, string> = { current: '5', future: '5', day: 'day', blueprint: '3' };

export const KIND_NAMES: Record<Kind, string> = {
    current: 'current-state', future: 'future-state', day: 'day-in-the-life', blueprint: 'service blueprint',
};

/** One line per kind, for choosing one. */
export const KIND_MEANINGS: Record<Kind, string> = {
    current: 'The journey as customers go through it today: thoughts, actions, contact moments, proposed changes.',
    future: 'The journey as you want it to be, derived from a current-state map it improves.',
    day: 'A day of the customer, morning to night: actions, unmet needs, pain points, ways to solve them.',
    blueprint: 'Behind each customer action: the front office, the back office and the supporting processes.',
};

// Journeys the playground tests type into and download.

/** A small journey: two phases, one touchpoint, one persona not used (a warning-free hint). */
export const COFFEE = `journey coffee "Buying coffee" {
    kind current
    persona regular "Regular customer"
    persona tourist "Tourist"

    phase order "Order"
    phase drink "Drink"

    touchpoint counter "At the counter" {
        in order
        for regular
    }
}
`;

/** Markup in labels: it must show as these characters and never become elements or run. */
export const HOSTILE = ['"><img src=x onerror=alert(1)>', '<script>alert(1)</script>'] as const;
const quoted = (text: string) => `"${text.replace(/["\\]/g, ch => `\\${ch}`)}"`;

export const HOSTILE_JOURNEY = `journey hostile ${quoted(HOSTILE.join(' '))} {
    kind current
    goal ${quoted(HOSTILE[0])}
    persona visitor ${quoted(HOSTILE[1])}
    phase arrive ${quoted(HOSTILE[0])} {
        thinks ${quoted(HOSTILE[1])}
    }
    touchpoint door ${quoted(HOSTILE[1])} {
        in arrive
        for visitor
        description ${quoted(HOSTILE[0])}
    }
}
`;

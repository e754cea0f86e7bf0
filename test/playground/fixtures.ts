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

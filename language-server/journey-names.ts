import { t } from './l10n.js';

// How users call the things they write, used by every message (in the user's language, so looked up late).
const TERMS: Record<string, () => [singular: string, plural: string]> = {
    Journey: () => [t('journey'), t('journeys')],
    Persona: () => [t('persona'), t('personas')],
    Channel: () => [t('channel'), t('channels')],
    Department: () => [t('department'), t('departments')],
    Phase: () => [t('phase'), t('phases')],
    Touchpoint: () => [t('touchpoint'), t('touchpoints')],
    Improvement: () => [t('improvement'), t('improvements')],
    Metric: () => [t('metric'), t('metrics')],
    Addressable: () => [t('phase or touchpoint'), t('phases and touchpoints')],
};

export function termFor(type: string, plural = false): string {
    const term = TERMS[type]?.();
    return term ? term[plural ? 1 : 0] : type.toLowerCase();
}

/** The closest of `candidates` to a misspelt `word`, if it is close enough to be a likely typo. */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
        }
        previous = current;
    }
    return previous[b.length];
}

/** "a, b and c", shortened after `max` items. */
export function listNames(names: readonly string[], max = 12): string {
    const shown = names.slice(0, max).map(n => `'${n}'`);
    const rest = names.length - shown.length;
    if (rest > 0) return t('{0} and {1} more', shown.join(', '), rest);
    if (shown.length <= 1) return shown.join('');
    return t('{0} and {1}', shown.slice(0, -1).join(', '), shown[shown.length - 1]);
}

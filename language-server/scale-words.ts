// What a score or an emotion value means, in the words the map already uses: the diagram's
// score scale (diagram-core) and the guide's emotion table. Shared by inlay hints and completion.
import { SCORE_WORDS } from '../diagram-core/describe.js';
import { EMOTION_MAX, EMOTION_MIN, SCORE_MAX, SCORE_MIN } from './journey-queries.js';
import { t } from './l10n.js';

export interface ScaleValue { value: number; text: string; meaning: string }

/** The meaning of a score, or undefined when the value is not on the scale. */
export function scoreMeaning(value: number): string | undefined {
    return Number.isInteger(value) ? SCORE_WORDS[value] : undefined;
}

/** The meaning of an emotion value, or undefined when the value is not on the scale. */
export function emotionMeaning(value: number): string | undefined {
    switch (value) {
        case -3: return t('very negative');
        case -2: return t('negative');
        case -1: return t('slightly negative');
        case 0: return t('neutral');
        case 1: return t('slightly positive');
        case 2: return t('positive');
        case 3: return t('very positive');
        default: return undefined;
    }
}

export function scoreScale(): ScaleValue[] {
    return range(SCORE_MIN, SCORE_MAX).map(value => ({ value, text: String(value), meaning: scoreMeaning(value)! }));
}

/** Written the way the guide writes them: `-2`, `0`, `2`. */
export function emotionScale(): ScaleValue[] {
    return range(EMOTION_MIN, EMOTION_MAX).map(value => ({ value, text: String(value), meaning: emotionMeaning(value)! }));
}

function range(from: number, to: number): number[] {
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

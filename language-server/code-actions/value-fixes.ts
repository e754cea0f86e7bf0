// Numbers out of their range: the nearest value the scale allows (a guess, so
// offered, never applied by "Fix all"); an age range written backwards is turned
// around, which has only one meaning.
import { isAgeFact, isEmotionSetting, isScoreSetting } from '../generated/ast.js';
import { t } from '../l10n.js';
import { EMOTION_MAX, EMOTION_MIN, SCORE_MAX, SCORE_MIN } from '../journey-queries.js';
import type { FixProvider, QuickFix } from './quick-fix.js';
import { nodeAt, replaceProperty } from './text-layout.js';

/** The whole numbers of the scale nearest to `value`: one outside the scale, the two around a fraction inside it. */
function nearestAllowed(value: number, min: number, max: number): number[] {
    if (value > max) return [max];
    if (value < min) return [min];
    return [...new Set([Math.floor(value), Math.ceil(value)])];
}

function changeValue(node: { value: number } & Parameters<typeof replaceProperty>[0], min: number, max: number): QuickFix[] {
    return nearestAllowed(node.value, min, max).map(value => ({
        title: t('Change {0} to {1}', node.value, value),
        edits: [replaceProperty(node, 'value', String(value))!],
    }));
}

export const fixEmotionRange: FixProvider = ({ document, diagnostic }) => {
    const emotion = nodeAt(document, diagnostic.range.start, isEmotionSetting);
    return emotion?.value === undefined ? [] : changeValue(emotion, EMOTION_MIN, EMOTION_MAX);
};

export const fixScoreRange: FixProvider = ({ document, diagnostic }) => {
    const score = nodeAt(document, diagnostic.range.start, isScoreSetting);
    return score?.value === undefined ? [] : changeValue(score, SCORE_MIN, SCORE_MAX);
};

export const swapAgeRange: FixProvider = ({ document, diagnostic }) => {
    const age = nodeAt(document, diagnostic.range.start, isAgeFact);
    const from = age && replaceProperty(age, 'from', String(age.to));
    const to = age && replaceProperty(age, 'to', String(age.from));
    if (!age || !from || !to) return [];
    return [{ title: t('Write the youngest age first: `age {0}-{1}`', age.to!, age.from), edits: [from, to], preferred: true, safe: true }];
};

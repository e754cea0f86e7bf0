import { describe, expect, test } from 'vitest';
import { measureText, wrapText, wrapTextClamped } from '../../diagram-core/text-metrics.js';

describe('wrapping text', () => {
    test('breaks at spaces, keeps every character, and every line fits', () => {
        const text = 'Customer books a showroom appointment online and gets a confirmation mail';
        const lines = wrapText(text, 120, 12);
        expect(lines.length).toBeGreaterThan(2);
        expect(lines.join(' ')).toBe(text);
        for (const line of lines) expect(measureText(line, 12)).toBeLessThanOrEqual(120);
    });

    test('a word wider than the line is cut between characters; a line break starts a new line', () => {
        expect(wrapText('Supercalifragilistic', 40, 12)).toEqual(['Superc', 'alifragil', 'istic']);
        expect(wrapText('one\ntwo', 500, 12)).toEqual(['one', 'two']);
        expect(wrapText('bold words here', 60, 12, true)).toEqual(['bold', 'words', 'here']);
    });

    test('clamped text ends its last line in "…", and the wrapped lines are the caller\'s own', () => {
        const text = 'one two three four five six seven eight nine ten';
        const clamped = wrapTextClamped(text, 60, 12, 2);
        expect(clamped).toHaveLength(2);
        expect(clamped[1].endsWith('…')).toBe(true);
        expect(measureText(clamped[1], 12)).toBeLessThanOrEqual(60);
        // Laying out again reuses the wrapping; a caller changing its lines must not change the next layout's.
        clamped.push('changed');
        clamped[0] = 'changed';
        expect(wrapTextClamped(text, 60, 12, 2)).toEqual(wrapText(text, 60, 12).slice(0, 1).concat(clamped[1]));
        expect(wrapTextClamped(text, 60, 12, 2, true)).not.toEqual(wrapTextClamped(text, 60, 12, 2));
    });
});

// The map's and the preview's own words (diagram-core/words.ts) have Dutch too: every literal
// `w('…')` in diagram-core/ and webview/, and the tables they look words up in.
import { afterEach, describe, expect, it } from 'vitest';
import { SCORE_WORDS } from '../../diagram-core/describe.js';
import { DIFF_ITEMS } from '../../diagram-core/layout-legend.js';
import { KIND_TITLES, LANE_TITLES } from '../../diagram-core/model.js';
import { DUTCH_WORDS, setDiagramLanguage, w } from '../../diagram-core/words.js';
import { extractKeys } from '../../scripts/l10n-keys.mjs';

describe("the diagram's words in Dutch", () => {
    afterEach(() => setDiagramLanguage('en'));

    it('has Dutch for every w() text and every word table', () => {
        const { keys } = extractKeys('.', 'w', ['diagram-core', 'webview']) as { keys: string[] };
        expect(keys.length).toBeGreaterThan(40);
        const tables = [...Object.values(SCORE_WORDS), ...Object.values(KIND_TITLES), ...Object.values(LANE_TITLES), ...DIFF_ITEMS.map(([, text]) => text)];
        expect([...keys, ...tables].filter(key => !DUTCH_WORDS[key])).toEqual([]);
    });

    it('speaks Dutch for nl locales only, with the arguments filled in', () => {
        setDiagramLanguage('nl-BE');
        expect(w('Goal: {0}', 'Meer conversie')).toBe('Doel: Meer conversie');
        setDiagramLanguage('de');
        expect(w('Goal: {0}', 'More conversion')).toBe('Goal: More conversion');
    });
});

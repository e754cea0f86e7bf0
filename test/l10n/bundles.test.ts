// Every message the code can show has Dutch text: the English texts are scanned from the
// sources (`t(…)`, `vscode.l10n.t(…)`), and the Dutch bundle must hold each, with the same arguments.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishBundle, extractKeys } from '../../scripts/l10n-keys.mjs';

const { keys, unreadable } = extractKeys() as { keys: string[]; unreadable: string[] };
const dutch = JSON.parse(readFileSync('l10n/bundle.l10n.nl.json', 'utf8')) as Record<string, string>;
const placeholders = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

describe('the Dutch message bundle', () => {
    it('finds the messages in the sources, each written as a literal text', () => {
        expect(unreadable).toEqual([]);
        expect(keys.length).toBeGreaterThan(200);
        expect(keys).toContain("Touchpoint '{0}' has no channel: say where the company and the customer meet with `via <channel>`.");
    });

    it('has a Dutch text for every message', () => {
        const missing = keys.filter(key => !dutch[key]?.trim());
        expect(missing).toEqual([]);
    });

    it('has no Dutch text for a message that is gone', () => {
        expect(Object.keys(dutch).filter(key => !keys.includes(key))).toEqual([]);
    });

    it('keeps every argument of a message in its Dutch text', () => {
        const differing = keys.filter(key => dutch[key] && placeholders(key).join() !== placeholders(dutch[key]).join());
        expect(differing).toEqual([]);
    });

    it('l10n/bundle.l10n.json is fresh (node scripts/l10n-keys.mjs)', () => {
        expect(readFileSync('l10n/bundle.l10n.json', 'utf8')).toBe(englishBundle(keys));
    });
});

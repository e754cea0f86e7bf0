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

describe('the extension manifest in Dutch (package.nls.json, package.nls.nl.json)', () => {
    const manifest = readFileSync('package.json', 'utf8');
    const english = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
    const nl = JSON.parse(readFileSync('package.nls.nl.json', 'utf8')) as Record<string, string>;
    const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);

    it('takes every title and description in contributes from the nls files', () => {
        const contributes = JSON.parse(manifest).contributes;
        const plain: string[] = [];
        const visit = (value: unknown, at: string) => {
            if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${at}[${i}]`));
            else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) visit(inner, `${at}.${key}`);
            else if (typeof value === 'string' && /\.(title|description|markdownDescription)$/.test(at) && !/^%.+%$/.test(value)
                && value !== 'Journey') plain.push(at);
        };
        visit(contributes, 'contributes');
        expect(plain).toEqual([]);
        expect(used.length).toBeGreaterThan(3);
    });

    it('has an English and a Dutch text for every %key%, and no others', () => {
        expect(used.filter(key => !english[key] || !nl[key])).toEqual([]);
        expect(Object.keys(english).sort()).toEqual([...new Set(used)].sort());
        expect(Object.keys(nl).sort()).toEqual(Object.keys(english).sort());
    });

    it('keeps the links and the `code` of each text in Dutch', () => {
        const kept = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)|`([^`]+)`/g)].map(m => m[0]).sort();
        expect(Object.keys(english).filter(key => nl[key] && kept(english[key]).join('\n') !== kept(nl[key]).join('\n'))).toEqual([]);
    });

    it('points VS Code at the l10n bundles, and packs them', () => {
        expect(JSON.parse(manifest).l10n).toBe('./l10n');
        const ignore = readFileSync('.vscodeignore', 'utf8');
        expect(ignore).toContain('!package.nls*.json');
        expect(ignore).toContain('!l10n/*.json');
    });
});

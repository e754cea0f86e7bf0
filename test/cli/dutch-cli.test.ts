// `journey` speaks Dutch with --lang nl or a Dutch locale (LC_ALL, LC_MESSAGES, LANG), English otherwise.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, tempFolder } from './run-cli.js';

const JOURNEY = `journey demo "Demo" {
    phase a "A"
    touchpoint x "X" {
        in b
    }
}
`;

function run(args: string[], env: Record<string, string>, cwd?: string) {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(LANG|LC_ALL|LC_MESSAGES|JOURNEY_LANG)$/.test(key)));
    return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...clean, ...env } });
}

describe('journey in Dutch', () => {
    const dir = tempFolder({ 'demo.journey': JOURNEY });

    it('--lang nl prints problems and the summary in Dutch', () => {
        const result = run(['check', '--lang', 'nl', 'demo.journey'], {}, dir);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain("demo.journey:4:12: error: Er is geen fase met de naam 'b'. Bedoelde je 'a'? Bekende fasen: 'a'. [unknown-reference]");
        expect(result.stderr).toBe('1 bestand gecontroleerd: 1 fout(en), 1 waarschuwing(en).\n');
    });

    it('follows LANG=nl_NL.UTF-8, and LC_ALL over LANG, and --lang over both', () => {
        expect(run(['check', 'demo.journey'], { LANG: 'nl_NL.UTF-8' }, dir).stdout).toContain("Fase 'A' heeft geen touchpoints");
        expect(run(['check', 'demo.journey'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'nl_BE' }, dir).stdout).toContain("Fase 'A'");
        expect(run(['check', 'demo.journey'], { LANG: 'nl_NL.UTF-8', LC_ALL: 'C' }, dir).stdout).toContain("Phase 'A' has no touchpoints");
        expect(run(['check', '--lang=en', 'demo.journey'], { LANG: 'nl_NL.UTF-8' }, dir).stdout).toContain("There is no phase called 'b'");
    });

    it('is English by default and for locales it has no texts for', () => {
        expect(run(['check', 'demo.journey'], {}, dir).stderr).toBe('1 file checked: 1 error(s), 1 warning(s).\n');
        expect(run(['check', 'demo.journey'], { LANG: 'de_DE.UTF-8' }, dir).stdout).toContain("There is no phase called 'b'");
    });

    it('refuses a language it does not have', () => {
        const result = run(['check', '--lang', 'de', 'demo.journey'], {}, dir);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("argument 'de' is invalid. Allowed choices are en, nl.");
    });

    it('writes help and usage errors in Dutch', () => {
        const help = run(['check', '--help'], { LANG: 'nl_NL.UTF-8' });
        expect(help.stdout).toMatch(/^Gebruik: journey check/);
        expect(help.stdout).toContain('Controleer .journey-bestanden en mappen, zoals de editor dat doet.');
        expect(run(['check'], { LANG: 'nl' }).stderr).toContain('journey: geef de .journey-bestanden of mappen die gecontroleerd moeten worden');
    });

    it('draws the map with Dutch words (legend, rows, kind) under --lang nl', () => {
        const map = tempFolder({ 'map.journey': `journey demo "Demo" {
    kind current
    goal "Meer conversie"
    phase a "A" {
        emotion 1
    }
    touchpoint x "X" {
        in a
        score 1
    }
}
` });
        expect(run(['render', '--lang', 'nl', 'map.journey', '-o', 'map.svg', '--legend'], {}, map).status).toBe(0);
        const svg = readFileSync(path.join(map, 'map.svg'), 'utf8');
        for (const word of ['Legenda', '1 zeer slecht', 'digitaal kanaal', 'Emotie', 'Huidige situatie', 'Doel: Meer conversie']) expect(svg).toContain(word);
        expect(svg).not.toContain('very poor');
    });

    it('checks in Dutch in its worker threads too (many files)', () => {
        const many = tempFolder(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`j${i}.journey`, JOURNEY])));
        const result = run(['check', '--lang', 'nl', '.'], { JOURNEY_CHECK_THREADS: '2' }, many);
        expect(result.stdout.split('\n').filter(line => line.includes("Er is geen fase met de naam 'b'"))).toHaveLength(100);
        expect(result.stdout).not.toContain('There is no');
    });
});

// Neovim's built-in LSP client, a second client nobody here wrote, against the plain
// server (build dist/ first): Debian's nvim starts `node dist/language-server.js --stdio`
// for demo.journey with journey.lua (the README's "Other editors" set-up), and check.lua
// asks through Neovim's own client what a user's keys would ask. Skipped only when
// nvim is not installed (scripts/install-system-packages.sh installs Debian's neovim).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const HERE = path.resolve('test/neovim');
const nvimMissing = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status !== 0;

interface Answer<T> { result?: T; error?: string }
interface Action { title: string; kind?: string; edit?: unknown; diagnostics?: Array<{ code?: string }> }
interface Nvim {
    attached: boolean;
    diagnosed: boolean;
    diagnostics: Array<{ line: number; col: number; message: string; code?: string; severity: number }>;
    hoverKeyword: Answer<{ contents: { value: string } }>;
    hoverPhase: Answer<{ contents: { value: string } }>;
    completion: Answer<{ items: Array<{ label: string; detail?: string }> } | Array<{ label: string }>>;
    kioskActions: Answer<Action[]>;
    betweenActions: Answer<Action[]>;
    lineAfterEdit?: string;
    semanticTokensAdvertised: boolean;
    semanticTokens?: Answer<{ data: number[] }>;
    failure?: string;
}

describe.skipIf(nvimMissing)('Neovim (Debian\'s nvim, built-in LSP client) with the plain server', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-nvim-'));
    let nvim: Nvim;

    beforeAll(() => {
        fs.copyFileSync(path.join(HERE, 'demo.journey'), path.join(dir, 'demo.journey'));
        const out = path.join(dir, 'answers.json');
        const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', path.join(HERE, 'journey.lua'),
            '-c', `luafile ${path.join(HERE, 'check.lua')}`, 'demo.journey'], {
            cwd: dir, encoding: 'utf8', timeout: 90_000,
            // Neovim's LSP log and state stay in the temporary folder, out of $HOME.
            env: { ...process.env, JOURNEY_SERVER: path.resolve('dist/language-server.js'), JOURNEY_OUT: out,
                XDG_CACHE_HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
        });
        if (!fs.existsSync(out)) throw new Error(`nvim wrote no answers (exit ${run.status}, ${run.signal ?? ''}): ${run.stderr}`);
        nvim = JSON.parse(fs.readFileSync(out, 'utf8')) as Nvim;
        expect(nvim.failure).toBeUndefined();
        expect(nvim.attached).toBe(true);
    }, 100_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('diagnostics: the channel without digital or physical, as a warning with its code', () => {
        expect(nvim.diagnosed).toBe(true);
        expect(nvim.diagnostics).toEqual([{
            line: 3, col: 12, code: 'channel-mode-missing', severity: 2,
            message: 'Say whether channel \'Kiosk\' is digital or physical: add `digital` or `physical` at the end of its line.',
        }]);
    });

    test('hover: a keyword is explained, a phase shows its label and step', () => {
        expect(nvim.hoverKeyword.result?.contents.value).toMatch(/^\*\*between\*\* — This touchpoint moves the customer from one phase on to the next/);
        expect(nvim.hoverPhase.result?.contents.value).toContain('Orientation `orientation`');
    });

    test('completion: the phases where a phase is written', () => {
        const answer = nvim.completion.result;
        const items = Array.isArray(answer) ? answer : answer?.items ?? [];
        expect(items.map(item => item.label)).toEqual(expect.arrayContaining(['orientation', 'purchase']));
    });

    test('code actions: between → after, applied by Neovim; and an action for the diagnostic', () => {
        expect(nvim.betweenActions.result?.map(a => a.title)).toContain(
            'Use `after orientation` (the same place; it moves with phase \'orientation\' when phases are reordered)');
        expect(nvim.lineAfterEdit).toBe('        after orientation');
        // Today "Ignore this problem here"; the quick fixes being built add more for the same diagnostic.
        const forKiosk = (nvim.kioskActions.result ?? []).filter(a => a.diagnostics?.some(d => d.code === 'channel-mode-missing'));
        expect(forKiosk.length).toBeGreaterThan(0);
        expect(forKiosk.every(a => a.edit !== undefined)).toBe(true);
    });

    test('semantic tokens: textDocument/semanticTokens/full answers tokens', ({ skip }) => {
        // Neovim 0.7 has no semantic-token client: check.lua asks for them itself, when the server offers them.
        skip(!nvim.semanticTokensAdvertised, 'the server does not offer semantic tokens yet (issue 12 §2 is building them)');
        const data = nvim.semanticTokens?.result?.data ?? [];
        expect(data.length).toBeGreaterThan(0);
        expect(data.length % 5).toBe(0);
    });
});

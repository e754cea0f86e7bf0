// Issue 10 §1: hostile labels and file names reach no terminal or CI log raw, in
// any output of any command; only `check --format github` emits workflow commands.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { expectEveryPayload, expectInert, PAYLOADS } from './hostile-text.js';
import { runCli, tempFolder } from './run-cli.js';

const labels = Object.values(PAYLOADS);
const touchpoints = (placed: boolean, label: (i: number) => string) => labels.map((_, i) =>
    `    touchpoint t${i} "${label(i)}"${placed ? ' {\n        in p\n    }' : ''}`).join('\n');
const journey = (placed: boolean, label: (i: number) => string) =>
    `journey hostile "Hostile" {\n    persona customer "Customer"\n    phase p "Phase"\n${touchpoints(placed, label)}\n}\n`;

/** Every touchpoint unplaced: one error per payload, quoting it. */
const BROKEN = journey(false, i => labels[i]);
const OLD = journey(true, i => `Old ${i}`);
const NEW = journey(true, i => labels[i]);

const dir = tempFolder({ 'broken.journey': BROKEN, 'old.journey': OLD, 'new.journey': NEW });

describe('every payload in every output stays inert', () => {
    test('check, human: one line per problem, nothing raw', () => {
        const { stdout, stderr, status } = runCli(['check', 'broken.journey'], dir);
        expect(status).toBe(1);
        expectInert(stdout + stderr);
        expectEveryPayload(stdout);
        expect(stdout.trim().split('\n').every(line => line.startsWith('broken.journey:'))).toBe(true);
    });

    test('check, github: exactly one workflow command per problem', () => {
        const json = JSON.parse(runCli(['check', '--format', 'json', 'broken.journey'], dir).stdout) as unknown[];
        const { stdout, stderr } = runCli(['check', '--format', 'github', 'broken.journey'], dir);
        expectInert(stdout, { commands: json.length });
        expectInert(stderr);
        expectEveryPayload(stdout);
    });

    test('check, json and sarif: inert text, and JSON keeps the exact message', () => {
        const { stdout } = runCli(['check', '--format', 'json', 'broken.journey'], dir);
        expectInert(stdout);
        const messages = (JSON.parse(stdout) as Array<{ message: string }>).map(p => p.message).join('\n');
        expect(messages).toContain('x\n::error file=README.md,line=1::spoofed');
        expect(messages).toContain('\u202Eevil\u202C');
        const sarif = runCli(['check', '--format', 'sarif', 'broken.journey'], dir).stdout;
        expectInert(sarif);
        expectEveryPayload(sarif);
        const texts: string[] = JSON.parse(sarif).runs[0].results.map((r: { message: { text: string } }) => r.message.text);
        for (const text of texts) expectInert(text);
    });

    test('render: the errors on stderr are inert', () => {
        const { stdout, stderr, status } = runCli(['render', 'broken.journey', '-o', 'broken.svg'], dir);
        expect(status).toBe(1);
        expectInert(stdout + stderr);
        expectEveryPayload(stderr);
    });

    test('export --to mermaid on stdout, and the file it writes', () => {
        const { stdout, stderr, status } = runCli(['export', 'new.journey', '--to', 'mermaid'], dir);
        expect(status).toBe(0);
        expectInert(stdout + stderr);
        expectEveryPayload(stdout);
        expect(runCli(['export', 'new.journey', '--to', 'mermaid', '-o', 'new.mmd'], dir).status).toBe(0);
        expectInert(fs.readFileSync(path.join(dir, 'new.mmd'), 'utf8'));
    });

    test('diff, text and json', () => {
        const text = runCli(['diff', 'old.journey', 'new.journey'], dir);
        expectInert(text.stdout + text.stderr);
        expectEveryPayload(text.stdout);
        const json = runCli(['diff', '--format', 'json', 'old.journey', 'new.journey'], dir).stdout;
        expectInert(json);
        expect(json.includes('\\u202e') && JSON.parse(json).files[0].journeys[0].changes.length > 0).toBe(true);
    });

    test('diff, markdown: nothing GitHub would link or mention', async () => {
        const { stdout } = runCli(['diff', '--format', 'markdown', 'old.journey', 'new.journey'], dir);
        expectInert(stdout);
        expectEveryPayload(stdout);
        const html = await marked.parse(stdout, { gfm: true });
        expect(html).not.toMatch(/<a\s/);
        // What GitHub's filters look for in the rendered text: mentions, URLs, issue references.
        const text = html.replace(/<[^>]*>/g, '');
        expect(text).not.toMatch(/(^|[^\w`])@[a-z0-9]/i);
        expect(text).not.toMatch(/https?:\/\/|www\./i);
        expect(text).not.toMatch(/#\d/);
    });

    test('a file name with a line break and a workflow command', () => {
        const name = 'x\n::error file=README.md,line=1::spoofed \u001b[2J.journey';
        const hostile = tempFolder({ [name]: BROKEN.replace(/"P\d\d[^"]*"|"::error::P04 spoofed"/g, '"T"') });
        const check = runCli(['check', '.'], hostile);
        expectInert(check.stdout + check.stderr);
        expect(check.stdout).toContain('spoofed');
        const github = runCli(['check', '--format', 'github', '.'], hostile);
        expectInert(github.stdout, { commands: github.stdout.trim().split('\n').length });
        const render = runCli(['render', name, '-o', 'out.svg'], hostile);
        expectInert(render.stdout + render.stderr);
    });

    test('commander echoes what it was given inertly', () => {
        const { stderr, status } = runCli(['check', '--\u001b[2J\n::error::x']);
        expect(status).toBe(2);
        expectInert(stderr);
    });
});

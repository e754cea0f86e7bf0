// `journey export --to mermaid` and `journey import` as processes, as users run them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { toMermaidJourney } from '../../src/cli/mermaid-export.js';
import { exampleModels } from '../diagram-core/journey-models.js';
import { runCli, tempFolder } from './run-cli.js';

const FIXTURES = path.resolve('test/cli/fixtures');
const WORKING_DAY = fs.readFileSync(path.join(FIXTURES, 'my-working-day.mmd'), 'utf8');
const TWO_JOURNEYS = `journey a "A" {
    phase p "P"
    touchpoint t "T" {
        in p
        score 4
    }
}
journey b "B" {
    phase q "Q"
    touchpoint u "U" {
        in q
        score 2
    }
}
`;

describe('journey export --to mermaid', () => {
    test('to standard output: the Mermaid text and nothing else', async () => {
        const file = 'examples/kinds/current-state.journey';
        const result = runCli(['export', file, '--to', 'mermaid']);
        expect(result).toMatchObject({ status: 0, stderr: '' });
        expect(result.stdout).toBe(toMermaidJourney((await exampleModels(file))[0]));
    });

    test('personas from an imported file are the actors', () => {
        const result = runCli(['export', 'examples/multi-file/online-purchase.journey', '--to', 'mermaid']);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/^ {6}.+: [1-5]: Sanne/m);
    });

    test('-o writes the file (creating its folder), --fenced wraps it for Markdown', () => {
        const dir = tempFolder({ 'shop.journey': TWO_JOURNEYS });
        const result = runCli(['export', 'shop.journey', '--to', 'mermaid', '--journey', 'b', '--fenced', '-o', 'docs/b.md'], dir);
        expect(result).toMatchObject({ status: 0, stdout: '' });
        expect(result.stderr).toBe("Wrote docs/b.md: journey 'b' as a Mermaid journey diagram.\n");
        expect(fs.readFileSync(path.join(dir, 'docs/b.md'), 'utf8')).toMatch(/^```mermaid\njourney\n {4}title B\n[\s\S]* {4}section Q\n {6}U: 2\n```\n$/);
    });

    test('several journeys: --journey chooses; without it, or with an unknown id, exit 2 naming the ids', () => {
        const dir = tempFolder({ 'shop.journey': TWO_JOURNEYS });
        expect(runCli(['export', 'shop.journey', '--to', 'mermaid', '--journey', 'a'], dir).stdout).toMatch(/title A\n/);
        expect(runCli(['export', 'shop.journey', '--to', 'mermaid'], dir)).toMatchObject({
            status: 2, stdout: '', stderr: "journey: 'shop.journey' has 2 journeys (a, b); choose one with --journey ID\n",
        });
        expect(runCli(['export', 'shop.journey', '--to', 'mermaid', '--journey', 'c'], dir)).toMatchObject({
            status: 2, stderr: "journey: 'shop.journey' has no journey 'c'; its journeys: a, b\n",
        });
    });

    test('a file with errors is not exported: the errors as journey check shows them, exit 1', () => {
        const dir = tempFolder({ 'bad.journey': 'journey bad "Bad" {\n    phase a "A"\n    touchpoint t "T" {\n        in b\n    }\n}\n' });
        const result = runCli(['export', 'bad.journey', '--to', 'mermaid'], dir);
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toEqual([
            expect.stringMatching(/^bad\.journey:4:12: error: There is no phase called 'b'\..*\[unknown-reference\]$/),
            "journey: 'bad.journey' has 1 error(s): fix the errors first (journey check bad.journey)",
        ]);
    });

    test('bad usage: exit 2 with one line, no stack trace', () => {
        expect(runCli(['export', 'examples/seven-phase-model.journey'])).toMatchObject({ status: 2 });
        expect(runCli(['export', 'examples/seven-phase-model.journey', '--to', 'svg']).stderr).toMatch(/Allowed choices are mermaid/);
        expect(runCli(['export', 'nowhere.journey', '--to', 'mermaid'])).toMatchObject({
            status: 2, stderr: "journey: cannot read 'nowhere.journey': no such file or folder\n",
        });
        expect(runCli(['export', 'examples', '--to', 'mermaid'])).toMatchObject({ status: 2 });
    });
});

describe('journey import', () => {
    test('to standard output: a journey that journey check passes', () => {
        const dir = tempFolder({ 'day.mmd': WORKING_DAY });
        const result = runCli(['import', 'day.mmd'], dir);
        expect(result).toMatchObject({ status: 0, stderr: '' });
        expect(result.stdout).toContain('journey my_working_day "My working day" {');
        fs.writeFileSync(path.join(dir, 'day.journey'), result.stdout);
        expect(runCli(['check', 'day.journey'], dir)).toMatchObject({ status: 0, stdout: '' });
    });

    test('-o writes the file and says what next; refuses to overwrite it without --force', () => {
        const dir = tempFolder({ 'day.mmd': WORKING_DAY });
        const first = runCli(['import', 'day.mmd', '-o', 'journeys/day.journey'], dir);
        expect(first).toMatchObject({ status: 0, stderr: '' });
        expect(first.stdout).toBe("Wrote journeys/day.journey: journey 'my_working_day' with 2 phase(s), 5 touchpoint(s) and 2 persona(s).\n"
            + 'next: add channels (via), owners and emotions, then run: journey check journeys/day.journey\n');
        const check = runCli(['check', 'journeys/day.journey'], dir);
        expect(check.status).toBe(0);
        expect(check.stderr).toMatch(/0 error\(s\), 0 warning\(s\)/);
        expect(runCli(['import', 'day.mmd', '-o', 'journeys/day.journey'], dir)).toMatchObject({
            status: 2, stderr: "journey: 'journeys/day.journey' already exists; use --force to overwrite it\n",
        });
        expect(runCli(['import', 'day.mmd', '-o', 'journeys/day.journey', '--force'], dir).status).toBe(0);
        expect(runCli(['import', 'day.mmd', '-o', 'day.txt'], dir)).toMatchObject({ status: 2 });
    });

    test('the journey fences of a Markdown file', () => {
        const result = runCli(['import', path.join(FIXTURES, 'journeys.md')]);
        expect(result.status).toBe(0);
        expect(result.stdout.match(/^journey \S+/gm)).toEqual(['journey my_working_day', 'journey buying_a_bike']);
    });

    test('round trip through files: import, export -o, import gives the same journey', () => {
        const dir = tempFolder({ 'day.mmd': WORKING_DAY });
        expect(runCli(['import', 'day.mmd', '-o', 'a.journey'], dir).status).toBe(0);
        expect(runCli(['export', 'a.journey', '--to', 'mermaid', '-o', 'a.mmd'], dir).status).toBe(0);
        expect(runCli(['import', 'a.mmd', '-o', 'b.journey'], dir).status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'b.journey'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'a.journey'), 'utf8'));
    });

    test('not a journey diagram: exit 1, one line naming the file and line', () => {
        const dir = tempFolder({ 'flow.mmd': '%% a flowchart\ngraph TD\n  A --> B\n', 'broken.mmd': 'journey\n  section A\n    Make tea 5 Me\n' });
        expect(runCli(['import', 'flow.mmd'], dir)).toMatchObject({
            status: 1, stdout: '', stderr: 'flow.mmd:2: error: not a Mermaid journey diagram: expected `journey` first, found `graph TD`\n',
        });
        expect(runCli(['import', 'broken.mmd'], dir)).toMatchObject({
            status: 1, stderr: 'broken.mmd:3: error: expected a task `Task name: score: actor, actor`, a `section` or a `title`, found `Make tea 5 Me`\n',
        });
    });

    test('score warnings name the line; the import still succeeds', () => {
        const dir = tempFolder({ 'd.mmd': 'journey\n  section A\n    Tea: 9: Me\n' });
        const result = runCli(['import', 'd.mmd'], dir);
        expect(result.status).toBe(0);
        expect(result.stderr).toBe("d.mmd:3: warning: the score 9 of task 'Tea' is not a whole number from 1 to 5; written as 5\n");
    });

    test('an unreadable file: exit 2', () => {
        expect(runCli(['import', 'nowhere.mmd'])).toMatchObject({ status: 2, stderr: "journey: cannot read 'nowhere.mmd': no such file\n" });
    });
});

describe('--help', () => {
    test.each(['export', 'import', 'new'])('journey %s --help has examples', command => {
        const result = runCli([command, '--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`Examples:\\n {2}journey ${command} `));
    });
});

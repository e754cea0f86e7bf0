// The example GitHub workflow: the same in the docs as in examples/, and every
// `npx journey` it runs uses a command and options the CLI has.
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const WORKFLOW = fs.readFileSync('examples/github-workflow/journey.yml', 'utf8');
const DOC = fs.readFileSync('docs/pull-requests.md', 'utf8');

describe('the pull-request workflow', () => {
    test('docs/pull-requests.md shows examples/github-workflow/journey.yml as it is', () => {
        const block = /```yaml\n([\s\S]*?)```/.exec(DOC)?.[1];
        expect(block).toBe(WORKFLOW);
        expect(DOC).toContain('](../examples/github-workflow/journey.yml)');
    });

    const calls = [...WORKFLOW.matchAll(/npx journey (\w+)([^\n|>]*)/g)].map(([, command, rest]) => ({
        command, options: [...rest.matchAll(/(?<=\s)--?[a-z][\w-]*/g)].map(m => m[0]),
        format: /--format (\w+)/.exec(rest)?.[1],
    }));

    test('runs check (github and sarif), diff and render', () => {
        expect(calls.map(c => c.command)).toEqual(['check', 'check', 'diff', 'render']);
    });

    test.each(calls)('journey $command $options: the command has these options', ({ command, options, format }) => {
        const help = runCli([command, '--help']);
        expect(help.status).toBe(0);
        for (const option of options.filter(o => o !== '--')) expect(help.stdout).toMatch(new RegExp(`(^|[\\s,])${option}\\b`));
        if (format) expect(help.stdout).toContain(`"${format}"`);
    });
});

// The example GitHub workflows: the same in the docs as in examples/, the action's
// first; the action one uses this repository's action at the released major version,
// and every `npx journey` the npm one runs uses a command and options the CLI has.
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const ACTION_WORKFLOW = fs.readFileSync('examples/github-workflow/journey.yml', 'utf8');
const NPM_WORKFLOW = fs.readFileSync('examples/github-workflow/journey-npm.yml', 'utf8');
const DOC = fs.readFileSync('docs/pull-requests.md', 'utf8');
const { version, repository } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string; repository: { url: string } };

describe('the pull-request workflows', () => {
    test('docs/pull-requests.md shows both workflows as they are in examples/, the action first', () => {
        const blocks = [...DOC.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(blocks).toEqual([ACTION_WORKFLOW, NPM_WORKFLOW]);
        expect(DOC).toContain('](../examples/github-workflow/journey.yml)');
        expect(DOC).toContain('](../examples/github-workflow/journey-npm.yml)');
    });

    test('the action workflow uses this repository\'s action at the major version of this release', () => {
        const repo = /github\.com\/([^/]+\/[^/.]+)/.exec(repository.url)![1];
        expect(ACTION_WORKFLOW).toContain(`uses: ${repo}@v${version.split('.')[0]}\n`);
        expect(ACTION_WORKFLOW).toContain('fetch-depth: 0');
    });

    const calls = [...NPM_WORKFLOW.matchAll(/npx journey (\w+)([^\n|>]*)/g)].map(([, command, rest]) => ({
        command, options: [...rest.matchAll(/(?<=\s)--?[a-z][\w-]*/g)].map(m => m[0]),
        format: /--format (\w+)/.exec(rest)?.[1],
    }));

    test('the npm workflow runs check (github and sarif), diff and render', () => {
        expect(calls.map(c => c.command)).toEqual(['check', 'check', 'diff', 'render']);
    });

    test.each(calls)('journey $command $options: the command has these options', ({ command, options, format }) => {
        const help = runCli([command, '--help']);
        expect(help.status).toBe(0);
        for (const option of options.filter(o => o !== '--')) expect(help.stdout).toMatch(new RegExp(`(^|[\\s,])${option}\\b`));
        if (format) expect(help.stdout).toContain(`"${format}"`);
    });
});

// The action and the workflows are valid for GitHub (action-validator checks them against
// SchemaStore's schemas, offline), and action.yml is wired to what its script reads and sets.
import { validateAction, validateWorkflow, type ValidationState } from '@action-validator/core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = ['examples/github-workflow', '.github/workflows']
    .flatMap(folder => fs.readdirSync(folder).filter(f => /\.ya?ml$/.test(f)).map(f => path.join(folder, f)));
const ACTION = fs.readFileSync('action.yml', 'utf8');
const SCRIPTS = fs.readdirSync('scripts/action').filter(f => f.endsWith('.mjs'))
    .map(f => fs.readFileSync(path.join('scripts/action', f), 'utf8')).join('\n');

/** The validator warns on the console that it cannot check `paths` globs without a checkout. */
function quietly(validate: (src: string) => ValidationState, text: string): ValidationState {
    const warn = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
        return validate(text);
    } finally {
        warn.mockRestore();
    }
}

describe('the linter', () => {
    test.each(WORKFLOWS)('%s is a valid workflow', file => {
        expect(quietly(validateWorkflow, fs.readFileSync(file, 'utf8')).errors).toEqual([]);
    });

    test('action.yml is a valid action', () => {
        expect(quietly(validateAction, ACTION).errors).toEqual([]);
    });

    test('finds a mistake: a composite step without a shell', () => {
        const broken = ACTION.replace(/\n {6}shell: bash\n {6}env:\n {8}INPUT_CLI_VERSION/, '\n      env:\n        INPUT_CLI_VERSION');
        expect(broken).not.toBe(ACTION);
        expect(JSON.stringify(quietly(validateAction, broken).errors)).toContain('/runs/steps/0/shell');
    });

    test('the release workflow builds with release:artifacts, which package.json has', () => {
        const release = fs.readFileSync('.github/workflows/release.yml', 'utf8');
        expect(release).toContain('npm run release:artifacts');
        expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts['release:artifacts']).toBe('node scripts/release-artifacts.mjs');
        for (const token of ['VSCE_PAT', 'OVSX_PAT', 'NPM_TOKEN']) {
            expect(release).toContain(`if: env.${token} != ''`);
            expect(release).toMatch(new RegExp(`\\[ -n "\\$${token}" \\] \\|\\| echo "::notice::`));
        }
    });
});

describe('the Pages workflow', () => {
    const pages = parse(fs.readFileSync('.github/workflows/pages.yml', 'utf8')) as {
        permissions: Record<string, string>; jobs: Record<string, { needs?: string; steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };

    test('builds the playground with npm ci and build:playground, which package.json has', () => {
        const runs = pages.jobs.build.steps.flatMap(s => s.run ?? []);
        expect(runs).toEqual(['npm ci', 'npm run build:playground']);
        expect(JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts['build:playground']).toBe('node scripts/build-playground.mjs');
    });

    test('publishes dist/playground/, where the build writes, after the build, with only the permissions Pages needs', () => {
        const upload = pages.jobs.build.steps.find(s => s.uses?.startsWith('actions/upload-pages-artifact@'));
        expect(upload?.with?.path).toBe('dist/playground');
        expect(fs.readFileSync('scripts/build-playground.mjs', 'utf8')).toContain("const OUT = 'dist/playground';");
        expect(pages.jobs.deploy.needs).toBe('build');
        expect(pages.jobs.deploy.steps.map(s => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
        expect(pages.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    });
});

interface Step { id?: string; run?: string; uses?: string; env?: Record<string, string> }
interface Action { inputs: Record<string, unknown>; outputs: Record<string, { value: string }>; runs: { steps: Step[] } }

describe('action.yml', () => {
    const action = parse(ACTION) as Action;
    const steps = action.runs.steps;

    test('its run steps are the script\'s phases: install, review, comment', () => {
        const phases = steps.flatMap(s => /scripts\/action\/run\.mjs" (\w+)/.exec(s.run ?? '')?.[1] ?? []);
        expect(phases).toEqual(['install', 'review', 'comment']);
    });

    test('every input is passed to a step, as the INPUT_* variable the script reads', () => {
        const passed = steps.flatMap(s => Object.entries(s.env ?? {}))
            .filter(([name]) => name.startsWith('INPUT_'))
            .map(([name, value]) => [name.slice('INPUT_'.length).toLowerCase().replace(/_/g, '-'), value]);
        expect(passed.map(([name]) => name).sort()).toEqual(Object.keys(action.inputs).sort());
        for (const [name, value] of passed) {
            expect(value).toBe(`\${{ inputs.${name} }}`);
            expect(SCRIPTS).toMatch(new RegExp(`[iI]nput\\(env, '${name}'`));
        }
    });

    test('every step output it reads is one the script sets', () => {
        const read = [...ACTION.matchAll(/steps\.(review|comment)\.outputs\.([\w-]+)/g)].map(m => m[2]);
        expect(read.length).toBeGreaterThan(5);
        for (const name of new Set(read)) expect(SCRIPTS).toContain(`setOutput(env, '${name}'`);
        expect(steps.filter(s => s.id).map(s => s.id)).toEqual(['review', 'diagrams', 'comment']);
    });
});

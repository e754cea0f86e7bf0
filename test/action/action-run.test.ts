// The GitHub Action's script, run as the runner runs action.yml's steps: in a temporary
// git repository with a base branch and a pull request's change, with the GITHUB_*
// variables and files the runner gives, the CLI installed from the packed tarball by the
// action's own install step, and a fake GitHub API on 127.0.0.1 that records the comment.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MARKER } from '../../scripts/action/pr-comment.mjs';
import { packCli } from '../package/pack-cli.js';
import { fakeGitHub, otherComments, type Comment } from './fake-github.js';

const RUN = path.resolve('scripts/action/run.mjs');
const REPOSITORY = 'acme/journeys';
const PR = 7;
const TOKEN = 'ghs_test-token';
const ARTIFACT_URL = 'https://github.invalid/acme/journeys/actions/runs/1/artifacts/2';

const SHOP = `journey shop "Shop" {
    kind current
    follows family
    persona family "Family"
    channel website "Website" digital
    department marketing "Marketing"
    phase visit "Visit" {
        owner marketing
    }
    touchpoint site "Website" {
        in visit
        via website
        score 4
    }
}
`;
const SHOP_CHANGED = SHOP.replace('score 4', 'score 2').replace(/\n}\n$/, `
    touchpoint counter "Service counter" {
        in visit
        score 3
    }
}
`);
// Shared definitions: a changed file with no journey to draw.
const COMPANY = `persona family "Family"
`;
const BROKEN = `journey broken "Broken" {
    phase a "A"
    touchpoint t "T" {
        in b
    }
}
`;

let temp: string;
let cli: string;

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/**
 * A checkout as actions/checkout leaves it with `fetch-depth: 0`: origin/main, and the pull
 * request's commit checked out. Without `fetchBase`, as with the default depth: no origin/main.
 */
function pullRequestCheckout(name: string, fetchBase = true): string {
    const origin = path.join(temp, `${name}-origin.git`);
    const seed = path.join(temp, `${name}-seed`);
    fs.mkdirSync(path.join(seed, 'journeys'), { recursive: true });
    fs.writeFileSync(path.join(seed, 'journeys/shop.journey'), SHOP);
    fs.writeFileSync(path.join(seed, 'README.md'), 'Journeys\n');
    git(seed, 'init', '-q', '-b', 'main');
    git(seed, 'add', '-A');
    git(seed, 'commit', '-qm', 'Journeys');
    git(temp, 'clone', '-q', '--bare', seed, origin);
    const work = path.join(temp, name);
    git(temp, 'clone', '-q', origin, work);
    git(work, 'checkout', '-q', '-b', 'change');
    fs.writeFileSync(path.join(work, 'journeys/shop.journey'), SHOP_CHANGED);
    fs.writeFileSync(path.join(work, 'journeys/broken.journey'), BROKEN);
    fs.writeFileSync(path.join(work, 'journeys/company.journey'), COMPANY);
    git(work, 'add', '-A');
    git(work, 'commit', '-qm', 'Change the shop journey');
    if (!fetchBase) git(work, 'update-ref', '-d', 'refs/remotes/origin/main');
    return work;
}

interface Runner { env: NodeJS.ProcessEnv; outputs: () => Record<string, string>; summary: () => string; runnerTemp: string }

/** This machine's variables (npm needs its proxy and certificate settings), less any of a real runner's. */
function machineEnvironment(): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(GITHUB_|INPUT_|RUNNER_|JOURNEY_)/.test(key)));
}

/** The variables and files a GitHub runner gives each step of a pull_request run. */
function runner(name: string, apiUrl: string, headRepository = REPOSITORY, inputs: NodeJS.ProcessEnv = {}): Runner {
    const dir = fs.mkdtempSync(path.join(temp, `${name}-runner-`));
    const event = path.join(dir, 'event.json');
    fs.writeFileSync(event, JSON.stringify({
        action: 'synchronize', number: PR,
        pull_request: { number: PR, base: { ref: 'main' }, head: { ref: 'change', repo: { full_name: headRepository } } },
    }));
    const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary' };
    const env: NodeJS.ProcessEnv = {
        ...machineEnvironment(), CI: 'true', GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'change', GITHUB_API_URL: apiUrl,
        GITHUB_ACTION_PATH: path.resolve('.'), RUNNER_TEMP: path.join(dir, 'tmp'), JOURNEY_CLI: cli,
        INPUT_JOURNEYS: 'journeys/', INPUT_COMMENT: 'true', INPUT_SARIF: 'true', INPUT_TOKEN: TOKEN, ...inputs,
    };
    for (const [key, file] of Object.entries(files)) {
        env[key] = path.join(dir, file);
        fs.writeFileSync(env[key]!, '');
    }
    fs.mkdirSync(env.RUNNER_TEMP!);
    return {
        env, runnerTemp: env.RUNNER_TEMP!,
        outputs: () => parseEnvironmentFile(fs.readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
        summary: () => fs.readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    };
}

/** `name=value` and `name<<DELIMITER … DELIMITER` entries, as the runner reads them. */
function parseEnvironmentFile(text: string): Record<string, string> {
    const values: Record<string, string> = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
        if (heredoc) {
            const end = lines.indexOf(heredoc[2], i + 1);
            values[heredoc[1]] = lines.slice(i + 1, end).join('\n');
            i = end;
        } else if (lines[i].includes('=')) {
            values[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
        }
    }
    return values;
}

/** One step: `node run.mjs PHASE` in the checkout (asynchronous, so the fake API can answer meanwhile). */
function step(phase: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [RUN, phase], { cwd, env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', status => resolve({ status, stdout, stderr }));
    });
}

beforeAll(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-action-'));
    // The action's install step, with the `cli-version` input naming the packed tarball.
    const setup = runner('install', 'http://127.0.0.1:9', REPOSITORY, { INPUT_CLI_VERSION: packCli(temp), JOURNEY_CLI: undefined });
    const installed = await step('install', temp, setup.env);
    expect(installed.status, installed.stdout + installed.stderr).toBe(0);
    cli = parseEnvironmentFile(fs.readFileSync(setup.env.GITHUB_ENV!, 'utf8')).JOURNEY_CLI;
    expect(cli).toBe(path.join(setup.runnerTemp, 'journey-cli/node_modules/@journey-maps/cli/cli.js'));
}, 300_000);

afterAll(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
});

describe('the action on a pull request', () => {
    let checkout: string;
    let run: Runner;
    let review: Awaited<ReturnType<typeof step>>;
    let comment: Awaited<ReturnType<typeof step>>;
    let api: Awaited<ReturnType<typeof fakeGitHub>>;
    let earlier: Comment;

    beforeAll(async () => {
        checkout = pullRequestCheckout('pr');
        earlier = { id: 4242, body: `${MARKER}\nThe diff of an earlier push` };
        // Our earlier comment is on the second page, after a full page of other people's comments.
        api = await fakeGitHub(REPOSITORY, PR, [...otherComments(), earlier, { id: 4243, body: 'A later remark' }]);
        run = runner('pr', api.url);
        review = await step('review', checkout, run.env);
        comment = await step('comment', checkout, { ...run.env, ARTIFACT_URL });
    }, 120_000);

    afterAll(() => api?.close());

    test('annotates the problems, and says the journeys have errors', () => {
        expect(review.status, review.stdout).toBe(0);
        expect(review.stdout).toMatch(/^::error file=journeys\/broken\.journey,line=4,col=12,.*title=Journey \[unknown-reference\]::There is no phase called 'b'/m);
        expect(run.outputs().errors).toBe('true');
    });

    test('writes a SARIF log of the same problems', () => {
        const sarif = JSON.parse(fs.readFileSync(run.outputs()['sarif-file'], 'utf8'));
        expect(sarif.version).toBe('2.1.0');
        const errors = sarif.runs[0].results.filter((r: { level: string }) => r.level === 'error');
        expect(errors).toEqual([expect.objectContaining({
            ruleId: 'unknown-reference',
            locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: 'journeys/broken.journey' }) }) })],
        })]);
    });

    test('says what changed in journey terms, in the diff file and the job summary', () => {
        const diff = fs.readFileSync(run.outputs()['diff-file'], 'utf8');
        expect(diff).toContain('Service counter');
        expect(diff).toMatch(/4 → 2/);
        expect(run.summary()).toContain(diff.trimEnd());
    });

    test('draws the changed journeys, and notes the ones it cannot draw', () => {
        const diagrams = run.outputs().diagrams;
        const files = fs.readdirSync(diagrams, { recursive: true }).map(String).sort();
        // Two journeys changed, but `journey diff --svg` never draws one with errors (as render would not): only shop's.
        expect(files).toEqual(['changes.svg', 'journeys', path.join('journeys', 'shop.svg')]);
        expect(fs.readFileSync(path.join(diagrams, 'changes.svg'), 'utf8')).toContain('Service counter');
        expect(fs.readFileSync(path.join(diagrams, 'journeys/shop.svg'), 'utf8')).toContain('Service counter');
        expect(review.stdout).toContain('::notice file=journeys/broken.journey::Not drawn: the file has errors or no journey.');
        expect(review.stdout).toContain('::notice file=journeys/company.journey::Not drawn: the file has errors or no journey.');
    });

    test('updates its earlier comment instead of adding one, with the diff and the diagrams link', () => {
        expect(comment.status, comment.stdout + comment.stderr).toBe(0);
        const writes = api.requests.filter(r => r.method !== 'GET');
        expect(writes.map(r => `${r.method} ${r.url}`)).toEqual([`PATCH /repos/${REPOSITORY}/issues/comments/4242`]);
        expect(api.requests.filter(r => r.method === 'GET').map(r => r.url)).toEqual([
            `/repos/${REPOSITORY}/issues/${PR}/comments?per_page=100&page=1`,
            `/repos/${REPOSITORY}/issues/${PR}/comments?per_page=100&page=2`,
        ]);
        expect(api.requests.every(r => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
        const body = earlier.body;
        expect(body.startsWith(`${MARKER}\n`)).toBe(true);
        expect(body).toContain(fs.readFileSync(run.outputs()['diff-file'], 'utf8').trimEnd());
        expect(body).toContain(`[Diagrams of the changed journeys](${ARTIFACT_URL})`);
        expect(api.comments).toHaveLength(102);
        expect(run.outputs()['comment-url']).toMatch(/#issuecomment-4242$/);
    });
});

describe('the action in other situations', () => {
    test('the first run on a pull request posts a new comment', async () => {
        const checkout = pullRequestCheckout('first');
        const api = await fakeGitHub(REPOSITORY, PR, otherComments(3));
        try {
            const run = runner('first', api.url);
            expect((await step('review', checkout, run.env)).status).toBe(0);
            expect((await step('comment', checkout, run.env)).status).toBe(0);
            expect(api.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.url}`)).toEqual([`POST /repos/${REPOSITORY}/issues/${PR}/comments`]);
            const posted = api.comments.at(-1)!.body;
            expect(posted.startsWith(MARKER)).toBe(true);
            expect(posted).toContain('Service counter');
            expect(posted).not.toContain('Diagrams of the changed journeys');
        } finally {
            await api.close();
        }
    }, 60_000);

    test('a pull request from a fork is checked and summarised, but neither commented on nor uploaded', async () => {
        const checkout = pullRequestCheckout('fork');
        const api = await fakeGitHub(REPOSITORY, PR, []);
        try {
            const run = runner('fork', api.url, 'someone/journeys');
            expect((await step('review', checkout, run.env)).status).toBe(0);
            const comment = await step('comment', checkout, run.env);
            expect(comment.status).toBe(0);
            expect(comment.stdout).toContain('::notice::A pull request from a fork gets a read-only token');
            expect(api.requests).toEqual([]);
            expect(run.outputs()['same-repo']).toBe('false');
            expect(run.summary()).toContain('Service counter');
        } finally {
            await api.close();
        }
    }, 60_000);

    test('comment: false and sarif: false leave out the comment and the SARIF log', async () => {
        const checkout = pullRequestCheckout('quiet');
        const api = await fakeGitHub(REPOSITORY, PR, []);
        try {
            const run = runner('quiet', api.url, REPOSITORY, { INPUT_COMMENT: 'false', INPUT_SARIF: 'false' });
            expect((await step('review', checkout, run.env)).status).toBe(0);
            expect((await step('comment', checkout, run.env)).status).toBe(0);
            expect(api.requests).toEqual([]);
            expect(run.outputs()['sarif-file']).toBeUndefined();
            expect(run.outputs().errors).toBe('true');
        } finally {
            await api.close();
        }
    }, 60_000);

    test('a checkout without the base branch fails with what to change', async () => {
        const checkout = pullRequestCheckout('shallow', false);
        const result = await step('review', checkout, runner('shallow', 'http://127.0.0.1:9').env);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('::error::The base branch origin/main is not in the checkout: check out with actions/checkout and `fetch-depth: 0`.');
    }, 60_000);

    test('a push (no pull request) is checked, with a notice that there is nothing to compare', async () => {
        const checkout = pullRequestCheckout('push');
        const run = runner('push', 'http://127.0.0.1:9');
        fs.writeFileSync(run.env.GITHUB_EVENT_PATH!, JSON.stringify({ ref: 'refs/heads/change' }));
        const review = await step('review', checkout, run.env);
        expect(review.status).toBe(0);
        expect(review.stdout).toContain('::error file=journeys/broken.journey');
        expect(review.stdout).toContain('::notice::Not a pull request');
        expect(run.outputs()).toMatchObject({ errors: 'true', 'same-repo': 'true' });
        expect(run.outputs()['diff-file']).toBeUndefined();
        expect((await step('comment', checkout, run.env)).status).toBe(0);
    }, 60_000);
});

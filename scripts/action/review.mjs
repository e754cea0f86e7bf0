// The review the action makes of the journeys: annotations (`check --format github`),
// a SARIF log, and for a pull request the Markdown diff against the base branch and the
// diagrams of the changed journeys. The same steps as examples/github-workflow/journey-npm.yml.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotation, appendSummary, booleanInput, input, pullRequest, setOutput } from './github.mjs';

/** Where the review's files go: the runner's temporary folder, outside the user's checkout. */
export function workFolder(env) {
    return path.join(env.RUNNER_TEMP, 'journey');
}

/** Runs the CLI; its messages (stderr) go to the log. */
function runJourney(env, cwd, args, capture) {
    if (!env.JOURNEY_CLI) throw new Error('JOURNEY_CLI is not set: the install step of the action did not run.');
    const result = spawnSync(process.execPath, [env.JOURNEY_CLI, ...args], {
        cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'pipe'],
    });
    if (result.error) throw result.error;
    process.stderr.write(result.stderr);
    return result;
}

/** check and diff: exit code 1 means "the journeys have errors"; 2 is a real failure (bad usage, unreadable file). */
function journey(env, cwd, args, capture) {
    const result = runJourney(env, cwd, args, capture);
    if (result.status !== 0 && result.status !== 1) throw new Error(`journey ${args[0]} failed: ${result.stderr.trim()}`);
    return result;
}

function git(cwd, args) {
    const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

/** The .journey files the pull request adds or changes under the folder (deleted ones cannot be drawn). */
function changedJourneys(cwd, base, folder) {
    const { stdout } = git(cwd, ['diff', '-z', '--name-only', '--diff-filter=d', `${base}...HEAD`, '--', folder]);
    return stdout.split('\0').filter(file => file.endsWith('.journey'));
}

function reviewPullRequest(env, cwd, pr, folder, work) {
    const base = `origin/${pr.baseRef}`;
    if (!git(cwd, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).ok) {
        throw new Error(`The base branch ${base} is not in the checkout: check out with actions/checkout and \`fetch-depth: 0\`.`);
    }
    const diagrams = path.join(work, 'diagrams');
    mkdirSync(diagrams, { recursive: true });
    const diff = journey(env, cwd, ['diff', base, '--format', 'markdown', '--allow-errors', '--svg', path.join(diagrams, 'changes.svg'), '--', folder], true);
    const diffFile = path.join(work, 'diff.md');
    writeFileSync(diffFile, diff.stdout);
    appendSummary(env, diff.stdout);

    for (const file of changedJourneys(cwd, base, folder)) {
        const out = path.join(diagrams, `${file.replace(/\.journey$/, '')}.svg`);
        mkdirSync(path.dirname(out), { recursive: true });
        // A file with errors (exit 1) or with shared definitions only (exit 2) is not drawn: that is no failure.
        if (runJourney(env, cwd, ['render', file, '-o', out], true).status !== 0) {
            console.log(annotation('notice', 'Not drawn: the file has errors or no journey.', file));
        }
    }
    setOutput(env, 'diff-file', diffFile);
    setOutput(env, 'diagrams', diagrams);
}

/** Runs the review; the outputs tell the later steps what to upload and whether to fail. */
export function review(env, cwd) {
    const folder = input(env, 'journeys', 'journeys/');
    const work = workFolder(env);
    mkdirSync(work, { recursive: true });

    // Without the input each journey follows the nearest journey.config.json above it, as in the editor.
    const config = input(env, 'config', '');
    const rules = config ? ['--config', config] : [];
    const check = journey(env, cwd, ['check', ...rules, '--format', 'github', folder], false);
    setOutput(env, 'errors', String(check.status === 1));

    if (booleanInput(env, 'sarif', true)) {
        const sarifFile = path.join(work, 'journey.sarif');
        writeFileSync(sarifFile, journey(env, cwd, ['check', ...rules, '--format', 'sarif', folder], true).stdout);
        setOutput(env, 'sarif-file', sarifFile);
    }

    const pr = pullRequest(env);
    setOutput(env, 'same-repo', String(pr?.sameRepo ?? true));
    if (pr) reviewPullRequest(env, cwd, pr, folder, work);
    else console.log(annotation('notice', 'Not a pull request: the journeys were checked; a diff and a comment need a pull request.'));
}

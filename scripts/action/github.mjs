// What a GitHub Actions step gets from the runner and gives back to it: inputs and
// the event from the environment, outputs, environment files, the job summary and
// workflow commands (annotations). Everything takes `env` so tests can stand in for the runner.
import { appendFileSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';

/** A composite action passes its inputs as INPUT_* variables (action.yml sets them per step; - becomes _). */
export function input(env, name, fallback = '') {
    const value = env[`INPUT_${name.replace(/[ -]/g, '_').toUpperCase()}`];
    return value === undefined || value.trim() === '' ? fallback : value.trim();
}

export function booleanInput(env, name, fallback) {
    const value = input(env, name, String(fallback)).toLowerCase();
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new Error(`The input '${name}' must be true or false, not '${value}'.`);
}

/** The pull request that triggered the run, or undefined for any other event (push, schedule…). */
export function pullRequest(env) {
    const event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
    const pr = event.pull_request;
    if (!pr) return undefined;
    // A pull request from a fork gets a read-only token: it can be checked, not commented on.
    return { number: pr.number, baseRef: pr.base.ref, sameRepo: pr.head?.repo?.full_name === env.GITHUB_REPOSITORY };
}

/** `name=value` lines in a GitHub environment file; a multi-line value in a heredoc with an unguessable delimiter. */
function appendVariable(file, name, value) {
    if (!file) return;
    const text = String(value);
    if (!/[\r\n]/.test(text)) return appendFileSync(file, `${name}=${text}\n`);
    const delimiter = `journey_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}\n${text}\n${delimiter}\n`);
}

export const setOutput = (env, name, value) => appendVariable(env.GITHUB_OUTPUT, name, value);
export const exportVariable = (env, name, value) => appendVariable(env.GITHUB_ENV, name, value);

export function appendSummary(env, markdown) {
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown.trimEnd()}\n`);
}

const escapeData = text => String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = text => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A workflow command such as `::notice file=a.journey::text`, which GitHub shows as an annotation. */
export function annotation(level, message, file) {
    const properties = file ? ` file=${escapeProperty(file)}` : '';
    return `::${level}${properties}::${escapeData(message)}`;
}

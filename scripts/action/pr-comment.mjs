// One comment per pull request with what changed in journey terms: found again by a
// hidden marker at its start and edited on every push, instead of a new one each time.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { annotation, booleanInput, input, pullRequest, setOutput } from './github.mjs';
import { workFolder } from './review.mjs';

export const MARKER = '<!-- journey-maps/journey: diff -->';
// GitHub refuses comments over 65,536 characters; the job summary always has the whole diff.
const MAX_BODY = 60_000;

export function commentBody(diff, artifactUrl) {
    let text = diff.trimEnd();
    if (text.length > MAX_BODY) {
        text = `${text.slice(0, MAX_BODY).replace(/\n[^\n]*$/, '')}\n\n… The diff is too long for a comment: the run's summary has all of it.`;
    }
    const link = artifactUrl
        ? `\n\n[Diagrams of the changed journeys](${artifactUrl}) (SVG; the changes*.svg files mark what changed)`
        : '';
    return `${MARKER}\n${text}${link}\n`;
}

async function api(env, method, route, body) {
    const response = await fetch(`${env.GITHUB_API_URL ?? 'https://api.github.com'}${route}`, {
        method,
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${input(env, 'token')}`,
            'content-type': 'application/json',
            'user-agent': 'journey-maps-action',
            'x-github-api-version': '2022-11-28',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
        const hint = response.status === 403 ? ' (does the workflow give `pull-requests: write`?)' : '';
        throw new Error(`GitHub refused ${method} ${route}: ${response.status} ${response.statusText}${hint}`);
    }
    return response.json();
}

/** The comment this action made earlier on the pull request, if any (all pages are read). */
async function findComment(env, issue) {
    for (let page = 1; ; page++) {
        const comments = await api(env, 'GET', `${issue}/comments?per_page=100&page=${page}`);
        const ours = comments.find(comment => typeof comment.body === 'string' && comment.body.startsWith(MARKER));
        if (ours || comments.length < 100) return ours;
    }
}

/** Posts the diff as the pull request's journey comment, or updates the one already there. */
export async function comment(env) {
    const pr = pullRequest(env);
    if (!booleanInput(env, 'comment', true) || !pr) return;
    if (!pr.sameRepo) {
        console.log(annotation('notice', 'A pull request from a fork gets a read-only token: the diff is in the run\'s summary, not in a comment.'));
        return;
    }
    const diffFile = path.join(workFolder(env), 'diff.md');
    if (!existsSync(diffFile)) throw new Error('There is no diff to post: the review step of the action did not run.');
    const body = commentBody(readFileSync(diffFile, 'utf8'), env.ARTIFACT_URL);
    const repo = `/repos/${env.GITHUB_REPOSITORY}`;
    const existing = await findComment(env, `${repo}/issues/${pr.number}`);
    const posted = existing
        ? await api(env, 'PATCH', `${repo}/issues/comments/${existing.id}`, { body })
        : await api(env, 'POST', `${repo}/issues/${pr.number}/comments`, { body });
    console.log(`${existing ? 'Updated' : 'Posted'} the journey comment: ${posted.html_url}`);
    setOutput(env, 'comment-url', posted.html_url);
}

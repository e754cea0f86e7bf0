// A stand-in for the GitHub REST API on 127.0.0.1: the issue-comment routes the action
// uses. It serves the comments a pull request already has (100 a page, as GitHub does)
// and records every request, so a test sees what the action posted or edited.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment { id: number; body: string }
export interface Recorded { method: string; url: string; authorization?: string; body?: { body: string } }

export interface FakeGitHub { url: string; comments: Comment[]; requests: Recorded[]; close(): Promise<void> }

const PAGE = 100;

export async function fakeGitHub(repository: string, pr: number, comments: Comment[]): Promise<FakeGitHub> {
    const requests: Recorded[] = [];
    let nextId = 1000;
    const issueComments = `/repos/${repository}/issues/${pr}/comments`;
    const server = http.createServer((request, response) => {
        let text = '';
        request.on('data', chunk => { text += chunk; });
        request.on('end', () => {
            const body = text ? JSON.parse(text) as { body: string } : undefined;
            requests.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, body });
            const url = new URL(request.url!, 'http://127.0.0.1');
            const reply = (status: number, json: unknown) => {
                response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
            };
            const link = (c: Comment) => ({ ...c, html_url: `https://github.invalid/${repository}/pull/${pr}#issuecomment-${c.id}` });
            if (request.method === 'GET' && url.pathname === issueComments) {
                const page = Number(url.searchParams.get('page') ?? 1);
                const size = Number(url.searchParams.get('per_page') ?? 30);
                return reply(200, comments.slice((page - 1) * size, page * size).map(link));
            }
            if (request.method === 'POST' && url.pathname === issueComments && body) {
                const created = { id: nextId++, body: body.body };
                comments.push(created);
                return reply(201, link(created));
            }
            const edit = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
            const target = edit && comments.find(c => c.id === Number(edit[1]));
            if (request.method === 'PATCH' && target && body) {
                target.body = body.body;
                return reply(200, link(target));
            }
            reply(404, { message: 'Not Found' });
        });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}`, comments, requests,
        close: () => new Promise<void>(resolve => server.close(() => resolve())),
    };
}

/** Comments by other people, enough to fill the first page. */
export function otherComments(count = PAGE): Comment[] {
    return Array.from({ length: count }, (_, i) => ({ id: i + 1, body: `Looks good (${i + 1})` }));
}

// The playground from a static web server (as GitHub Pages serves it), not only from
// file://: the same page works, and still requests nothing but its own files.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { OWN_FILES, PLAYGROUND_DIR, playgroundBase } from './playground-page.js';
import { usePlayground } from './use-playground.js';

const playground = usePlayground();
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
let server: http.Server | undefined;
let base = '';
const served: string[] = [];

beforeAll(async () => {
    playgroundBase();   // fails early when the playground is not built
    server = http.createServer((request, response) => {
        const file = path.basename(new URL(request.url ?? '/', 'http://host').pathname);
        served.push(file);
        if (!OWN_FILES.includes(file)) return void response.writeHead(404).end();
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] });
        fs.createReadStream(path.join(PLAYGROUND_DIR, file)).pipe(response);
    });
    await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>(resolve => (server ? server.close(() => resolve()) : resolve())));

test('served over http, the page shows its diagram and asks the server only for its own files', async () => {
    const page = await playground.openFragment('', base);
    await expect.poll(() => page.page.locator('svg.journey-diagram').textContent()).toContain('A new floor for the family home');
    await page.download('PNG');
    expect([...new Set(served)].sort()).toEqual(['diagram.css', 'index.html', 'playground.css', 'playground.js', 'png.js']);
}, 120_000);

// dist/cli.js starts the bundle with V8's code cache written at build time (src/cli/boot.ts):
// the cache fits this Node and this bundle, and a missing or foreign cache only costs time.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { Module } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';

const dist = path.resolve('dist');
const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cache-'));
afterAll(() => fs.rmSync(copies, { recursive: true, force: true }));

/** dist/cli.js and its bundle in a folder of their own, with `cache` as the code cache (none when undefined). */
function cliWith(name: string, cache: Buffer | undefined): string {
    const dir = path.join(copies, name);
    fs.mkdirSync(dir);
    for (const file of ['cli.js', 'cli-main.js']) fs.copyFileSync(path.join(dist, file), path.join(dir, file));
    if (cache) fs.writeFileSync(path.join(dir, 'cli-main.cache'), cache);
    return path.join(dir, 'cli.js');
}

const version = (cli: string) => spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });

describe('the CLI\'s code cache', () => {
    test('the build writes a cache that V8 takes for the bundle', () => {
        const bundle = path.join(dist, 'cli-main.js');
        const script = new Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
            filename: bundle, cachedData: fs.readFileSync(path.join(dist, 'cli-main.cache')),
        });
        expect(script.cachedDataRejected).toBe(false);
    });

    test('without a cache, or with one V8 refuses, the CLI runs as before', () => {
        const expected = version(path.join(dist, 'cli.js'));
        expect(expected.status).toBe(0);
        for (const [name, cache] of [['none', undefined], ['garbage', Buffer.from('not a code cache')]] as const) {
            const result = version(cliWith(name, cache));
            expect(result.stderr).toBe('');
            expect(result.stdout).toBe(expected.stdout);
        }
    });
});

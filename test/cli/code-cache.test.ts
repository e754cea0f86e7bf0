// dist/cli.js starts the bundle with V8's code cache written at build time (src/cli/boot.ts):
// the cache fits this Node and this bundle, and a missing or foreign cache only costs time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { Module } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';

const dist = path.resolve('dist');
const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cache-'));
afterAll(() => fs.rmSync(copies, { recursive: true, force: true }));

/** dist/cli.js and its bundle (`bundle`, else the built one) in a folder of their own, with `cache` as the code cache. */
function cliWith(name: string, cache: Buffer | undefined, bundle = fs.readFileSync(path.join(dist, 'cli-main.js'), 'utf8')): string {
    const dir = path.join(copies, name);
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(dist, 'cli.js'), path.join(dir, 'cli.js'));
    fs.writeFileSync(path.join(dir, 'cli-main.js'), bundle);
    if (cache) fs.writeFileSync(path.join(dir, 'cli-main.cache'), cache);
    return path.join(dir, 'cli.js');
}

const printVersion = (cli: string) => spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });

describe('the CLI\'s code cache', () => {
    test('the build writes a cache of this bundle (its SHA-256 first) that V8 takes', () => {
        const bundle = path.join(dist, 'cli-main.js');
        const source = fs.readFileSync(bundle, 'utf8');
        const cache = fs.readFileSync(path.join(dist, 'cli-main.cache'));
        expect(cache.subarray(0, 32).equals(createHash('sha256').update(source).digest())).toBe(true);
        const script = new Script(Module.wrap(source), { filename: bundle, cachedData: cache.subarray(32) });
        expect(script.cachedDataRejected).toBe(false);
    });

    test('without a cache, with one of another bundle, or with one V8 refuses, the CLI runs as before', () => {
        const expected = printVersion(path.join(dist, 'cli.js'));
        expect(expected.status).toBe(0);
        const built = fs.readFileSync(path.join(dist, 'cli-main.cache'));
        const digest = createHash('sha256').update(fs.readFileSync(path.join(dist, 'cli-main.js'), 'utf8')).digest();
        const cases = [
            ['none', undefined],
            ['another digest', Buffer.concat([createHash('sha256').update('another bundle').digest(), built.subarray(32)])],
            ['garbage', Buffer.concat([digest, Buffer.from('not a code cache')])],
        ] as const;
        for (const [name, cache] of cases) {
            const result = printVersion(cliWith(name, cache));
            expect(result.stderr).toBe('');
            expect(result.stdout).toBe(expected.stdout);
        }
    });

    test('a cache made for another build of the same length is not used: V8 alone would run the old build\'s code', () => {
        const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
        const other = version.replace(/^\d/, d => String((Number(d) + 1) % 10));
        const source = fs.readFileSync(path.join(dist, 'cli-main.js'), 'utf8');
        expect(source).toContain(`"${version}"`);
        const rebuilt = source.replace(`"${version}"`, `"${other}"`);
        expect(rebuilt.length).toBe(source.length);
        const result = printVersion(cliWith('rebuilt', fs.readFileSync(path.join(dist, 'cli-main.cache')), rebuilt));
        expect(result.stdout.trim()).toBe(other);
    });
});

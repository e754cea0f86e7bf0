// `journey check` on many files splits them over threads by import-linked
// groups: the problems must be exactly those of one thread.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { balance, partitionByImports } from '../../src/cli/check-partition.js';
import { CLI, tempFolder } from './run-cli.js';

const COMPANY = 'persona family "Family"\npersona seniors "Seniors"\nchannel website "Website" digital\n';
const journey = (name: string, head = '', persona = 'family') => `${head}journey ${name} {
    follows ${persona}
    phase p "P"
    touchpoint t { in p via website for ${persona} score 1 critical }
}
`;

// 120 files: most stand alone; a.journey imports the company file through a comment; shared.journey's
// persona 'kids' is used only by a file not named on the command line, which c.journey imports.
const files: Record<string, string> = {
    'company.journey': COMPANY,
    'a.journey': journey('a', 'import /* the company */ "company.journey"\n'),
    'named/shared.journey': 'persona kids "Kids"\npersona pets "Pets"\n',
    'unnamed/middle.journey': journey('u', 'import "../named/shared.journey"\n', 'kids'),
    'c.journey': journey('c', 'import "unnamed/middle.journey"\n'),
    'b.journey': journey('b', '// import "company.journey"\n', 'nobody'),
};
for (let i = 0; i < 115; i++) files[`team/j${i}.journey`] = journey(`j${i}`, i % 2 ? 'import "../company.journey"\n' : '');
const dir = tempFolder(files);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const named = ['company.journey', 'a.journey', 'b.journey', 'c.journey', 'named/shared.journey', ...Object.keys(files).filter(f => f.startsWith('team/'))];

// The threads start before the files are split: those left without files must stop, or the process would not end.
const run = (threads: number, args: string[]) => spawnSync(process.execPath, [CLI, 'check', ...args], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, JOURNEY_CHECK_THREADS: String(threads) }, timeout: 120_000, killSignal: 'SIGKILL',
});

function check(threads: number, files = named) {
    const result = run(threads, ['--format', 'json', ...files]);
    return { status: result.status, problems: JSON.parse(result.stdout) as Array<{ file: string; code: string; message: string }> };
}

describe('journey check over several threads', () => {
    test('reports exactly what one thread reports', () => {
        const one = check(1);
        expect(one.problems.length).toBeGreaterThan(100);
        // 'kids' is used by a file outside the command line, so only 'seniors' and 'pets' are unused.
        expect(one.problems.filter(p => p.code === 'unused-persona').map(p => /'(\w+)'/.exec(p.message)?.[1])).toEqual(['Seniors', 'Pets']);
        for (const threads of [2, 3]) expect(check(threads)).toEqual(one);
    });

    test('threads left without files (all import one file: one group) stop, and the problems are those of one thread', () => {
        const linked: Record<string, string> = { 'company.journey': COMPANY };
        for (let i = 0; i < 110; i++) linked[`j${i}.journey`] = journey(`j${i}`, 'import "company.journey"\n');
        const folder = tempFolder(linked);
        try {
            const runIn = (threads: number) => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], {
                cwd: folder, encoding: 'utf8', env: { ...process.env, JOURNEY_CHECK_THREADS: String(threads) }, timeout: 120_000, killSignal: 'SIGKILL',
            });
            const one = runIn(1), three = runIn(3);
            expect(JSON.parse(one.stdout).length).toBeGreaterThan(100);
            expect([three.status, three.stdout]).toEqual([one.status, one.stdout]);
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });

    test('a mistake seen by every thread (a missing --config) is one usage error, and the process ends', () => {
        const result = run(2, ['--config', 'missing.json', ...named]);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('missing.json');
    });

    test('keeps import-linked files together, and errs towards merging', () => {
        const groups = partitionByImports(named.map(f => path.join(dir, f)))!;
        const groupOf = (file: string) => groups.find(g => g.files.includes(path.join(dir, file)))!;
        expect(groupOf('a.journey')).toBe(groupOf('company.journey'));
        expect(groupOf('team/j1.journey')).toBe(groupOf('company.journey'));
        expect(groupOf('b.journey')).toBe(groupOf('company.journey')); // a commented import merges: harmless
        expect(groupOf('named/shared.journey')).toBe(groupOf('c.journey')); // through the file c.journey imports
        expect(groupOf('c.journey')).not.toBe(groupOf('company.journey'));
        expect(groupOf('team/j0.journey')).not.toBe(groupOf('company.journey'));
        expect(groups.flatMap(g => g.files).sort()).toEqual(named.map(f => path.join(dir, f)).sort());
        const shares = balance(groups, 2);
        expect(shares).toHaveLength(2);
        expect(shares.flat().sort()).toEqual(named.map(f => path.join(dir, f)).sort());
    });

    test('a file that is not a plain file keeps the check in one thread', () => {
        expect(partitionByImports([path.join(dir, 'a.journey'), dir])).toBeUndefined();
    });
});

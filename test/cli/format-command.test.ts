import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempFolder } from './run-cli.js';

const CANONICAL = `// A shop.
journey shop "Shop" {
    phase visit "Visit" {
        does "Looks around" // in the store
    }
    touchpoint site "Site" {
        in visit
    }
}
`;
const MESSY = `// A shop.
journey shop "Shop" {
  phase visit "Visit" { does "Looks around"   // in the store
  }


  touchpoint site "Site" { in visit }
}`;
const MESSY_FORMATTED = `// A shop.
journey shop "Shop" {
    phase visit "Visit" {
        does "Looks around" // in the store
    }

    touchpoint site "Site" {
        in visit
    }
}
`;
const BROKEN = 'journey broken {\n  phase a "A" {\n}\n';

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

describe('journey format', () => {
    test('--check on formatted files: exit 0, nothing listed, nothing written', () => {
        const dir = tempFolder({ 'a.journey': CANONICAL, 'sub/b.journey': CANONICAL });
        const result = runCli(['format', '--check', '.'], dir);
        expect(result).toMatchObject({ status: 0, stdout: '' });
        expect(result.stderr).toMatch(/2 files: 0 would be reformatted\./);
    });

    test('--check lists the files that would change, exits 1, and writes nothing', () => {
        const dir = tempFolder({ 'a.journey': CANONICAL, 'sub/messy.journey': MESSY });
        const result = runCli(['format', '--check', '.'], dir);
        expect(result.stdout).toBe(`${path.join('sub', 'messy.journey')}\n`);
        expect(result.stderr).toMatch(/2 files: 1 would be reformatted\./);
        expect(result.status).toBe(1);
        expect(read(dir, 'sub/messy.journey')).toBe(MESSY);
    });

    test('rewrites in place only the files that change, lists them, exit 0', () => {
        const dir = tempFolder({ 'a.journey': CANONICAL, 'messy.journey': MESSY });
        const before = fs.statSync(path.join(dir, 'a.journey')).mtimeMs;
        const result = runCli(['format', 'a.journey', 'messy.journey'], dir);
        expect(result).toMatchObject({ status: 0, stdout: 'messy.journey\n' });
        expect(result.stderr).toMatch(/2 files: 1 reformatted\./);
        expect(read(dir, 'messy.journey')).toBe(MESSY_FORMATTED);
        expect(read(dir, 'a.journey')).toBe(CANONICAL);
        expect(fs.statSync(path.join(dir, 'a.journey')).mtimeMs).toBe(before);
    });

    test('a second run changes nothing, and --check then passes', () => {
        const dir = tempFolder({ 'messy.journey': MESSY });
        expect(runCli(['format', '.'], dir).stdout).toBe('messy.journey\n');
        const once = read(dir, 'messy.journey');
        expect(runCli(['format', '.'], dir)).toMatchObject({ status: 0, stdout: '' });
        expect(read(dir, 'messy.journey')).toBe(once);
        expect(runCli(['format', '--check', '.'], dir)).toMatchObject({ status: 0, stdout: '' });
    });

    test('a file with syntax errors is reported at its first error and left untouched; the others are formatted', () => {
        const dir = tempFolder({ 'broken.journey': BROKEN, 'messy.journey': MESSY });
        const result = runCli(['format', '.'], dir);
        expect(result.stderr).toMatch(/^broken\.journey:3:2: cannot format: fix the syntax errors first \(.+\)$/m);
        expect(result.stderr).toMatch(/2 files: 1 reformatted, 1 file with syntax errors left as they are\./);
        expect(result.stdout).toBe('messy.journey\n');
        expect(result.status).toBe(1);
        expect(read(dir, 'broken.journey')).toBe(BROKEN);
        expect(read(dir, 'messy.journey')).toBe(MESSY_FORMATTED);
        expect(runCli(['format', '--check', 'broken.journey'], dir).status).toBe(1);
    });

    test('the shipped examples are formatted', () => {
        const result = runCli(['format', '--check', 'examples/']);
        expect(result).toMatchObject({ status: 0, stdout: '' });
    });

    test('a missing path: exit 2 and a clear message, nothing written', () => {
        const dir = tempFolder({ 'messy.journey': MESSY });
        const result = runCli(['format', 'messy.journey', 'nope.journey'], dir);
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe("journey: cannot read 'nope.journey': no such file or folder");
        expect(read(dir, 'messy.journey')).toBe(MESSY);
    });

    test('bad usage: exit 2', () => {
        expect(runCli(['format']).status).toBe(2);
        expect(runCli(['format', '--nope', 'x']).status).toBe(2);
    });

    test('--help explains the layout, the exit codes and shows examples', () => {
        const result = runCli(['format', '--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/--check/);
        expect(result.stdout).toMatch(/Exit code: 0/);
        expect(result.stdout).toMatch(/journey format --check journeys\//);
    });
});

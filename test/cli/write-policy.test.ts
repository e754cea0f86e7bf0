// Issue 10 §4: one policy for every command that writes: no overwrite without
// --force (format rewrites in place), no writing through a link out of the
// folder, and files replaced whole (temporary file, then rename).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempFolder } from './run-cli.js';

const SHOP = 'journey shop "Shop" {\n    phase visit "Visit"\n    touchpoint door "Door" {\n        in visit\n    }\n}\n';
const OLD = SHOP.replace('"Door"', '"Gate"');

/** Each writing command, writing to `out` (a name ending as it needs). */
const WRITERS: Array<[string, (out: string) => string[], string]> = [
    ['render', out => ['render', 'shop.journey', '-o', out], '.svg'],
    ['export', out => ['export', 'shop.journey', '--to', 'mermaid', '-o', out], '.mmd'],
    ['diff --svg', out => ['diff', 'old.journey', 'shop.journey', '--svg', out], '.svg'],
    ['import', out => ['import', 'day.mmd', '-o', out], '.journey'],
    ['new', out => ['new', out], '.journey'],
];
const MERMAID = 'journey\n    title Day\n    section Morning\n      Coffee: 4: Me\n';
const folder = () => tempFolder({ 'shop.journey': SHOP, 'old.journey': OLD, 'day.mmd': MERMAID });
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-outside-'));

describe.each(WRITERS)('%s', (name, args, extension) => {
    test('refuses to overwrite without --force, replaces with it', () => {
        const dir = folder();
        const out = `out${extension}`;
        fs.writeFileSync(path.join(dir, out), 'mine');
        const refused = runCli(args(out), dir);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain(`journey: '${out}' already exists; use --force to overwrite it`);
        expect(fs.readFileSync(path.join(dir, out), 'utf8')).toBe('mine');
        expect(runCli([...args(out), '--force'], dir).status).toBe(0);
        expect(fs.readFileSync(path.join(dir, out), 'utf8')).not.toBe('mine');
    });

    test('never writes through a link that leads out of the folder, even with --force', () => {
        const dir = folder();
        const victim = path.join(outside, `${name.replace(/\W/g, '')}-victim${extension}`);
        fs.writeFileSync(victim, 'precious');
        fs.symlinkSync(victim, path.join(dir, `link${extension}`));
        fs.symlinkSync(outside, path.join(dir, 'linked-folder'));
        for (const out of [`link${extension}`, `linked-folder/new${extension}`]) {
            const result = runCli([...args(out), '--force'], dir);
            expect(result.status, out).toBe(2);
            expect(result.stderr).toContain(`journey: '${out}' is a link (or inside a linked folder) that leads outside this folder: not written`);
        }
        expect(fs.readFileSync(victim, 'utf8')).toBe('precious');
        expect(fs.existsSync(path.join(outside, `new${extension}`))).toBe(false);
    });

    test('replaces the file whole: a reader of the old file still has all of it; no temporary file stays', () => {
        const dir = folder();
        const out = `out${extension}`;
        fs.writeFileSync(path.join(dir, out), 'old content');
        const before = fs.openSync(path.join(dir, out), 'r');
        expect(runCli([...args(out), '--force'], dir).status).toBe(0);
        expect(fs.readFileSync(before, 'utf8')).toBe('old content');
        fs.closeSync(before);
        expect(fs.readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });
});

describe('format', () => {
    const UNFORMATTED = 'journey shop "Shop" {\n  phase visit "Visit"\n}\n';

    test('rewrites in place (no --force), keeping a byte order mark and CRLF or CR line endings', () => {
        for (const eol of ['\r\n', '\r', '\n']) {
            const dir = tempFolder({});
            const file = path.join(dir, 'shop.journey');
            fs.writeFileSync(file, `\uFEFF// A comment\n${UNFORMATTED}`.replace(/\n/g, eol));
            fs.chmodSync(file, 0o640);
            expect(runCli(['format', 'shop.journey'], dir).status).toBe(0);
            const text = fs.readFileSync(file, 'utf8');
            expect(text).toBe(`\uFEFF// A comment\njourney shop "Shop" {\n    phase visit "Visit"\n}\n`.replace(/\n/g, eol));
            expect(fs.statSync(file).mode & 0o777).toBe(0o640);
        }
    });

    test('does not rewrite a linked journey outside the folder, and rewrites nothing then', () => {
        const dir = tempFolder({ 'a.journey': UNFORMATTED });
        const target = path.join(outside, 'outside.journey');
        fs.writeFileSync(target, UNFORMATTED);
        fs.symlinkSync(target, path.join(dir, 'b.journey'));
        const result = runCli(['format', '.'], dir);
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("'b.journey' is a link (or inside a linked folder) that leads outside this folder: not written");
        expect(fs.readFileSync(target, 'utf8')).toBe(UNFORMATTED);
        expect(fs.readFileSync(path.join(dir, 'a.journey'), 'utf8')).toBe(UNFORMATTED);
    });
});

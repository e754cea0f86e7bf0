// Issue 10 §3: files as anyone can put them in a pull request: pipes, devices,
// links, binary files, broken imports. Nothing hangs, everything is said.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempFolder } from './run-cli.js';

/** Far above a normal run; a CLI still running then is hung on its input. */
const HUNG = 30_000;
const SHOP = 'journey shop "Shop" {\n    phase visit "Visit"\n}\n';

describe('pipes and devices are never read', () => {
    const dir = tempFolder({ 'good.journey': SHOP });
    execFileSync('mkfifo', [path.join(dir, 'pipe.journey')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.journey'));

    test('check PIPE: refused at once with the reason', () => {
        const result = runCli(['check', 'pipe.journey'], dir, HUNG);
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe("journey: cannot read 'pipe.journey': it is a named pipe, not a file");
    });

    test('import "pipe.journey", import "/dev/zero", import a link to a device: errors at the import lines', () => {
        fs.writeFileSync(path.join(dir, 'importer.journey'), `import "pipe.journey"\nimport "/dev/zero"\nimport "zero.journey"\n${SHOP}`);
        const result = runCli(['check', 'importer.journey'], dir, HUNG);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/^importer\.journey:1:8: error: Cannot read 'pipe\.journey': it is a named pipe, not a file\. \[import-not-found\]$/m);
        expect(result.stdout).toMatch(/^importer\.journey:2:8: error: Only \.journey files can be imported, not '\/dev\/zero'\. \[import-not-found\]$/m);
        expect(result.stdout).toMatch(/^importer\.journey:3:8: error: Cannot read 'zero\.journey': it is a device, not a file\. \[import-not-found\]$/m);
    });

    test('check FOLDER: links to journeys are checked, the rest is skipped with a note', () => {
        const folder = tempFolder({ 'real/shop.journey': SHOP });
        fs.symlinkSync(path.join(folder, 'real/shop.journey'), path.join(folder, 'linked.journey'));
        fs.symlinkSync('/etc/hostname', path.join(folder, 'elsewhere.journey'));
        fs.symlinkSync(path.join(folder, 'nowhere'), path.join(folder, 'dangling.journey'));
        execFileSync('mkfifo', [path.join(folder, 'pipe.journey')]);
        const result = runCli(['check', '.'], folder, HUNG);
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('2 files checked');
        expect(result.stderr).toContain("journey: skipped 'elsewhere.journey': it is a link to a file that is not a .journey file");
        expect(result.stderr).toContain("journey: skipped 'dangling.journey': it is a link to nothing (its target does not exist)");
        expect(result.stderr).toContain("journey: skipped 'pipe.journey': it is a named pipe, not a file");
    });

    test('format, render, diff and import refuse a pipe too', () => {
        for (const args of [['format', 'pipe.journey'], ['render', 'pipe.journey', '-o', 'x.svg'], ['diff', 'good.journey', 'pipe.journey'], ['import', 'pipe.journey']]) {
            const result = runCli(args, dir, HUNG);
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr, args.join(' ')).toMatch(/cannot (read|compare) '.*pipe\.journey'/);
        }
    });
});

test('a file over the size limit: a clear message, nothing read', () => {
    const dir = tempFolder({});
    fs.writeFileSync(path.join(dir, 'huge.journey'), '');
    fs.truncateSync(path.join(dir, 'huge.journey'), 64 * 1024 * 1024);
    const result = runCli(['check', 'huge.journey'], dir, HUNG);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("journey: cannot read 'huge.journey': it is 64.0 MB; files are read up to 16.0 MB");
});

test('an imported PNG: an error at the import line, not a clean file', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    const dir = tempFolder({ 'main.journey': `import "picture.journey"\n${SHOP}` });
    fs.writeFileSync(path.join(dir, 'picture.journey'), png);
    const result = runCli(['check', 'main.journey'], dir, HUNG);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^main\.journey:1:8: error: The imported file 'picture\.journey' has \d+ syntax errors?, .*\[import-has-errors\]$/m);
});

test('an unclosed comment: where it starts', () => {
    const dir = tempFolder({ 'open.journey': 'journey j "J" {\n    /* to do\n    phase a "A"\n}\n' });
    expect(runCli(['check', 'open.journey'], dir, HUNG).stdout)
        .toMatch(/^open\.journey:2:5: error: The comment that starts here \(line 2, column 5\) is not closed: add \*\/ where it ends\. \[syntax-error\]$/m);
});

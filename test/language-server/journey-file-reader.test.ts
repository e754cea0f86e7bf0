// Issue 10 §3: the one reader of files from disk refuses pipes, devices, huge
// files and links to other kinds of file, before reading and without blocking.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    JourneyFileSystemProvider, MAX_FILE_BYTES, readTextFileSafely, RefusedFile, refusalOf,
} from '../../language-server/journey-file-reader.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-reader-'));
const at = (name: string) => path.join(dir, name);
fs.writeFileSync(at('good.journey'), 'journey j "J" {}\n');
execFileSync('mkfifo', [at('pipe.journey')]);
fs.symlinkSync('/dev/zero', at('zero.journey'));
fs.symlinkSync(at('good.journey'), at('link.journey'));
fs.writeFileSync(at('secret.txt'), 'secret');
fs.symlinkSync(at('secret.txt'), at('secret.journey'));
// Sparse: as large as it says, without taking the space.
fs.writeFileSync(at('huge.journey'), '');
fs.truncateSync(at('huge.journey'), MAX_FILE_BYTES + 1024 * 1024);

describe('readTextFileSafely', () => {
    test('reads a regular .journey file, and a link to one', () => {
        expect(readTextFileSafely(at('good.journey'))).toBe('journey j "J" {}\n');
        expect(readTextFileSafely(at('link.journey'))).toBe('journey j "J" {}\n');
    });

    test.each([
        ['pipe.journey', 'it is a named pipe, not a file'],
        ['zero.journey', 'it is a device, not a file'],
        ['secret.journey', 'it is a link to a file that is not a .journey file'],
        ['huge.journey', 'it is 17.0 MB; files are read up to 16.0 MB'],
        ['secret.txt', 'it is not a .journey file'],
    ])('refuses %s: %s', (name, reason) => {
        expect(refusalOf(at(name))).toBe(reason);
        expect(() => readTextFileSafely(at(name))).toThrow(new RefusedFile(reason));
    });

    test('any extension when asked, but still only regular files', () => {
        expect(readTextFileSafely(at('secret.txt'), null)).toBe('secret');
        expect(() => readTextFileSafely(at('pipe.journey'), null)).toThrow(RefusedFile);
        expect(() => readTextFileSafely('/dev/zero', null)).toThrow(/a device/);
    });
});

test('the Langium file system reads a refused file as empty and says why', async () => {
    const provider = new JourneyFileSystemProvider();
    expect(await provider.readFile(URI.file(at('pipe.journey')))).toBe('');
    expect(provider.refusalFor(URI.file(at('pipe.journey')))).toBe('it is a named pipe, not a file');
    expect(await provider.readFile(URI.file(at('good.journey')))).toMatch(/^journey/);
    expect(provider.refusalFor(URI.file(at('good.journey')))).toBeUndefined();
    await expect(provider.readFile(URI.file(at('missing.journey')))).rejects.toThrow(/ENOENT/);
});

// Reading files that anyone may have written (a pull request in CI, a folder
// from elsewhere): only regular files, with the right extension, of a sane
// size, checked before a byte is read, and never blocking on a pipe or device.
// The CLI and the language server both read journeys through this.
import * as fs from 'node:fs';
import { NodeFileSystemProvider } from 'langium/node';
import type { URI } from 'langium';
import { JOURNEY_EXTENSION, MAX_FILE_BYTES, megabytes } from './file-limits.js';
import { t } from './l10n.js';

export { JOURNEY_EXTENSION, MAX_FILE_BYTES };

/** A file the tools will not read, and why, in words for the person who named it. */
export class RefusedFile extends Error {}

function kindOf(stat: fs.Stats): string {
    if (stat.isDirectory()) return t('a folder');
    if (stat.isFIFO()) return t('a named pipe');
    if (stat.isCharacterDevice() || stat.isBlockDevice()) return t('a device');
    if (stat.isSocket()) return t('a socket');
    return t('not a regular file');
}

/**
 * Why `file` must not be read, or undefined when it may be. Looks without opening:
 * opening a device can have effects of its own. `extension` also applies to
 * where a link leads, so a `.journey` link cannot expose another kind of file.
 * Throws the file system's error (e.g. ENOENT) when there is nothing to look at.
 */
export function refusalOf(file: string, extension: string | null = JOURNEY_EXTENSION): string | undefined {
    if (extension && !file.endsWith(extension)) return t('it is not a {0} file', extension);
    const stat = fs.statSync(file);
    if (!stat.isFile()) return t('it is {0}, not a file', kindOf(stat));
    if (extension && !fs.realpathSync(file).endsWith(extension)) return t('it is a link to a file that is not a {0} file', extension);
    if (stat.size > MAX_FILE_BYTES) return t('it is {0}; files are read up to {1}', megabytes(stat.size), megabytes(MAX_FILE_BYTES));
    return undefined;
}

/** The text of `file` (UTF-8), or RefusedFile saying why not; `extension` null for files of any name. */
export function readTextFileSafely(file: string, extension: string | null = JOURNEY_EXTENSION): string {
    const refusal = refusalOf(file, extension);
    if (refusal) throw new RefusedFile(refusal);
    // Non-blocking: should the file have been swapped for a pipe since, opening it does not wait.
    const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    try {
        const stat = fs.fstatSync(fd);
        if (!stat.isFile()) throw new RefusedFile(t('it is {0}, not a file', kindOf(stat)));
        // One byte more than allowed tells a file that grew since from one that fits.
        const buffer = Buffer.alloc(Math.min(stat.size, MAX_FILE_BYTES) + 1);
        let length = 0;
        while (length < buffer.length) {
            const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
            if (read === 0) break;
            length += read;
        }
        if (length > MAX_FILE_BYTES) throw new RefusedFile(t('it is larger than {0}, the most files are read up to', megabytes(MAX_FILE_BYTES)));
        return buffer.toString('utf8', 0, length);
    } finally {
        fs.closeSync(fd);
    }
}

/**
 * Langium's file system for Node, reading through readTextFileSafely. A refused
 * file reads as empty, so that one bad file never stops a workspace from
 * loading; `refusalFor` tells why, for the import check and the CLI.
 */
export class JourneyFileSystemProvider extends NodeFileSystemProvider {
    private readonly refusals = new Map<string, string>();

    refusalFor(uri: URI): string | undefined {
        return this.refusals.get(uri.toString());
    }

    override readFileSync(uri: URI): string {
        try {
            // Team-rule files (journey.config.json, or the file --config names) are read the same careful way.
            const text = readTextFileSafely(uri.fsPath, uri.path.endsWith('.json') ? '.json' : JOURNEY_EXTENSION);
            this.refusals.delete(uri.toString());
            return text;
        } catch (error) {
            if (!(error instanceof RefusedFile)) throw error;
            this.refusals.set(uri.toString(), error.message);
            return '';
        }
    }

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }
}

/** Use instead of Langium's `NodeFileSystem` wherever journeys are read from disk. */
export const JourneyNodeFileSystem = { fileSystemProvider: () => new JourneyFileSystemProvider() };

export { refusalFor } from './file-refusals.js';

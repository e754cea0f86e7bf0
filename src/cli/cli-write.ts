// Every file the CLI writes goes through here, under one policy:
// - an existing file is replaced only with --force (`format` rewrites in place by design);
// - nothing is written through a link that leads out of the folder being worked on
//   (the current folder: in CI, the checkout a pull request may have planted links in);
// - the text goes to a temporary file beside the target, then is renamed over it,
//   so an interrupted run leaves the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { t } from '../../language-server/l10n.js';
import { UsageError } from './usage-error.js';

export interface WriteOptions {
    /** Replace an existing file (--force). */
    force?: boolean;
    /** The file is being rewritten in place (`format`): it exists, and keeps its mode. */
    inPlace?: boolean;
    /** The folder links must not lead out of; the current folder by default. */
    root?: string;
    /**
     * Flush the file to disk before it replaces the old one (default), so even a power
     * cut leaves one of the two. A drawing can be made again: `render` saves the wait.
     */
    durable?: boolean;
}

const isInside = (file: string, folder: string) => {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The nearest folder at or above `folder` that exists, with links resolved. */
function realExistingFolder(folder: string): { real: string; missing: string[] } {
    const missing: string[] = [];
    let current = folder;
    for (;;) {
        try {
            return { real: fs.realpathSync(current), missing };
        } catch {
            missing.unshift(path.basename(current));
            const parent = path.dirname(current);
            if (parent === current) throw new UsageError(t("cannot write under '{0}'", folder));
            current = parent;
        }
    }
}

/** Where writing `file` really lands, following links in its folder and a link at the file itself. */
function landingPlace(file: string): string {
    const { real, missing } = realExistingFolder(path.dirname(file));
    const target = path.join(real, ...missing, path.basename(file));
    const stat = fs.lstatSync(target, { throwIfNoEntry: false });
    if (!stat?.isSymbolicLink()) return target;
    try {
        return fs.realpathSync(target);
    } catch {
        // A link to nothing: writing through it would create its target.
        return path.resolve(path.dirname(target), fs.readlinkSync(target));
    }
}

/**
 * Where `file` may be written under the policy above, and its mode if it exists;
 * a UsageError when it may not. `shown` is how the user named it.
 */
export function writeTarget(file: string, options: WriteOptions = {}, shown = file): { lands: string; mode?: number } {
    const absolute = path.resolve(file);
    const root = path.resolve(options.root ?? process.cwd());
    const lands = landingPlace(absolute);
    // A path named outside the folder is the caller's choice; a link planted inside it is not.
    if (isInside(absolute, root) && !isInside(lands, fs.realpathSync(root))) {
        throw new UsageError(t("'{0}' is a link (or inside a linked folder) that leads outside this folder: not written", shown));
    }
    const existing = fs.statSync(lands, { throwIfNoEntry: false }) ?? fs.lstatSync(absolute, { throwIfNoEntry: false });
    if (existing && !options.force && !options.inPlace) throw new UsageError(t("'{0}' already exists; use --force to overwrite it", shown));
    if (existing?.isDirectory()) throw new UsageError(t("cannot write '{0}': it is a folder", shown));
    return { lands, mode: existing?.isFile() ? existing.mode & 0o7777 : undefined };
}

/** Writes `content` to `file` under the policy above. */
export function writeOutputFile(file: string, content: string | Uint8Array, options: WriteOptions = {}, shown = file): void {
    const { lands, mode } = writeTarget(file, options, shown);
    try {
        fs.mkdirSync(path.dirname(lands), { recursive: true });
        replaceAtomically(lands, content, mode, options.durable ?? true);
    } catch (error) {
        throw new UsageError(t("cannot write '{0}': {1}", shown, (error as Error).message));
    }
}

function replaceAtomically(target: string, content: string | Uint8Array, mode: number | undefined, durable: boolean): void {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        // 'wx': a fresh file, never one (or a link) someone put there.
        const fd = fs.openSync(temporary, 'wx', mode ?? 0o666);
        try {
            fs.writeFileSync(fd, content);
            if (durable) fs.fsyncSync(fd);
        } finally {
            fs.closeSync(fd);
        }
        if (mode !== undefined) fs.chmodSync(temporary, mode);
        fs.renameSync(temporary, target);
    } finally {
        fs.rmSync(temporary, { force: true });
    }
}

// Splits the files of `journey check` into groups that can be checked apart:
// files linked by imports (either way, transitively) stay together, because a
// file's problems depend on the files it imports and on those that import it
// (an unused persona). Imports are found by a scan of the text that may find
// too many (merging groups needlessly) but never too few; any file it cannot
// read plainly sends the whole check back to one thread.
import * as fs from 'node:fs';
import { URI } from 'langium';
import { resolveImport } from '../../language-server/journey-imports.js';

// `import`, then comments or spaces, then a quoted path, as the grammar allows.
const IMPORT = /(?<![\w-])import(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*)*"((?:\\.|[^"\\\r\n])*)"/g;
const LARGEST_SCANNED = 64 * 2 ** 20;

export interface FileGroup { files: string[]; bytes: number }

/** Groups of the given files (each group in the given order), or undefined when a file is not a plain readable file. */
export function partitionByImports(files: readonly string[]): FileGroup[] | undefined {
    const named = new Set(files);
    const bytes = new Map<string, number>();
    const parent = new Map<string, string>();
    const find = (key: string): string => {
        if (!parent.has(key)) parent.set(key, key);
        let root = key;
        while (parent.get(root) !== root) root = parent.get(root)!;
        parent.set(key, root);
        return root;
    };
    const pending = files.map(file => URI.file(file));
    const seen = new Set<string>();
    while (pending.length > 0) {
        const uri = pending.pop()!;
        const key = uri.toString();
        if (seen.has(key)) continue;
        seen.add(key);
        const text = readPlainFile(uri.fsPath);
        if (text === undefined) {
            if (named.has(uri.fsPath)) return undefined;
            continue; // an import that does not exist: the check reports it
        }
        bytes.set(key, text.length);
        for (const match of text.matchAll(IMPORT)) {
            const target = resolveImport(uri, match[1]);
            parent.set(find(target.toString()), find(key));
            pending.push(target);
        }
    }
    const groups = new Map<string, FileGroup>();
    for (const file of files) {
        const root = find(URI.file(file).toString());
        const group = groups.get(root) ?? { files: [], bytes: 0 };
        group.files.push(file);
        groups.set(root, group);
    }
    for (const [key, size] of bytes) {
        const group = groups.get(find(key));
        if (group) group.bytes += size;
    }
    return [...groups.values()];
}

function readPlainFile(file: string): string | undefined {
    try {
        const stat = fs.statSync(file);
        return stat.isFile() && stat.size <= LARGEST_SCANNED ? fs.readFileSync(file, 'utf8') : undefined;
    } catch {
        return undefined;
    }
}

/** Deals groups out to `workers` shares of about equal size (in bytes, imports included), largest groups first. */
export function balance(groups: readonly FileGroup[], workers: number): string[][] {
    const shares = Array.from({ length: workers }, () => ({ files: [] as string[], bytes: 0 }));
    for (const group of [...groups].sort((a, b) => b.bytes - a.bytes)) {
        const smallest = shares.reduce((a, b) => b.bytes < a.bytes ? b : a);
        smallest.files.push(...group.files);
        smallest.bytes += group.bytes;
    }
    return shares.map(share => share.files).filter(files => files.length > 0);
}

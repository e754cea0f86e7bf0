// Why a file system refused a file, asked without importing any file system: the
// validator runs in Node and in a web worker, where there is no node:fs.
import type { URI } from 'langium';

interface RefusingFileSystem {
    refusalFor(uri: URI): string | undefined;
}

const refuses = (provider: unknown): provider is RefusingFileSystem =>
    typeof (provider as Partial<RefusingFileSystem> | undefined)?.refusalFor === 'function';

/** The reason a file was refused, when `provider` tells refusals (ours on disk) and refused it. */
export function refusalFor(provider: unknown, uri: URI): string | undefined {
    return refuses(provider) ? provider.refusalFor(uri) : undefined;
}

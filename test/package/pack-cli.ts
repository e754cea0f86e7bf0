// Packs the CLI's npm package from the built bundle (`npm run build` first), as a release
// does, but in the test's own folder: test files run in parallel, and dist/npm/ is shared.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { buildCliPackage } from '../../scripts/cli-package.mjs';

/** Lays out the package in `destination`, runs `npm pack` there and returns the tarball's path. */
export function packCli(destination: string): string {
    const folder = buildCliPackage(path.join(destination, 'package'));
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
        cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    })) as { filename: string }[];
    return path.join(destination, packed[0].filename);
}

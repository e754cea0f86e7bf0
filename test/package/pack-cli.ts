// Packs the CLI's npm package from the built bundle (`npm run build` first), as a release does.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { CLI_PACKAGE_DIR } from '../../scripts/cli-package.mjs';

/** Lays out dist/npm/, runs `npm pack` into `destination` and returns the tarball's path. */
export function packCli(destination: string): string {
    execFileSync(process.execPath, ['scripts/cli-package.mjs'], { stdio: 'pipe' });
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
        cwd: CLI_PACKAGE_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    })) as { filename: string }[];
    return path.join(destination, packed[0].filename);
}

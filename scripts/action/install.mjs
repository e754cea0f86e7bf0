// Installs the Journey CLI for the action: the npm package of the action's own version
// (or the `cli-version` input: a version, or the path of a package tarball) into the
// runner's temporary folder, so the user's repository needs no npm set-up at all.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { exportVariable, input } from './github.mjs';

const PACKAGE = '@journey-maps/cli';
export const ACTION_VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** What `npm install` gets: `@journey-maps/cli@VERSION`, or a tarball as an absolute path. */
export function cliSpec(wanted, cwd) {
    if (/\.tgz$/i.test(wanted)) return path.resolve(cwd, wanted);
    return `${PACKAGE}@${wanted}`;
}

export function install(env, cwd) {
    const prefix = path.join(env.RUNNER_TEMP, 'journey-cli');
    const spec = cliSpec(input(env, 'cli-version', ACTION_VERSION), cwd);
    console.log(`Installing ${spec}`);
    const result = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel', 'error', spec], {
        cwd, env, stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`Could not install the Journey CLI (${spec}): npm install failed, see above.`);
    const cli = path.join(prefix, 'node_modules', PACKAGE, 'cli.js');
    exportVariable(env, 'JOURNEY_CLI', cli);
    return cli;
}

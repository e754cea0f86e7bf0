// Which CLI the action installs: by default the npm package of the action's own version.
import * as fs from 'node:fs';
import { expect, test } from 'vitest';
import { ACTION_VERSION, cliSpec } from '../../scripts/action/install.mjs';

test('the action installs the CLI of its own version unless told otherwise', () => {
    expect(ACTION_VERSION).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
    expect(cliSpec(ACTION_VERSION, '/repo')).toBe(`@journey-maps/cli@${ACTION_VERSION}`);
});

test('cli-version takes an npm version or range, or the path of a tarball', () => {
    expect(cliSpec('^0.2', '/repo')).toBe('@journey-maps/cli@^0.2');
    expect(cliSpec('next', '/repo')).toBe('@journey-maps/cli@next');
    expect(cliSpec('tools/journey-maps-cli-0.2.0.tgz', '/repo')).toBe('/repo/tools/journey-maps-cli-0.2.0.tgz');
    expect(cliSpec('/tmp/cli.TGZ', '/repo')).toBe('/tmp/cli.TGZ');
});

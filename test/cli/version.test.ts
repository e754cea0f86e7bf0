// `journey --version` names the release it belongs to: the version in package.json.
import * as fs from 'node:fs';
import { expect, test } from 'vitest';
import { runCli } from './run-cli.js';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };

test.each([['--version'], ['-V']])('journey %s prints the version and exits with 0', flag => {
    const result = runCli([flag]);
    expect(result).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
});

test('the version is listed in the help', () => {
    expect(runCli(['--help']).stdout).toMatch(/-V, --version\s+print the version/);
});

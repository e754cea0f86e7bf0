// `journey … | head`: when the reader stops early, the CLI stops quietly, with no stack trace.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { CLI } from './run-cli.js';

test('output piped into a reader that closes early: no EPIPE error, no stack trace', () => {
    // `true` reads nothing and is gone long before the CLI has started: every write finds the pipe closed.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" check --help | true`], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|    at /);
});

// `journey diff` says when a change adds or removes a journey-ignore comment.
import { describe, expect, test } from 'vitest';
import { suppressionChanges } from '../../src/cli/diff-suppressions.js';
import { runCli, tempFolder } from './run-cli.js';

const BEFORE = `journey a "A" {
    // journey-ignore phase-without-touchpoints: the touchpoints come | *later*
    phase one "One"
    // journey-ignore touchpoint-without-owner, touchpoint-without-channel: bought in
    phase two "Two"
}
`;
const AFTER = `// journey-ignore-file unused-persona: shared with the shop journeys
journey a "A" {
    phase one "One"
    phase two "Two"
    // journey-ignore touchpoint-without-channel, touchpoint-without-owner: bought in
    phase three "Three"
}
`;

describe('journey-ignore comments in journey diff', () => {
    test('added and removed code by code; a comment that only moved, or lists its codes in another order, is no change', () => {
        expect(suppressionChanges('a.journey', BEFORE, AFTER)).toEqual([
            { file: 'a.journey', change: 'removed', scope: 'line', code: 'phase-without-touchpoints', reason: 'the touchpoints come | *later*', line: 2 },
            { file: 'a.journey', change: 'added', scope: 'file', code: 'unused-persona', reason: 'shared with the shop journeys', line: 1 },
        ]);
        expect(suppressionChanges('a.journey', BEFORE, BEFORE.replace(/\n {4}/g, '\n        '))).toEqual([]);
        expect(suppressionChanges('a.journey', undefined, BEFORE).map(c => c.change)).toEqual(['added', 'added', 'added']);
    });

    test('a new reason for the same code is a removal and an addition', () => {
        const changed = BEFORE.replace('bought in', 'bought in from a partner');
        expect(suppressionChanges('a.journey', BEFORE, changed).map(c => `${c.change} ${c.code} ${c.reason}`)).toEqual([
            'removed touchpoint-without-owner bought in', 'removed touchpoint-without-channel bought in',
            'added touchpoint-without-owner bought in from a partner', 'added touchpoint-without-channel bought in from a partner',
        ]);
    });

    test('--format markdown lists them in a table, the reason escaped; text lists them; --exit-code counts them', () => {
        const dir = tempFolder({ 'old.journey': BEFORE, 'new.journey': AFTER });
        const markdown = runCli(['diff', 'old.journey', 'new.journey', '--format', 'markdown'], dir).stdout;
        expect(markdown).toContain('### Accepted problems');
        expect(markdown).toContain('| removed | new.journey | 2 | journey-ignore phase-without-touchpoints | the touchpoints come \\| \\*later\\* |');
        expect(markdown).toContain('| added | new.journey | 1 | journey-ignore-file unused-persona | shared with the shop journeys |');
        const text = runCli(['diff', 'old.journey', 'new.journey'], dir).stdout;
        expect(text).toContain('  + new.journey:1 journey-ignore-file unused-persona: shared with the shop journeys');
        const json = runCli(['diff', 'old.journey', 'new.journey', '--format', 'json'], dir).stdout;
        expect(() => JSON.parse(json)).not.toThrow();
        const same = tempFolder({ 'old.journey': BEFORE, 'new.journey': BEFORE.replace('phase two', 'phase   two') });
        expect(runCli(['diff', 'old.journey', 'new.journey', '--exit-code'], same).status).toBe(0);
        expect(runCli(['diff', 'old.journey', 'new.journey', '--exit-code'], dir).status).toBe(1);
    });
});

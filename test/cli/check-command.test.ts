import { describe, expect, test } from 'vitest';
import { runCli, tempFolder } from './run-cli.js';

const COMPANY = `department marketing "Marketing"
channel website "Website" digital
channel store "Store" physical
persona family "Family"
`;
const GOOD = `import "../company.journey"
journey shop "Shop" {
    follows family
    phase visit "Visit" {
        owner marketing
    }
    touchpoint site "Site" {
        in visit
        via website
    }
    touchpoint counter "Counter" {
        in visit
        via store
    }
}
`;
const BAD = `journey bad "Bad" {
    phase a "A"
    touchpoint t "T" {
        in b
        score 9
    }
}
`;

describe('journey check', () => {
    test('a clean folder with imports: exit 0, no output', () => {
        const dir = tempFolder({ 'company.journey': COMPANY, 'journeys/shop.journey': GOOD });
        const result = runCli(['check', '.'], dir);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/2 files checked: 0 error\(s\), 0 warning\(s\)/);
        expect(result.status).toBe(0);
    });

    test('a single file finds what it imports, like the editor', () => {
        const dir = tempFolder({ 'company.journey': COMPANY, 'journeys/shop.journey': GOOD });
        expect(runCli(['check', 'journeys/shop.journey'], dir)).toMatchObject({ status: 0, stdout: '' });
    });

    test('errors: one line each as path:line:col: severity: message [code], exit 1', () => {
        const dir = tempFolder({ 'bad.journey': BAD });
        const result = runCli(['check', 'bad.journey'], dir);
        expect(result.stdout.trim().split('\n')).toEqual([
            expect.stringMatching(/^bad\.journey:2:11: warning: Phase 'A' has no touchpoints.* \[phase-without-touchpoints\]$/),
            expect.stringMatching(/^bad\.journey:4:12: error: There is no phase called 'b'\..* \[unknown-reference\]$/),
            expect.stringMatching(/^bad\.journey:5:15: error: A score is a whole number from 1 .* not 9\. \[score-out-of-range\]$/),
        ]);
        expect(result.status).toBe(1);
    });

    test('warnings alone keep exit 0', () => {
        const dir = tempFolder({ 'w.journey': 'journey w "W" {\n    phase a "A"\n}\n' });
        const result = runCli(['check', 'w.journey'], dir);
        expect(result.stdout).toMatch(/warning: .*\[phase-without-touchpoints\]/);
        expect(result.status).toBe(0);
    });

    test('a missing import is reported where it is written', () => {
        const dir = tempFolder({ 'j.journey': `import "nowhere.journey"\n${BAD}` });
        expect(runCli(['check', 'j.journey'], dir).stdout).toMatch(/^j\.journey:1:8: error: Cannot find 'nowhere\.journey'.*\[import-not-found\]$/m);
    });

    test('an unreadable path: exit 2 and a clear message, no stack trace', () => {
        const result = runCli(['check', 'does-not-exist.journey']);
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe("journey: cannot read 'does-not-exist.journey': no such file or folder");
    });

    test('bad usage: exit 2', () => {
        expect(runCli(['check']).status).toBe(2);
        expect(runCli(['frobnicate']).status).toBe(2);
        expect(runCli(['check', '--nope', 'x']).status).toBe(2);
    });

    test('--help explains with examples, exit 0', () => {
        const result = runCli(['check', '--help']);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/Examples:\n\s+journey check examples\//);
    });
});

// `journey render` builds less than `journey check` (no reference index): it must
// still refuse exactly the maps check finds wrong, with check's own messages.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../language-server/rules/rule-catalog.js';
import type { IssueCode } from '../../language-server/validation/issue-codes.js';
import { runCli, tempFolder } from './run-cli.js';

const MANY_ERRORS = `journey j "J" {
    kind current
    persona p "P" {
        age 45-35
    }
    phase a "A"
    phase b "B"
    phase c "C"
    phase a "Again"
    touchpoint t1 "T1" {
        in nowhere
    }
    touchpoint t2 "T2" {
        between a and c
        score 9
        emotion 5
    }
    touchpoint t3 "T3" {
        score 2
    }
    touchpoint t4 "T4" {
        in b
        score 2
        score 3
    }
}
`;
const IMPORTS = 'import "missing.journey"\nimport "broken.journey"\njourney k "K" {\n    kind current\n    phase a "A"\n}\n';
const BROKEN = 'journey broken "Broken" {\n    phase a "A" {\n        does 100\n    }\n}\n';
/** Warnings and hints only, one of them (the unused channel) read from the reference index by check. */
const WARNINGS = 'journey w "W" {\n    kind current\n    channel web "Web"\n    phase a "A"\n    phase b "B"\n'
    + '    touchpoint t "T" {\n        in a\n        score 1\n        critical\n    }\n}\n';

const dir = tempFolder({ 'many.journey': MANY_ERRORS, 'imports.journey': IMPORTS, 'broken.journey': BROKEN, 'warnings.journey': WARNINGS });

/** check's lines for the errors that make a map wrong (its kind `map`), sorted. */
function mapErrorsByCheck(file: string): string[] {
    return runCli(['check', file], dir).stdout.split('\n')
        .filter(line => / error: .* \[([\w-]+)\]$/.test(line) && RULES[/\[([\w-]+)\]$/.exec(line)![1] as IssueCode]?.kind === 'map')
        .sort();
}

describe('journey render refuses what check finds wrong', () => {
    test.each([
        ['many.journey', 8],
        ['imports.journey', 2],
        ['broken.journey', 1],
    ])('%s: the same %i errors as check, exit 1, nothing written', (file, count) => {
        const expected = mapErrorsByCheck(file);
        expect(expected).toHaveLength(count);
        const result = runCli(['render', file, '-o', 'out.svg'], dir);
        expect(result.status).toBe(1);
        const lines = result.stderr.trim().split('\n');
        expect(lines.pop()).toBe(`journey: '${file}' has ${count} error(s): fix the errors first (journey check ${file})`);
        expect(lines.sort()).toEqual(expected);
        expect(fs.existsSync(path.join(dir, 'out.svg'))).toBe(false);
    });

    test('warnings and hints (the unused channel among them) do not stop a drawing', () => {
        const check = runCli(['check', 'warnings.journey'], dir);
        expect(check.stdout).toContain('[unused-channel]');
        expect(check.status).toBe(0);
        const result = runCli(['render', 'warnings.journey', '-o', 'warnings.svg'], dir);
        expect(result.status).toBe(0);
        expect(result.stderr.trim()).toBe("Wrote warnings.svg: journey 'w'.");
    });
});

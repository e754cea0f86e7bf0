// Team rules in `journey check`: journey.config.json (found upward, presets,
// overrides, mistakes), journey-ignore comments, --max-warnings, --print-config,
// --config, and accepted problems in SARIF. Run as a process, like CI runs it.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/cli/check-formats.js';
import { runCli, tempFolder } from './run-cli.js';

/** Clean under `recommended`; under `strict` it breaks the evaluation, owner and pain/gain gates. */
const SHOP = `journey shop "Shop" {
    persona family "Family"
    channel website "Website" digital
    channel store "Store" physical
    phase visit "Visit"
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
const STRICT_CODES = ['journey-without-evaluation', 'persona-without-pain-or-gain', 'phases-without-owners',
    'touchpoint-without-owner', 'touchpoint-without-owner'];

const json = (value: unknown) => JSON.stringify(value, undefined, 2);

function check(dir: string, ...args: string[]): { status: number | null; problems: Problem[]; stderr: string } {
    const result = runCli(['check', '--format', 'json', ...args], dir);
    return { status: result.status, problems: JSON.parse(result.stdout || '[]') as Problem[], stderr: result.stderr };
}
const codes = (problems: Problem[]) => problems.map(p => p.code).sort();
const where = (problems: Problem[]) => problems.map(p => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`);

describe('journey.config.json', () => {
    test('without one, the recommended rules: the quality gates are off', () => {
        const dir = tempFolder({ 'shop.journey': SHOP });
        expect(check(dir, '.')).toMatchObject({ status: 0, problems: [] });
    });

    test('"extends": "strict" turns every quality gate on as an error', () => {
        const dir = tempFolder({ 'journey.config.json': json({ extends: 'strict' }), 'shop.journey': SHOP });
        const { status, problems } = check(dir, '.');
        expect(codes(problems)).toEqual([...STRICT_CODES].sort());
        expect(new Set(problems.map(p => p.severity))).toEqual(new Set(['error']));
        expect(status).toBe(1);
    });

    test('found upward from each file; the nearest one wins, without merging', () => {
        const dir = tempFolder({
            'journey.config.json': json({ extends: 'strict' }),
            'team/shop.journey': SHOP,
            'team/drafts/journey.config.json': json({ rules: { 'touchpoint-without-owner': 'hint' } }),
            'team/drafts/shop.journey': SHOP,
        });
        const { problems } = check(dir, '.');
        expect(codes(problems.filter(p => p.file === 'team/shop.journey'))).toEqual([...STRICT_CODES].sort());
        const draft = problems.filter(p => p.file === 'team/drafts/shop.journey');
        expect(where(draft)).toEqual(['team/drafts/shop.journey:6:16 hint touchpoint-without-owner', 'team/drafts/shop.journey:10:16 hint touchpoint-without-owner']);
    });

    test('rules set levels (off drops a problem), overrides apply by glob relative to the config, later ones win', () => {
        const dir = tempFolder({
            'journey.config.json': json({
                extends: 'strict',
                rules: { 'touchpoint-without-owner': 'off', 'journey-without-evaluation': 'warning' },
                overrides: [
                    { files: 'drafts/**', rules: { 'persona-without-pain-or-gain': 'off', 'phases-without-owners': 'hint' } },
                    { files: ['drafts/late/*.journey'], rules: { 'phases-without-owners': 'off' } },
                ],
            }),
            'shop.journey': SHOP, 'drafts/shop.journey': SHOP, 'drafts/late/shop.journey': SHOP,
        });
        const { status, problems } = check(dir, '.');
        expect(where(problems)).toEqual([
            'drafts/late/shop.journey:1:9 warning journey-without-evaluation',
            'drafts/shop.journey:1:9 warning journey-without-evaluation',
            'drafts/shop.journey:1:9 hint phases-without-owners',
            'shop.journey:1:9 warning journey-without-evaluation',
            'shop.journey:1:9 error phases-without-owners',
            'shop.journey:2:13 error persona-without-pain-or-gain',
        ]);
        expect(status).toBe(1);
    });

    test('a rule can be lowered or switched off (warnings too), but an error in the map cannot', () => {
        const dir = tempFolder({
            'journey.config.json': json({ rules: { 'phase-without-touchpoints': 'off', 'channel-mode-missing': 'error' } }),
            'w.journey': 'journey w "W" {\n    channel web "Web"\n    phase a "A"\n}\n',
        });
        expect(where(check(dir, '.').problems)).toEqual(['w.journey:2:13 error channel-mode-missing', 'w.journey:2:13 hint unused-channel']);
    });

    test('unknown codes, levels and settings are errors of the config file, with their position', () => {
        const config = `{
    "extends": "lenient",
    "rules": {
        "scor-without-evidence": "error",
        "unused-channel": "loud",
        "syntax-error": "off"
    },
    "overides": [],
    "overrides": [{ "rules": {} }]
}
`;
        const dir = tempFolder({ 'journey.config.json': config, 'shop.journey': SHOP });
        const { status, problems } = check(dir, '.');
        expect(problems.map(p => `${p.file}:${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([
            'journey.config.json:2:16 invalid-config \'extends\' is one of "recommended" or "strict".',
            "journey.config.json:4:9 invalid-config There is no rule 'scor-without-evidence'. Did you mean 'score-without-evidence'? The guide lists every rule.",
            'journey.config.json:5:27 invalid-config The level of \'unused-channel\' is one of "off", "hint", "warning", "error".',
            "journey.config.json:6:9 invalid-config 'syntax-error' cannot be configured: it says the map or the file is wrong, and stays an error.",
            "journey.config.json:8:5 invalid-config Unknown setting 'overides' in journey.config.json: use '$schema', 'extends', 'rules', 'overrides'.",
            'journey.config.json:9:19 invalid-config An override needs \'files\': the paths it applies to, e.g. ["drafts/**"].',
        ]);
        expect(status).toBe(1);
    });

    test('a config that is not JSON is reported where it breaks; the journeys are still checked', () => {
        const dir = tempFolder({ 'journey.config.json': '{ "extends": "strict", }\n', 'shop.journey': SHOP });
        const { problems } = check(dir, '.');
        expect(where(problems.filter(p => p.file === 'journey.config.json'))).toEqual(['journey.config.json:1:24 error invalid-config']);
        expect(problems.some(p => p.code === 'journey-without-evaluation')).toBe(true);
    });

    test('--config PATH is used for every file instead of the nearest one', () => {
        const dir = tempFolder({
            'journey.config.json': json({ extends: 'strict' }),
            'ci/loose.json': json({ extends: 'strict', rules: { 'touchpoint-without-owner': 'off', 'phases-without-owners': 'off', 'persona-without-pain-or-gain': 'off' } }),
            'shop.journey': SHOP,
        });
        expect(codes(check(dir, '--config', 'ci/loose.json', '.').problems)).toEqual(['journey-without-evaluation']);
        const missing = runCli(['check', '--config', 'nope.json', '.'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/cannot read the configuration 'nope\.json'/);
    });

    test('--print-config FILE shows the rules in force for it, and checks nothing', () => {
        const dir = tempFolder({
            'journey.config.json': json({ extends: 'strict', overrides: [{ files: 'drafts/**', rules: { 'journey-without-evaluation': 'off' } }] }),
        });
        const result = runCli(['check', '--print-config', 'drafts/new.journey'], dir);
        expect(result.status).toBe(0);
        const shown = JSON.parse(result.stdout);
        expect(shown).toMatchObject({ file: 'drafts/new.journey', config: 'journey.config.json', extends: 'strict' });
        expect(shown.rules).toMatchObject({ 'journey-without-evaluation': 'off', 'score-without-evidence': 'error', 'unused-persona': 'hint' });
        expect(shown.rules).not.toHaveProperty('syntax-error');
        const none = JSON.parse(runCli(['check', '--print-config', 'x.journey'], tempFolder({})).stdout);
        expect(none).toMatchObject({ config: null, extends: 'recommended' });
        expect(none.rules['score-without-evidence']).toBe('off');
    });
});

describe('--max-warnings', () => {
    const WARNS = 'journey w "W" {\n    phase a "A"\n    phase b "B"\n}\n';   // two phases without touchpoints

    test.each([[undefined, 0], ['2', 0], ['1', 1], ['0', 1]])('--max-warnings %s with 2 warnings: exit %s', (max, status) => {
        const dir = tempFolder({ 'w.journey': WARNS });
        const result = runCli(['check', ...(max === undefined ? [] : ['--max-warnings', max]), 'w.journey'], dir);
        expect(result.status).toBe(status);
        if (status === 1) expect(result.stderr).toMatch(`journey: 2 warning(s), more than --max-warnings ${max} allows.`);
    });

    test('not a whole number: bad usage', () => {
        expect(runCli(['check', '--max-warnings', 'many', '.']).status).toBe(2);
        expect(runCli(['check', '--max-warnings', '-1', '.']).status).toBe(2);
    });
});

describe('journey-ignore comments', () => {
    test('on the line before, several stacked, several codes in one, and file-wide at the top', () => {
        const text = `// A journey we accept as it is, for now.
// journey-ignore-file journey-without-evaluation: re-measured with the yearly survey
// journey-ignore phases-without-owners: one team runs the whole shop
journey shop "Shop" {
    persona family "Family"
    phase visit "Visit"
    // journey-ignore touchpoint-without-owner, touchpoint-without-channel: bought in, not ours
    touchpoint site "Site" {
        in visit
    }
    // journey-ignore touchpoint-without-owner: the store staff
    // journey-ignore touchpoint-without-channel: in person
    touchpoint counter "Counter" {
        in visit
        // journey-ignore score-without-evidence: from the mystery-shopper report
        score 4
    }
}
`;
        const dir = tempFolder({ 'journey.config.json': json({ extends: 'strict' }), 'shop.journey': text });
        const result = check(dir, '.');
        expect(where(result.problems)).toEqual(['shop.journey:5:13 error persona-without-pain-or-gain']);
        expect(result.stderr).toMatch(/1 error\(s\), 0 warning\(s\), 7 ignored by journey-ignore comments\./);
    });

    test('a suppression that ignores nothing is reported, code by code', () => {
        const text = `// journey-ignore-file not-omnichannel: a web-only shop
journey shop "Shop" {
    channel website "Website" digital
    phase visit "Visit"
    // journey-ignore score-without-evidence, touchpoint-without-owner: from the analytics
    touchpoint site "Site" {
        in visit
        via website
    }
}
`;
        const dir = tempFolder({ 'shop.journey': text });
        expect(check(dir, '.').problems.map(p => `${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`)).toEqual([
            "1:24 warning unused-suppression No problem 'not-omnichannel' is left in this file to ignore: remove it from this `journey-ignore-file`.",
            "5:23 warning unused-suppression The next line has no problem 'score-without-evidence' to ignore (any more): remove it from this `journey-ignore`.",
            "5:47 warning unused-suppression The next line has no problem 'touchpoint-without-owner' to ignore (any more): remove it from this `journey-ignore`.",
        ]);
        const off = tempFolder({ 'journey.config.json': json({ rules: { 'unused-suppression': 'off' } }), 'shop.journey': text });
        expect(check(off, '.').problems).toEqual([]);
    });

    test('a reason is required, the code must exist and be ignorable, and -file goes at the top; a broken one ignores nothing', () => {
        const text = `journey shop "Shop" {
    // journey-ignore-file phase-without-touchpoints: too late here
    // journey-ignore phase-without-touchpoints
    phase a "A"
    // journey-ignore phase-without-touchpoints:
    phase b "B"
    // journey-ignore phase-without-touchpnts: typo
    phase c "C"
    // journey-ignore: forgot the code
    phase d "D"
    // journey-ignore score-out-of-range: it is a 9 out of 5
    touchpoint t "T" {
        in e
    }
}
`;
        const dir = tempFolder({ 'shop.journey': text });
        const { status, problems } = check(dir, '.');
        const invalid = problems.filter(p => p.code === 'invalid-suppression');
        expect(invalid.map(p => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
            '2:5 error `journey-ignore-file` works only at the top of the file, before the first line that is not a `//` comment. Move it there, or use `journey-ignore` on the line before the problem.',
            '3:5 error Say why this problem is accepted, after a colon: `// journey-ignore phase-without-touchpoints: <why this is accepted>`. The reason is required.',
            '5:5 error Say why this problem is accepted, after a colon: `// journey-ignore phase-without-touchpoints: <why this is accepted>`. The reason is required.',
            "7:5 error There is no rule 'phase-without-touchpnts': use the code in square brackets at the end of the problem.",
            '9:5 error Name the problem to ignore by its code, and say why: `// journey-ignore <code>: <why this is accepted>`.',
            "11:5 error 'score-out-of-range' cannot be ignored: it says the map or the file is wrong. Fix it instead.",
        ]);
        expect(where(problems.filter(p => p.code !== 'invalid-suppression'))).toEqual([
            'shop.journey:4:11 warning phase-without-touchpoints', 'shop.journey:6:11 warning phase-without-touchpoints',
            'shop.journey:8:11 warning phase-without-touchpoints', 'shop.journey:10:11 warning phase-without-touchpoints',
            'shop.journey:13:12 error unknown-reference',
        ]);
        expect(status).toBe(1);
    });
});

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04, like the OASIS original).
const require = createRequire(import.meta.url);
const SARIF_SCHEMA = path.join(path.dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json');

describe('SARIF', () => {
    test('accepted problems are results with an in-source suppression and its reason; valid SARIF 2.1.0', () => {
        const text = `journey w "W" {
    // journey-ignore phase-without-touchpoints: the touchpoints come in the next sprint
    phase a "A"
    phase b "B"
}
`;
        const dir = tempFolder({ 'w.journey': text });
        const result = runCli(['check', '--format', 'sarif', '.'], dir);
        const log = JSON.parse(result.stdout);
        const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
        expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
        const results = log.runs[0].results as Array<{ locations: Array<{ physicalLocation: { region: { startLine: number } } }>; suppressions?: unknown }>;
        expect(results.map(r => [r.locations[0].physicalLocation.region.startLine, r.suppressions])).toEqual([
            [4, undefined],
            [3, [{ kind: 'inSource', status: 'accepted', justification: 'the touchpoints come in the next sprint' }]],
        ]);
        const gate = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'score-without-evidence');
        expect(gate.defaultConfiguration).toEqual({ level: 'error', enabled: false });
        expect(result.status).toBe(0);
    });
});

// journey.config.json: its schema follows the rule catalog (and so issue-codes.ts),
// the committed copy VS Code uses is up to date, and the schema and `journey
// check` accept and refuse the same files. Every code has a guide entry.
import * as fs from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { configSchema, configSchemaText } from '../../language-server/rules/config-schema.js';
import { ALL_CODES, CONFIGURABLE_CODES, GATE_CODES, RULES, presetLevels } from '../../language-server/rules/rule-catalog.js';
import { parseRuleConfig } from '../../language-server/rules/rule-config.js';
import { levelsFor } from '../../language-server/rules/rule-levels.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';

const SCHEMA_FILE = 'schemas/journey.config.schema.json';

describe('the schema of journey.config.json', () => {
    test('the committed schema is the one the catalog makes (else: npm run schema)', () => {
        expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(configSchemaText());
    });

    test('it lists every configurable code of issue-codes.ts, and no other', () => {
        const schema = configSchema() as { definitions: { rules: { properties: Record<string, unknown> } } };
        const listed = Object.keys(schema.definitions.rules.properties).sort();
        expect(listed).toEqual(Object.values(IssueCodes).filter(code => RULES[code].configurable).sort());
        expect(listed).toEqual([...CONFIGURABLE_CODES].sort());
        expect(ALL_CODES.filter(code => !RULES[code].configurable).sort()).toEqual(
            ['age-range-reversed', 'duplicate-id', 'emotion-out-of-range', 'import-has-errors', 'import-not-found', 'internal-error', 'invalid-config',
                'invalid-suppression', 'phases-not-consecutive', 'repeated-fact', 'score-out-of-range', 'syntax-error',
                'touchpoint-not-placed', 'unknown-reference']);
    });

    test('package.json gives it to VS Code for journey.config.json, and the extension package ships it', () => {
        const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'journey.config.json', url: `./${SCHEMA_FILE}` }]);
        expect(fs.readFileSync('.vscodeignore', 'utf8').split('\n')).toContain('!schemas/**');
    });

    const samples: Array<[string, unknown, boolean]> = [
        ['empty', {}, true],
        ['a preset', { extends: 'strict' }, true],
        ['everything', { $schema: './schemas/journey.config.schema.json', extends: 'recommended',
            rules: { 'unused-persona': 'off', 'score-without-evidence': 'warning' },
            overrides: [{ files: 'drafts/**', rules: { 'phase-without-touchpoints': 'hint' } }, { files: ['a/*.journey', 'b/**'] }] }, true],
        ['an unknown preset', { extends: 'lenient' }, false],
        ['an unknown rule', { rules: { 'no-such-rule': 'off' } }, false],
        ['a rule that cannot be configured', { rules: { 'syntax-error': 'off' } }, false],
        ['an unknown level', { rules: { 'unused-persona': 'info' } }, false],
        ['an unknown setting', { root: true }, false],
        ['an override without files', { overrides: [{ rules: {} }] }, false],
        ['an override with empty files', { overrides: [{ files: [] }] }, false],
        ['an override with an unknown setting', { overrides: [{ files: 'x', extends: 'strict' }] }, false],
        ['not an object', [], false],
    ];

    const validate = new Ajv({ strict: false }).compile(configSchema());
    test.each(samples)('%s: the schema and journey check agree (valid: %s)', (_name, config, valid) => {
        expect(validate(config)).toBe(valid);
        expect(parseRuleConfig(JSON.stringify(config)).problems.length === 0).toBe(valid);
    });
});

describe('rule levels', () => {
    test('recommended: every rule at its own level, the gates off; strict: the gates are errors', () => {
        const recommended = presetLevels('recommended'), strict = presetLevels('strict');
        for (const code of GATE_CODES) {
            expect(recommended[code]).toBe('off');
            expect(strict[code]).toBe('error');
        }
        for (const code of CONFIGURABLE_CODES.filter(c => !GATE_CODES.includes(c))) {
            expect([recommended[code], strict[code]]).toEqual([RULES[code].level, RULES[code].level]);
        }
    });

    test('overrides match paths relative to the config folder; later ones win', () => {
        const { config } = parseRuleConfig(JSON.stringify({
            rules: { 'unused-persona': 'warning' },
            overrides: [{ files: 'drafts/**', rules: { 'unused-persona': 'off' } }, { files: '**/keep.journey', rules: { 'unused-persona': 'error' } }],
        }));
        expect(levelsFor(config, 'a.journey')['unused-persona']).toBe('warning');
        expect(levelsFor(config, 'drafts/deep/a.journey')['unused-persona']).toBe('off');
        expect(levelsFor(config, 'drafts/keep.journey')['unused-persona']).toBe('error');
        expect(levelsFor(config, '.hidden/drafts/a.journey')['unused-persona']).toBe('warning');
    });
});

describe('the guide', () => {
    const guide = fs.readFileSync('LANGUAGE-GUIDE.md', 'utf8');
    test.each(ALL_CODES)('%s has a row in the table of checks', code => {
        expect(guide).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
    });
});

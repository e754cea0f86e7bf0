// The JSON schema of journey.config.json, made from the rule catalog so it
// lists exactly the rules that can be configured. VS Code uses the committed
// copy (schemas/journey.config.schema.json, package.json `jsonValidation`) for
// completion and validation; `npm run schema` writes it, a test compares.
import { CONFIGURABLE_CODES, PRESETS, RULES, RULE_LEVELS, presetLevels } from './rule-catalog.js';

const PRESET_TEXT: Record<typeof PRESETS[number], string> = {
    recommended: 'Every rule at its usual level; the quality gates are off. The default.',
    strict: 'The recommended rules, and every quality gate on as an error.',
};

const LEVEL_TEXT: Record<typeof RULE_LEVELS[number], string> = {
    off: 'Not checked.',
    hint: 'Shown faintly in the editor; never fails a check.',
    warning: 'Shown; fails `journey check` only above `--max-warnings`.',
    error: 'Fails `journey check`.',
};

function ruleDescription(code: typeof CONFIGURABLE_CODES[number]): string {
    const info = RULES[code];
    const levels = `recommended: \`${presetLevels('recommended')[code]}\`, strict: \`${presetLevels('strict')[code]}\``;
    return `${info.text}${info.kind === 'gate' ? ' (A quality gate.)' : ''} Default ${levels}.`;
}

export function configSchema(): object {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'Journey rules (journey.config.json)',
        description: 'Which checks a team runs on its .journey files, and how severe each problem is. '
            + 'A journey file follows the nearest journey.config.json in its folder or a folder above.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            extends: {
                description: 'The preset to start from.',
                enum: [...PRESETS],
                markdownEnumDescriptions: PRESETS.map(p => PRESET_TEXT[p]),
                default: 'recommended',
            },
            rules: { $ref: '#/definitions/rules' },
            overrides: {
                description: 'Other levels for some files, e.g. looser rules for drafts. Later overrides win.',
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['files'],
                    properties: {
                        files: {
                            description: 'Path patterns, relative to the folder of this file: `drafts/**`, `**/*-future.journey`.',
                            anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
                        },
                        rules: { $ref: '#/definitions/rules' },
                    },
                },
            },
        },
        definitions: {
            level: { enum: [...RULE_LEVELS], markdownEnumDescriptions: RULE_LEVELS.map(l => LEVEL_TEXT[l]) },
            rules: {
                description: 'The level of each rule, by its code: `off`, `hint`, `warning` or `error`.',
                type: 'object',
                additionalProperties: false,
                properties: Object.fromEntries(CONFIGURABLE_CODES.map(code =>
                    [code, { $ref: '#/definitions/level', markdownDescription: ruleDescription(code) }])),
            },
        },
    };
}

export const configSchemaText = (): string => `${JSON.stringify(configSchema(), undefined, 2)}\n`;

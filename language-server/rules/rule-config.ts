// Reads journey.config.json: which preset a team starts from, the level of each
// rule, and overrides for parts of the repository. Every mistake is kept with
// its place in the file, so `journey check` can point at it.
// The ESM build of jsonc-parser: its default (UMD) entry cannot be bundled by esbuild.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { closestName } from '../journey-names.js';
import { t } from '../l10n.js';
import { CONFIGURABLE_CODES, PRESETS, RULE_LEVELS, isIssueCode, type PresetName, type RuleLevel } from './rule-catalog.js';

export { CONFIG_FILE_NAME } from '../file-limits.js';

export type RuleSettings = Record<string, RuleLevel>;

export interface RuleOverride { files: string[]; rules: RuleSettings }

export interface RuleConfig {
    extends: PresetName;
    rules: RuleSettings;
    overrides: RuleOverride[];
}

/** A mistake in the file: `offset` and `length` in characters. */
export interface ConfigProblem { offset: number; length: number; message: string }

export interface ParsedConfig { config: RuleConfig; problems: ConfigProblem[] }

const TOP_LEVEL = ['$schema', 'extends', 'rules', 'overrides'];
const OVERRIDE_KEYS = ['files', 'rules'];

class ConfigReader {
    readonly problems: ConfigProblem[] = [];

    report(node: Node, message: string): void {
        this.problems.push({ offset: node.offset, length: node.length, message });
    }

    properties(node: Node, what: string, allowed: readonly string[]): Map<string, Node> {
        const found = new Map<string, Node>();
        if (node.type !== 'object') {
            this.report(node, t('{0} must be an object ({ … }).', what));
            return found;
        }
        for (const property of node.children ?? []) {
            const [key, value] = property.children ?? [];
            if (!key || !value) continue;
            const name = String(key.value);
            if (allowed.includes(name)) found.set(name, value);
            else this.report(key, t("Unknown setting '{0}' in {1}: use {2}.", name, what, allowed.map(k => `'${k}'`).join(', ')));
        }
        return found;
    }

    preset(node: Node | undefined): PresetName {
        if (!node) return 'recommended';
        if (node.type === 'string' && (PRESETS as readonly string[]).includes(node.value)) return node.value as PresetName;
        this.report(node, t("'extends' is one of {0}.", PRESETS.map(p => `"${p}"`).join(t(' or '))));
        return 'recommended';
    }

    rules(node: Node | undefined): RuleSettings {
        const rules: RuleSettings = {};
        if (!node) return rules;
        if (node.type !== 'object') {
            this.report(node, t("'rules' must be an object: { \"rule-code\": \"off\" | \"hint\" | \"warning\" | \"error\" }."));
            return rules;
        }
        for (const property of node.children ?? []) {
            const [key, value] = property.children ?? [];
            if (!key || !value) continue;
            const code = String(key.value);
            const level = this.level(code, value);
            if (this.configurable(code, key) && level) rules[code] = level;
        }
        return rules;
    }

    private configurable(code: string, key: Node): boolean {
        if (CONFIGURABLE_CODES.includes(code as never)) return true;
        if (isIssueCode(code)) {
            this.report(key, t("'{0}' cannot be configured: it says the map or the file is wrong, and stays an error.", code));
        } else {
            const guess = closestName(code, CONFIGURABLE_CODES);
            this.report(key, `${t("There is no rule '{0}'.", code)}${guess ? ` ${t("Did you mean '{0}'?", guess)}` : ''} ${t('The guide lists every rule.')}`);
        }
        return false;
    }

    private level(code: string, node: Node): RuleLevel | undefined {
        if (node.type === 'string' && RULE_LEVELS.includes(node.value)) return node.value as RuleLevel;
        this.report(node, t("The level of '{0}' is one of {1}.", code, RULE_LEVELS.map(l => `"${l}"`).join(', ')));
        return undefined;
    }

    overrides(node: Node | undefined): RuleOverride[] {
        if (!node) return [];
        if (node.type !== 'array') {
            this.report(node, t("'overrides' must be a list: [{ \"files\": [\"drafts/**\"], \"rules\": { … } }]."));
            return [];
        }
        return (node.children ?? []).flatMap(item => {
            const found = this.properties(item, t('an override'), OVERRIDE_KEYS);
            const files = this.globs(found.get('files'), item);
            return item.type === 'object' && files.length > 0 ? [{ files, rules: this.rules(found.get('rules')) }] : [];
        });
    }

    private globs(node: Node | undefined, override: Node): string[] {
        if (!node) {
            if (override.type === 'object') this.report(override, t("An override needs 'files': the paths it applies to, e.g. [\"drafts/**\"]."));
            return [];
        }
        const items = node.type === 'array' ? node.children ?? [] : [node];
        const globs = items.filter(item => item.type === 'string' && item.value !== '').map(item => String(item.value));
        if (globs.length === 0 || globs.length !== items.length) {
            this.report(node, t("'files' is a path pattern or a list of them, relative to this file's folder, e.g. \"drafts/**\"."));
        }
        return globs;
    }
}

const syntaxMessage = (error: ParseError) =>
    t('This is not valid JSON here ({0}).', printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());

export function parseRuleConfig(text: string): ParsedConfig {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const reader = new ConfigReader();
    // After the first syntax error the rest is guesswork: report that one.
    if (errors[0]) reader.problems.push({ offset: errors[0].offset, length: errors[0].length, message: syntaxMessage(errors[0]) });
    if (!root) return { config: { extends: 'recommended', rules: {}, overrides: [] }, problems: reader.problems };
    const found = reader.properties(root, 'journey.config.json', TOP_LEVEL);
    const schema = found.get('$schema');
    if (schema && schema.type !== 'string') reader.report(schema, "'$schema' is the address of the schema, as text.");
    const config: RuleConfig = {
        extends: reader.preset(found.get('extends')),
        rules: reader.rules(found.get('rules')),
        overrides: reader.overrides(found.get('overrides')),
    };
    return { config, problems: reader.problems };
}

// The level of every rule for one journey file: the preset, then the config's
// rules, then each override whose `files` match the file, in the order written.
import picomatch from 'picomatch';
import { presetLevels, type RuleLevel } from './rule-catalog.js';
import type { RuleConfig } from './rule-config.js';

export type RuleLevels = Record<string, RuleLevel>;

/** `relativePath`: the journey file relative to the config file's folder, with forward slashes. */
export function levelsFor(config: RuleConfig, relativePath: string): RuleLevels {
    const levels = { ...presetLevels(config.extends), ...config.rules };
    for (const override of config.overrides) {
        if (picomatch(override.files, { dot: true })(relativePath)) Object.assign(levels, override.rules);
    }
    return levels;
}

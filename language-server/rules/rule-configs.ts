// Finds the journey.config.json that applies to a journey file, like
// .editorconfig: the nearest one in the file's folder or a folder above it
// (or the one given with `journey check --config`). Files are read through
// Langium's file system, once, until `clear()` (the server clears on a change).
import { URI, UriUtils } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import { t } from '../l10n.js';
import { presetLevels, type PresetName } from './rule-catalog.js';
import { CONFIG_FILE_NAME, parseRuleConfig, type ParsedConfig } from './rule-config.js';
import { levelsFor, type RuleLevels } from './rule-levels.js';

export interface LoadedConfig { uri: URI; text: string; parsed: ParsedConfig }

export interface FileRules {
    /** The config file in force; undefined: none found, the `recommended` rules apply. */
    config?: LoadedConfig;
    preset: PresetName;
    levels: RuleLevels;
}

export class RuleConfigs {
    private readonly fileSystem: LangiumSharedCoreServices['workspace']['FileSystemProvider'];
    private readonly nearest = new Map<string, Promise<LoadedConfig | undefined>>();
    private readonly loaded = new Map<string, Promise<LoadedConfig>>();
    private chosen?: URI;

    constructor(services: { shared: LangiumSharedCoreServices }) {
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /** Use this file for every journey instead of looking for one (`--config`). */
    useConfigFile(uri: URI | undefined): void {
        this.chosen = uri;
        this.clear();
    }

    /** Forget what was read: the next question reads the files again. */
    clear(): void {
        this.nearest.clear();
        this.loaded.clear();
    }

    async rulesFor(documentUri: URI): Promise<FileRules> {
        const config = this.chosen ? await this.load(this.chosen) : await this.configAbove(documentUri);
        if (!config) return { preset: 'recommended', levels: presetLevels('recommended') };
        const relative = UriUtils.relative(UriUtils.dirname(config.uri), documentUri);
        return { config, preset: config.parsed.config.extends, levels: levelsFor(config.parsed.config, relative) };
    }

    /** Every config file read so far, with its problems. */
    async configsRead(): Promise<LoadedConfig[]> {
        return Promise.all(this.loaded.values());
    }

    private configAbove(documentUri: URI): Promise<LoadedConfig | undefined> {
        // Any saved file: on the web the workspace has its own scheme (vscode-vfs:, vscode-remote:…), not file:.
        return documentUri.scheme !== 'untitled' ? this.configIn(UriUtils.dirname(documentUri)) : Promise.resolve(undefined);
    }

    private configIn(folder: URI): Promise<LoadedConfig | undefined> {
        const key = folder.toString();
        let found = this.nearest.get(key);
        if (!found) {
            const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            const parent = UriUtils.dirname(folder);
            found = this.isFile(candidate).then(exists => exists ? this.load(candidate)
                : parent.toString() === key ? undefined : this.configIn(parent));
            this.nearest.set(key, found);
        }
        return found;
    }

    private async isFile(uri: URI): Promise<boolean> {
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    private load(uri: URI): Promise<LoadedConfig> {
        let config = this.loaded.get(uri.toString());
        if (!config) {
            config = this.fileSystem.readFile(uri).then(
                text => ({ uri, text, parsed: parseRuleConfig(text) }),
                (error: Error) => ({ uri, text: '', parsed: unreadable(error) }));
            this.loaded.set(uri.toString(), config);
        }
        return config;
    }
}

function unreadable(error: Error): ParsedConfig {
    return {
        config: { extends: 'recommended', rules: {}, overrides: [] },
        problems: [{ offset: 0, length: 0, message: t('Cannot read this file ({0}); the recommended rules apply.', error.message) }],
    };
}

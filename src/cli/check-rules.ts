// The team-rules side of `journey check`: the config file to use (--config),
// the rules in force for a file (--print-config), the config files' own
// mistakes as problems with their place, and the --max-warnings gate.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import { t } from '../../language-server/l10n.js';
import { createJourneyServices, type JourneyServices } from '../../language-server/journey-module.js';
import type { LoadedConfig } from '../../language-server/rules/rule-configs.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { inertJson } from '../../diagram-core/inert-text.js';
import { formatHuman, type FileProblems } from './check-formats.js';
import { printText, tell } from './cli-output.js';
import { UsageError } from './usage-error.js';

/** `--config PATH`: a file that must exist; every journey then uses it. */
export async function chooseConfig(services: JourneyServices, configPath: string | undefined): Promise<void> {
    if (configPath === undefined) return;
    const stat = await fs.stat(configPath).catch(() => undefined);
    if (!stat?.isFile()) throw new UsageError(t("cannot read the configuration '{0}': no such file", configPath));
    services.rules.Configs.useConfigFile(URI.file(path.resolve(configPath)));
}

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The mistakes in one config file, as problems of that file. */
export function configProblems(config: LoadedConfig): FileProblems {
    const diagnostics = config.parsed.problems.map((problem): Diagnostic => ({
        range: { start: positionAt(config.text, problem.offset), end: positionAt(config.text, problem.offset + problem.length) },
        severity: DiagnosticSeverity.Error,
        code: IssueCodes.InvalidConfig,
        message: problem.message,
    }));
    return { file: path.relative(process.cwd(), config.uri.fsPath), diagnostics };
}

/** Every config file read for this run that has mistakes. */
export async function problemsOfConfigs(services: JourneyServices): Promise<FileProblems[]> {
    const configs = await services.rules.Configs.configsRead();
    return configs.map(configProblems).filter(p => p.diagnostics.length > 0);
}

/** `--print-config FILE`: the rules in force for FILE, as JSON. Returns the exit code. */
export async function printConfig(file: string, configPath: string | undefined): Promise<number> {
    const services = createJourneyServices(NodeFileSystem).Journey;
    await chooseConfig(services, configPath);
    const rules = await services.rules.Configs.rulesFor(URI.file(path.resolve(file)));
    const shown = {
        file: path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/'),
        config: rules.config ? path.relative(process.cwd(), rules.config.uri.fsPath).split(path.sep).join('/') : null,
        extends: rules.preset,
        rules: rules.levels,
    };
    printText(`${inertJson(JSON.stringify(shown, undefined, 2))}\n`);
    const problems = rules.config ? configProblems(rules.config) : undefined;
    if (!problems?.diagnostics.length) return 0;
    for (const line of formatHuman([problems])) tell(line);
    return 1;
}

export function parseMaxWarnings(value: string): number {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(t('give a whole number of warnings, 0 or more.'));
    return Number(value);
}

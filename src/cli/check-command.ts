// `journey check PATHS…`: validate journeys as in the editor, one line per problem.
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { t } from '../../language-server/l10n.js';
import { CHECK_FORMATS, FORMATTERS, type CheckFormat, type FileProblems } from './check-formats.js';
import { checkFiles, type CheckedFile } from './check-parallel.js';
import { parseMaxWarnings, printConfig } from './check-rules.js';
import { say, tell, workflowCommand } from './cli-output.js';
import { collectJourneyFiles } from './journey-workspace.js';
import { progressReporter } from './progress.js';
import { UsageError } from './usage-error.js';

export interface CheckOptions { format?: CheckFormat; config?: string; printConfig?: string; maxWarnings?: number }

function problemsOf(document: CheckedFile): FileProblems {
    const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file: path.relative(process.cwd(), document.uri.fsPath), diagnostics, suppressed: document.suppressed };
}

/** Returns the exit code: 1 when any file has an error (or more warnings than allowed), else 0. */
export async function runCheck(paths: readonly string[], options: CheckOptions = {}): Promise<number> {
    if (options.printConfig !== undefined) return printConfig(options.printConfig, options.config);
    if (paths.length === 0) throw new UsageError(t('give the .journey files or folders to check: journey check journeys/'));
    const files = await collectJourneyFiles(paths);
    const progress = progressReporter(t('Reading'), files.length);
    const { files: checked, configs } = await checkFiles(files, progress.update, options.config);
    progress.done();
    const problems = [...configs, ...checked.map(problemsOf)];
    const format = options.format ?? 'human';
    // JSON and SARIF come as one JSON text: printed line by line, each inert already.
    const lines = FORMATTERS[format](problems).flatMap(text => text.split('\n'));
    for (const line of lines) (format === 'github' ? workflowCommand : say)(line);
    const count = (severity: DiagnosticSeverity) => problems.flatMap(p => p.diagnostics).filter(d => d.severity === severity).length;
    const errors = count(DiagnosticSeverity.Error), warnings = count(DiagnosticSeverity.Warning);
    const suppressed = problems.reduce((n, p) => n + (p.suppressed?.length ?? 0), 0);
    const total = files.length === 1 ? t('1 file checked') : t('{0} files checked', files.length);
    const ignored = suppressed ? t(', {0} ignored by journey-ignore comments', suppressed) : '';
    tell(t('{0}: {1} error(s), {2} warning(s){3}.', total, errors, warnings, ignored));
    const tooMany = options.maxWarnings !== undefined && warnings > options.maxWarnings;
    if (tooMany) tell(`journey: ${t('{0} warning(s), more than --max-warnings {1} allows.', warnings, options.maxWarnings!)}`);
    return errors > 0 || tooMany ? 1 : 0;
}

export function registerCheckCommand(program: Command): void {
    program.command('check')
        .description(t('Validate .journey files and folders, as the editor does.'))
        .argument('[paths...]', t('files or folders (all .journey files under a folder)'))
        .addOption(new Option('--format <format>', t('how to print problems')).choices(CHECK_FORMATS).default('human'))
        .option('--config <path>', t('use this journey.config.json for every file, instead of the nearest one'))
        .option('--print-config <file>', t('print the rules in force for a journey file (as JSON), and check nothing'))
        .option('--max-warnings <n>', t('exit with 1 when there are more than n warnings'), parseMaxWarnings)
        .addHelpText('after', t(`
Output (--format human): one line per problem, "path:line:col: severity: message [code]".
--format json: an array of {file, line, column, endLine, endColumn, severity, code, message}.
--format github: workflow commands that annotate the lines of a pull request in GitHub Actions.
--format sarif: a SARIF 2.1.0 log for code scanning (github/codeql-action/upload-sarif).
Positions are 1-based and paths relative to the current folder; the summary goes to stderr.
Exit code: 0 without errors, 1 with errors (or more warnings than --max-warnings),
2 on bad usage or an unreadable file.

Rules: each file follows the nearest journey.config.json in its folder or a folder
above ("extends": "recommended" or "strict", "rules", "overrides"); a mistake in it
is an error of that file. "// journey-ignore <code>: <reason>" on the line before a
problem accepts it; "// journey-ignore-file <code>: <reason>" at the top, in the whole
file. SARIF lists accepted problems as suppressed; the other formats leave them out.

Examples:
  journey check examples/
  journey check journeys/floor-renovation.journey company.journey
  journey check --format sarif journeys/ > journey.sarif
  journey check --max-warnings 0 journeys/
  journey check --print-config journeys/drafts/new.journey`))
        .action(async (paths: string[], options: CheckOptions) => { process.exitCode = await runCheck(paths, options); });
}

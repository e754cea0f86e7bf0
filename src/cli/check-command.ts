// `journey check PATHS…`: validate journeys as in the editor, one line per problem.
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { CHECK_FORMATS, FORMATTERS, type CheckFormat, type FileProblems } from './check-formats.js';
import { checkFiles, type CheckedFile } from './check-parallel.js';
import { collectJourneyFiles } from './journey-workspace.js';
import { progressReporter } from './progress.js';


function problemsOf(document: CheckedFile): FileProblems {
    const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file: path.relative(process.cwd(), document.uri.fsPath), diagnostics };
}

/** Returns the exit code: 1 when any file has an error, else 0. */
export async function runCheck(paths: readonly string[], format: CheckFormat = 'human'): Promise<number> {
    const files = await collectJourneyFiles(paths);
    const progress = progressReporter('Reading', files.length);
    const documents = await checkFiles(files, progress.update);
    progress.done();
    const problems = documents.map(problemsOf);
    for (const line of FORMATTERS[format](problems)) console.log(line);
    const errors = problems.flatMap(p => p.diagnostics).filter(d => d.severity === DiagnosticSeverity.Error).length;
    const warnings = problems.flatMap(p => p.diagnostics).filter(d => d.severity === DiagnosticSeverity.Warning).length;
    console.error(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error(s), ${warnings} warning(s).`);
    return errors > 0 ? 1 : 0;
}

export function registerCheckCommand(program: Command): void {
    program.command('check')
        .description('Validate .journey files and folders, as the editor does.')
        .argument('<paths...>', 'files or folders (all .journey files under a folder)')
        .addOption(new Option('--format <format>', 'how to print problems').choices(CHECK_FORMATS).default('human'))
        .addHelpText('after', `
Output (--format human): one line per problem, "path:line:col: severity: message [code]".
--format json: an array of {file, line, column, endLine, endColumn, severity, code, message}.
--format github: workflow commands that annotate the lines of a pull request in GitHub Actions.
--format sarif: a SARIF 2.1.0 log for code scanning (github/codeql-action/upload-sarif).
Positions are 1-based and paths relative to the current folder; the summary goes to stderr.
Exit code: 0 without errors, 1 with errors, 2 on bad usage or an unreadable file.

Examples:
  journey check examples/
  journey check journeys/floor-renovation.journey company.journey
  journey check --format sarif journeys/ > journey.sarif`)
        .action(async (paths: string[], options: { format: CheckFormat }) => { process.exitCode = await runCheck(paths, options.format); });
}

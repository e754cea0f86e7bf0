// `journey check PATHS…`: validate journeys as in the editor, one line per problem.
import * as path from 'node:path';
import type { Command } from 'commander';
import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { collectJourneyFiles, loadJourneyWorkspace } from './journey-workspace.js';
import { progressReporter } from './progress.js';

export const SEVERITY_NAMES: Record<DiagnosticSeverity, string> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

export interface FileProblems { file: string; diagnostics: Diagnostic[] }

export function formatHuman(problems: readonly FileProblems[]): string[] {
    return problems.flatMap(({ file, diagnostics }) => diagnostics.map(d => {
        const { line, character } = d.range.start;
        const severity = SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error];
        return `${file}:${line + 1}:${character + 1}: ${severity}: ${d.message} [${d.code}]`;
    }));
}

function problemsOf(document: LangiumDocument): FileProblems {
    const diagnostics = [...(document.diagnostics ?? [])].sort((a, b) =>
        a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return { file: path.relative(process.cwd(), document.uri.fsPath), diagnostics };
}

/** Returns the exit code: 1 when any file has an error, else 0. */
export async function runCheck(paths: readonly string[]): Promise<number> {
    const files = await collectJourneyFiles(paths);
    const progress = progressReporter('Reading', files.length);
    const { documents } = await loadJourneyWorkspace(files, progress.update);
    progress.done();
    const problems = documents.map(problemsOf);
    for (const line of formatHuman(problems)) console.log(line);
    const errors = problems.flatMap(p => p.diagnostics).filter(d => d.severity === DiagnosticSeverity.Error).length;
    const warnings = problems.flatMap(p => p.diagnostics).filter(d => d.severity === DiagnosticSeverity.Warning).length;
    console.error(`${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error(s), ${warnings} warning(s).`);
    return errors > 0 ? 1 : 0;
}

export function registerCheckCommand(program: Command): void {
    program.command('check')
        .description('Validate .journey files and folders, as the editor does.')
        .argument('<paths...>', 'files or folders (all .journey files under a folder)')
        .addHelpText('after', `
Output: one line per problem, "path:line:col: severity: message [code]".
Exit code: 0 without errors, 1 with errors, 2 on bad usage or an unreadable file.

Examples:
  journey check examples/
  journey check journeys/floor-renovation.journey company.journey`)
        .action(async (paths: string[]) => { process.exitCode = await runCheck(paths); });
}

// `journey import FILE.mmd`: a Mermaid `journey` diagram (or the ```mermaid
// journey fences of a Markdown file) as a journey file to build on.
import * as path from 'node:path';
import type { Command } from 'commander';
import { t } from '../../language-server/l10n.js';
import { inertLines } from '../../diagram-core/inert-text.js';
import { readInputFile } from './cli-input.js';
import { printText, say, tell } from './cli-output.js';
import { writeOutputFile } from './cli-write.js';
import { importMermaid, MermaidSyntaxError } from './mermaid-import.js';
import { UsageError } from './usage-error.js';

export interface ImportOptions { output?: string; force?: boolean }

/** Returns the exit code: 1 when the diagram cannot be read, else 0. */
export async function runImport(file: string, options: ImportOptions): Promise<number> {
    const text = readInputFile(file);
    if (options.output !== undefined && !options.output.endsWith('.journey')) {
        throw new UsageError(t("'{0}' does not end in .journey: journey check and imports only read .journey files", options.output));
    }
    const fallbackTitle = path.basename(file).replace(/\.[^.]*$/, '');
    let result;
    try {
        result = importMermaid(text, fallbackTitle);
    } catch (error) {
        if (!(error instanceof MermaidSyntaxError)) throw error;
        tell(`${file}:${error.line}: error: ${error.message}`);
        return 1;
    }
    for (const warning of result.warnings) tell(`${file}:${warning.line}: warning: ${warning.message}`);
    if (options.output === undefined) {
        printText(result.text);
        return 0;
    }
    writeOutputFile(options.output, inertLines(result.text), { force: options.force });
    const summary = result.journeys.map(j => t("journey '{0}' with {1} phase(s), {2} touchpoint(s) and {3} persona(s)", j.id, j.phases, j.touchpoints, j.personas));
    say(t('Wrote {0}: {1}.', options.output, summary.join('; ')));
    say(t('next: add channels (via), owners and emotions, then run: journey check {0}', options.output));
    return 0;
}

export function registerImportCommand(program: Command): void {
    program.command('import')
        .description(t('Turn a Mermaid journey diagram (.mmd, or ```mermaid fences in .md) into a .journey file.'))
        .argument('<file>', t('a Mermaid file, or a Markdown file with ```mermaid journey fences'))
        .option('-o, --output <file>', t('write to this .journey file instead of standard output'))
        .option('--force', t('overwrite the output file if it exists'))
        .addHelpText('after', `
The title (else the accTitle) becomes the journey's label, the accDescr its
description, sections its phases, tasks touchpoints in those phases with their score,
and actors personas: a task's actors are its "for", a task without actors has
none. A <br> in a section or task is a line break in the label. Ids are made
from the labels. Every journey fence of a Markdown file becomes a journey of
the output.
Exit code: 0 when imported, 1 when the diagram cannot be read (the message
names the line), 2 on bad usage or when the output exists (without --force).

Examples:
  journey import my-working-day.mmd
  journey import docs/journeys.md -o journeys/imported.journey
  journey import day.mmd -o day.journey --force`)
        .action(async (file: string, options: ImportOptions) => { process.exitCode = await runImport(file, options); });
}

// `journey export FILE --to mermaid`: a journey as a Mermaid `journey` diagram,
// for Markdown pages, wikis and GitHub, which render Mermaid themselves.
import { Option, type Command } from 'commander';
import { t } from '../../language-server/l10n.js';
import { inertLines } from '../../diagram-core/inert-text.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { toMermaidJourney } from './mermaid-export.js';
import { printText, tell } from './cli-output.js';
import { writeOutputFile } from './cli-write.js';
import { loadSingleJourney } from './single-journey.js';

export interface ExportOptions { to: 'mermaid'; output?: string; journey?: string; fenced?: boolean; force?: boolean }

/** Returns the exit code: 1 when the file has errors, else 0. */
export async function runExport(file: string, options: ExportOptions): Promise<number> {
    const chosen = await loadSingleJourney(file, 'export', options.journey, 'refuse');
    if (!chosen) return 1;
    const { journey } = chosen;
    // The same inert text on stdout and in the file: a label's control characters mean nothing in Mermaid.
    const text = inertLines(toMermaidJourney(toDiagramModel(journey), { fenced: options.fenced }));
    if (options.output === undefined) {
        printText(text);
        return 0;
    }
    writeOutputFile(options.output, text, { force: options.force });
    tell(t("Wrote {0}: journey '{1}' as a Mermaid journey diagram.", options.output, journey.name));
    return 0;
}

export function registerExportCommand(program: Command): void {
    program.command('export')
        .description(t('Write a journey as a Mermaid journey diagram, for Markdown, wikis and GitHub.'))
        .argument('<file>', t('a .journey file (its imports are read too)'))
        .addOption(new Option('--to <format>', t('the output format')).choices(['mermaid']).makeOptionMandatory())
        .option('-o, --output <file>', t('write to this file instead of standard output'))
        .option('--journey <id>', t('which journey to export, when the file has several'))
        .option('--fenced', t('wrap the diagram in a ```mermaid fence, to paste into Markdown'))
        .option('--force', t('overwrite the output file if it exists'))
        .addHelpText('after', `
Phases become sections, touchpoints tasks (a touchpoint after a phase, or
between two, goes in the section of that phase, after those in it), scores stay
1-5 (without a score: the emotion mapped to 1-5, else 3), and actors are the
personas a touchpoint is for: none when it names none, unless the journey says
"for" nowhere (then every task has all its personas). The label is the title
and the accTitle, the description the accDescr; a line break in a label is <br>.
A file with errors is not exported.
Exit code: 0 when written, 1 when the file has errors, 2 on bad usage or when the
output file exists (without --force).

Examples:
  journey export shop.journey --to mermaid
  journey export shop.journey --to mermaid -o docs/shop.mmd
  journey export kinds.journey --to mermaid --journey training_current --fenced >> README.md`)
        .action(async (file: string, options: ExportOptions) => { process.exitCode = await runExport(file, options); });
}

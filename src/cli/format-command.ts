// `journey format [--check] PATHS…`: rewrite journeys in the canonical layout,
// with the same formatter as "Format Document" in the editor.
import * as path from 'node:path';
import type { Command } from 'commander';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import { t } from '../../language-server/l10n.js';
import { JOURNEY_EXTENSION, JourneyNodeFileSystem } from '../../language-server/journey-file-reader.js';
import { createJourneyServices, type JourneyServices } from '../../language-server/journey-module.js';
import { collectJourneyFiles } from './journey-workspace.js';
import { readInputFile } from './cli-input.js';
import { say, tell } from './cli-output.js';
import { writeOutputFile, writeTarget } from './cli-write.js';
import { progressReporter } from './progress.js';

export const FORMATTING_OPTIONS = { tabSize: 4, insertSpaces: true } as const;
const BOM = '\uFEFF';

export type FormatOutcome =
    | { kind: 'unchanged' }
    | { kind: 'changed'; text: string }
    | { kind: 'syntax-error'; line: number; column: number; message: string };

/**
 * The first syntax error, 1-based, as `journey check` reports it; undefined when the file parses.
 * Only a document without syntax errors is formatted: nothing else is safe.
 */
export async function firstSyntaxError(services: JourneyServices, document: LangiumDocument): Promise<{ line: number; column: number; message: string } | undefined> {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length === 0 && parserErrors.length === 0) return undefined;
    const diagnostics = await services.validation.DocumentValidator.validateDocument(document, {
        categories: ['built-in'], stopAfterLexingErrors: true, stopAfterParsingErrors: true,
    });
    const [first] = diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return first && { line: first.range.start.line + 1, column: first.range.start.character + 1,
        message: typeof first.message === 'string' ? first.message : first.message.value };
}

/** Formats one document with the editor's formatter service. */
export async function formatJourneyDocument(services: JourneyServices, document: LangiumDocument): Promise<FormatOutcome> {
    const error = await firstSyntaxError(services, document);
    if (error) return { kind: 'syntax-error', ...error };
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: FORMATTING_OPTIONS,
    });
    const text = TextDocument.applyEdits(document.textDocument, edits);
    return text === document.textDocument.getText() ? { kind: 'unchanged' } : { kind: 'changed', text };
}

/** Returns the exit code: 1 when a file would change (with --check) or cannot be formatted, else 0. */
export async function runFormat(paths: readonly string[], check: boolean): Promise<number> {
    const files = await collectJourneyFiles(paths);
    const services = createJourneyServices(JourneyNodeFileSystem).Journey;
    const progress = progressReporter(t('Formatting'), files.length);
    let changed = 0;
    let broken = 0;
    // Read everything first: an unreadable file (or one that may not be rewritten) stops the run before any file is rewritten.
    const texts: string[] = [];
    for (const file of files) {
        const shown = path.relative(process.cwd(), file);
        texts.push(readInputFile(file, JOURNEY_EXTENSION, shown));
        if (!check) writeTarget(file, { inPlace: true }, shown);
    }
    for (const [i, file] of files.entries()) {
        const shown = path.relative(process.cwd(), file);
        // A UTF-8 byte order mark is the file's, not the journey's: kept aside, and written back.
        const bom = texts[i].startsWith(BOM) ? BOM : '';
        const text = texts[i].slice(bom.length);
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
        const outcome = await formatJourneyDocument(services, document);
        if (outcome.kind === 'syntax-error') {
            broken++;
            tell(`${shown}:${outcome.line}:${outcome.column}: ${t('cannot format: fix the syntax errors first ({0})', outcome.message)}`);
        } else if (outcome.kind === 'changed') {
            changed++;
            if (!check) writeOutputFile(file, bom + outcome.text, { inPlace: true }, shown);
            say(shown);
        }
        progress.update(i + 1);
    }
    progress.done();
    const count = (n: number) => n === 1 ? t('1 file') : t('{0} files', n);
    const verb = check ? t('{0} would be reformatted', changed) : t('{0} reformatted', changed);
    const brokenNote = broken > 0 ? t(', {0} with syntax errors left as they are', count(broken)) : '';
    tell(`${count(files.length)}: ${verb}${brokenNote}.`);
    return broken > 0 || (check && changed > 0) ? 1 : 0;
}

export function registerFormatCommand(program: Command): void {
    program.command('format')
        .description(t('Rewrite .journey files in the canonical layout, as "Format Document" in the editor does.'))
        .argument('<paths...>', t('files or folders (all .journey files under a folder)'))
        .option('--check', t('change nothing: list the files that are not formatted, exit 1 if there are any'))
        .addHelpText('after', `
The canonical layout: one fact per line, four spaces per block level, "{" at the
end of its header line, "}" on its own line, one space between words, at most
one blank line in a row. Only whitespace changes; comments stay where they are.

Output: the files that were (or, with --check, would be) rewritten, one per line.
Files with syntax errors are not touched: "path:line:col: cannot format: …" on stderr.
Exit code: 0 when done (with --check: when every file is formatted), 1 when a file
has syntax errors (or, with --check, would change), 2 on bad usage or an unreadable file.

Examples:
  journey format examples/
  journey format --check journeys/          # in CI: fail when a file is not formatted
  journey format journeys/floor-renovation.journey company.journey`)
        .action(async (paths: string[], options: { check?: boolean }) => {
            process.exitCode = await runFormat(paths, options.check ?? false);
        });
}

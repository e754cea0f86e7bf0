// Everything the CLI prints goes through here, so no label, id or file name
// reaches a terminal or a CI log raw (diagram-core/inert-text.ts says how).
import { inertLine, inertLines } from '../../diagram-core/inert-text.js';

/** One message on standard output: a single line, whatever it quotes. */
export function say(message: string): void {
    process.stdout.write(`${inertLine(message)}\n`);
}

/** One message on standard error (problems, progress notes, what was written). */
export function tell(message: string): void {
    process.stderr.write(`${inertLine(message)}\n`);
}

/** A whole text output on standard output (a diff, a diagram, a journey), its lines kept. */
export function printText(text: string): void {
    process.stdout.write(inertLines(text));
}

/**
 * A workflow command of `--format github`, the one output meant to speak to
 * GitHub Actions. Its fields were escaped by GitHub's rules and made inert
 * (check-formats.ts); here only the command's own `::` may start the line.
 */
export function workflowCommand(command: string): void {
    const [, name, rest] = /^::(error|warning|notice) ([^\n\r]*)$/.exec(command) ?? [];
    if (!name) throw new Error(`not a workflow command: ${inertLine(command)}`);
    process.stdout.write(`::${name} ${inertLine(rest)}\n`);
}

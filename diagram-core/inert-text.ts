// Text written by anyone (labels, ids, file names, messages quoting them) made
// inert before it reaches a terminal, a CI log or a pull-request comment.
// `journey check` and `render` run in CI on pull requests: a label must not
// clear a screen, reorder what a reviewer reads, or speak to GitHub Actions.
// SECURITY.md says what each output guarantees; this file is where it is done.

/** What replaces a character that must not reach a terminal: visible, so a reviewer sees something was there. */
export const REPLACEMENT = '\uFFFD';

/** Keeps GitHub from linking a URL or an @mention: invisible, and not a line-break opportunity. */
export const WORD_JOINER = '\u2060';

const LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
// C0 and C1 controls (ESC, CSI, OSC…), DEL, and the bidirectional controls of
// "Trojan Source" (marks, embeddings, overrides, isolates).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// The Actions runner compares with .NET culture-aware string search, which skips
// format characters and some marks: `#\u200B#[` can still read as `##[`.
const SKIPPED = '[\\p{Cf}\\p{Mn}\\p{Me}]*';
// `##[command]` is read anywhere in a line; `::command::` after leading spaces.
const LEGACY_COMMAND = new RegExp(`#${SKIPPED}#${SKIPPED}\\[`, 'gu');
const COMMAND_AT_START = new RegExp(`^([\\s\\p{Cf}\\p{Mn}\\p{Me}]*):(?=${SKIPPED}:)`, 'u');

/** `##[` and a leading `::` written with a look-alike, so no runner reads a workflow command. */
function withoutWorkflowCommands(line: string): string {
    return line.replace(LEGACY_COMMAND, '#\uFF03[').replace(COMMAND_AT_START, '$1\u2236');
}

/** One line of user text, or one message quoting it: no line breaks, no controls, no workflow commands. */
export function inertLine(text: string): string {
    return withoutWorkflowCommands(text.replace(LINE_BREAKS, ' ').replace(CONTROLS, REPLACEMENT));
}

/** A whole text output (a diff, a Mermaid diagram): its own line breaks kept, every line inert. */
export function inertLines(text: string): string {
    return text.split(/\r\n|\n/).map(inertLine).join('\n');
}

// JSON.stringify escapes C0 controls only; these it leaves raw.
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON text (from JSON.stringify) that reads the same to a program and is inert
 * on a terminal: the characters above as \u escapes, the `[` of `##[` as `\u005b`.
 * Values are not changed: tools get exactly what was written.
 */
export function inertJson(json: string): string {
    const escaped = json.replace(JSON_RAW, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return escaped.replace(LEGACY_COMMAND, match => `${match.slice(0, -1)}\\u005b`);
}

/**
 * User text for GitHub-flavoured Markdown, in a paragraph or a table cell: one
 * line, no HTML, no table breaks, code, emphasis, math or links, and nothing
 * GitHub links after rendering. Escapes (`\@`, `&#64;`) do not stop GitHub's
 * mentions or issue references, which it finds in the rendered text: a word
 * joiner after `@` and `#`, and inside `://` and `www.`, does.
 */
export function inertMarkdown(text: string): string {
    // Backslashes first, then entities, so the entities' own `#` and `;` stay as they are.
    return inertLine(text)
        .replace(/[\\`*_{}[\]()|~$!#]/g, ch => `\\${ch}`)
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/@/g, `@${WORD_JOINER}`)
        .replace(/#(?=\w)/g, `#${WORD_JOINER}`)
        .replace(/:\/\//g, `:${WORD_JOINER}//`)
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${WORD_JOINER}.`);
}

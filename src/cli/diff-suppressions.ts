// `journey diff` also says when a change adds or removes a `journey-ignore`
// comment: it accepts a problem for every later check, so a reviewer should see
// it. Comments are not part of the journey model, so this compares the texts.
// A comment that only moved (a reformat, lines reordered) is no change.
import { escapeMarkdown, plain, type DiffFormat } from '../../diagram-core/diff-format.js';
import { IGNORE_FILE, IGNORE_LINE, parseSuppressions } from '../../language-server/rules/suppressions.js';

export interface SuppressionChange {
    file: string;
    change: 'added' | 'removed';
    scope: 'line' | 'file';
    code: string;
    reason: string;
    /** 1-based, in the version that has the comment. */
    line: number;
}

interface Entry { key: string; scope: 'line' | 'file'; code: string; reason: string; line: number }

function entries(text: string | undefined): Entry[] {
    return parseSuppressions(text ?? '').flatMap(s => s.codes.map(({ code }) =>
        ({ key: `${s.scope}\u0000${code}\u0000${s.reason}`, scope: s.scope, code, reason: s.reason, line: s.range.start.line + 1 })));
}

/** What one file's `journey-ignore` comments gained and lost, code by code. */
export function suppressionChanges(file: string, before: string | undefined, after: string | undefined): SuppressionChange[] {
    const unmatched = (from: Entry[], to: Entry[]) => {
        const left = [...to];
        return from.filter(entry => {
            const i = left.findIndex(other => other.key === entry.key);
            if (i >= 0) left.splice(i, 1);
            return i < 0;
        });
    };
    const old = entries(before), now = entries(after);
    const change = (kind: SuppressionChange['change']) => ({ scope, code, reason, line }: Entry): SuppressionChange =>
        ({ file, change: kind, scope, code, reason, line });
    return [...unmatched(old, now).map(change('removed')), ...unmatched(now, old).map(change('added'))];
}

const keyword = (c: SuppressionChange) => (c.scope === 'file' ? IGNORE_FILE : IGNORE_LINE);

/** The text to print after the diff in `format` (JSON has no place for it: nothing). */
export function formatSuppressionChanges(changes: readonly SuppressionChange[], format: DiffFormat): string {
    if (changes.length === 0 || format === 'json') return '';
    if (format === 'text') {
        const lines = changes.map(c => `  ${c.change === 'added' ? '+' : '-'} ${plain(c.file)}:${c.line} ${keyword(c)} ${plain(c.code)}: ${plain(c.reason)}`);
        return `journey-ignore comments (accepted problems) added or removed:\n${lines.join('\n')}\n`;
    }
    const md = escapeMarkdown;
    const rows = changes.map(c => `| ${c.change} | ${md(c.file)} | ${c.line} | ${keyword(c)} ${md(c.code)} | ${md(c.reason)} |`);
    return ['', '### Accepted problems', '', '`journey-ignore` comments added or removed. An added one accepts a problem: '
        + 'the checks no longer report it.', '',
    '| | File | Line | Comment | Reason |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

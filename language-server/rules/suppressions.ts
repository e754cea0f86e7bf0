// `// journey-ignore <code>: <reason>` accepts a problem on the next line;
// `// journey-ignore-file <code>: <reason>` at the top of a file accepts it in the
// whole file. Several codes may be listed (`a, b: reason`). A reason is required:
// an accepted problem should say why, for the next reviewer.
import type { Range } from 'vscode-languageserver';
import { t } from '../l10n.js';
import { isIssueCode, isSuppressible } from './rule-catalog.js';

export interface SuppressedCode { code: string; range: Range }

export interface Suppression {
    scope: 'line' | 'file';
    /** The comment, from `//` to the end of its line. */
    range: Range;
    codes: SuppressedCode[];
    reason: string;
    /** 0-based line the suppression applies to (`line` scope); undefined at the end of the file. */
    target?: number;
    /** Why it does not work, in words; undefined when it is complete. */
    invalid?: string;
}

const COMMENT = /^(\s*)\/\/\s*journey-ignore(-file)?(?![\w-])(.*)$/;
export const IGNORE_LINE = 'journey-ignore';
export const IGNORE_FILE = 'journey-ignore-file';

/** Every suppression comment of a file, valid or not, in the order written. */
export function parseSuppressions(text: string): Suppression[] {
    const lines = text.split(/\r\n|\r|\n/);
    const found: Suppression[] = [];
    let atTop = true;
    for (const [line, content] of lines.entries()) {
        const match = COMMENT.exec(content);
        if (!match) {
            atTop &&= /^\s*(\/\/.*)?$/.test(content);
            continue;
        }
        const scope = match[2] ? 'file' : 'line';
        const suppression = parseBody(match[3], line, content.indexOf('//', match[1].length), content.length, scope);
        if (scope === 'file' && !atTop && !suppression.invalid) {
            suppression.invalid = t('`{0}` works only at the top of the file, before the first line that is not a `//` comment. '
                + 'Move it there, or use `{1}` on the line before the problem.', IGNORE_FILE, IGNORE_LINE);
        }
        if (scope === 'line') suppression.target = nextLineAfterSuppressions(lines, line);
        found.push(suppression);
    }
    return found;
}

function parseBody(body: string, line: number, start: number, end: number, scope: Suppression['scope']): Suppression {
    const keyword = scope === 'file' ? IGNORE_FILE : IGNORE_LINE;
    const colon = body.indexOf(':');
    const codesText = colon < 0 ? body : body.slice(0, colon);
    const reason = colon < 0 ? '' : body.slice(colon + 1).trim();
    const bodyStart = end - body.length;
    const codes = [...codesText.matchAll(/[^\s,]+/g)].map(m => ({
        code: m[0],
        range: { start: { line, character: bodyStart + m.index }, end: { line, character: bodyStart + m.index + m[0].length } },
    }));
    const suppression: Suppression = { scope, range: { start: { line, character: start }, end: { line, character: end } }, codes, reason };
    const example = `\`// ${keyword} ${codes[0]?.code ?? '<code>'}: <why this is accepted>\``;
    if (codes.length === 0) {
        suppression.invalid = t('Name the problem to ignore by its code, and say why: {0}.', example);
    } else if (reason === '') {
        suppression.invalid = t('Say why this problem is accepted, after a colon: {0}. The reason is required.', example);
    } else {
        suppression.invalid = codes.map(c => codeProblem(c.code)).find(problem => problem !== undefined);
    }
    return suppression;
}

function codeProblem(code: string): string | undefined {
    if (!isIssueCode(code)) return t("There is no rule '{0}': use the code in square brackets at the end of the problem.", code);
    if (!isSuppressible(code)) return t("'{0}' cannot be ignored: it says the map or the file is wrong. Fix it instead.", code);
    return undefined;
}

/** The first line after `line` that is not itself a suppression comment, so several may stack. */
function nextLineAfterSuppressions(lines: readonly string[], line: number): number | undefined {
    for (let next = line + 1; next < lines.length; next++) {
        if (!COMMENT.test(lines[next])) return next;
    }
    return undefined;
}

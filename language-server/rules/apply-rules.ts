// Turns the checks' problems into the problems a team sees: each at the level
// its configuration gives (`off` ones dropped), those a `journey-ignore` comment
// accepts set aside, and the suppression comments themselves checked.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { t } from '../l10n.js';
import { IssueCodes } from '../validation/issue-codes.js';
import { isConfigurable, isSuppressible, type RuleLevel } from './rule-catalog.js';
import type { RuleLevels } from './rule-levels.js';
import { IGNORE_FILE, IGNORE_LINE, type Suppression } from './suppressions.js';

export interface SuppressedProblem { diagnostic: Diagnostic; justification: string }

export interface RuledProblems { shown: Diagnostic[]; suppressed: SuppressedProblem[] }

export interface ApplyOptions {
    /** Report broken suppression comments (once per build of a document). */
    reportInvalid: boolean;
    /** Report suppressions that accept nothing: only when every check ran, or it would be a guess. */
    reportUnused: boolean;
}

const SEVERITIES: Record<Exclude<RuleLevel, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, hint: DiagnosticSeverity.Hint,
};

export function applyRules(diagnostics: readonly Diagnostic[], levels: RuleLevels, suppressions: readonly Suppression[],
    options: ApplyOptions): RuledProblems {
    const valid = suppressions.filter(s => !s.invalid);
    const used = new Set<string>();
    const result: RuledProblems = { shown: [], suppressed: [] };
    for (const diagnostic of diagnostics) {
        const code = String(diagnostic.code);
        const level = isConfigurable(code) ? levels[code] : undefined;
        if (level === 'off') continue;
        if (level) diagnostic.severity = SEVERITIES[level];
        const match = isSuppressible(code) ? findSuppression(valid, code, diagnostic.range.start.line) : undefined;
        if (match) {
            used.add(`${suppressions.indexOf(match)}:${code}`);
            result.suppressed.push({ diagnostic, justification: match.reason });
        } else {
            result.shown.push(diagnostic);
        }
    }
    if (options.reportInvalid) {
        for (const s of suppressions.filter(s => s.invalid)) result.shown.push(problem(s.range, s.invalid!, IssueCodes.InvalidSuppression, 'error'));
    }
    const unusedLevel = levels[IssueCodes.UnusedSuppression];
    if (options.reportUnused && unusedLevel && unusedLevel !== 'off') {
        for (const s of valid) {
            for (const { code, range } of s.codes.filter(c => !used.has(`${suppressions.indexOf(s)}:${c.code}`))) {
                result.shown.push(problem(range, unusedMessage(s, code), IssueCodes.UnusedSuppression, unusedLevel));
            }
        }
    }
    return result;
}

// A line suppression before a file-wide one: the nearer, more specific one is the one used.
function findSuppression(valid: readonly Suppression[], code: string, line: number): Suppression | undefined {
    const accepts = (s: Suppression) => s.codes.some(c => c.code === code);
    return valid.find(s => s.scope === 'line' && s.target === line && accepts(s)) ?? valid.find(s => s.scope === 'file' && accepts(s));
}

function unusedMessage(suppression: Suppression, code: string): string {
    return suppression.scope === 'file'
        ? t("No problem '{0}' is left in this file to ignore: remove it from this `{1}`.", code, IGNORE_FILE)
        : t("The next line has no problem '{0}' to ignore (any more): remove it from this `{1}`.", code, IGNORE_LINE);
}

function problem(range: Diagnostic['range'], message: string, code: string, level: Exclude<RuleLevel, 'off'>): Diagnostic {
    return { range, message, code, severity: SEVERITIES[level], data: { code } };
}

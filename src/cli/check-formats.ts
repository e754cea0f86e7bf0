// Machine-readable output of `journey check`: JSON for scripts, GitHub workflow
// commands for pull-request annotations, SARIF 2.1.0 for code scanning.
// Positions are 1-based; end columns point just after the last character, as
// in SARIF and GitHub annotations (LSP ranges are 0-based with an exclusive end).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { inertJson, inertLine } from '../../diagram-core/inert-text.js';
import type { SuppressedProblem } from '../../language-server/rules/apply-rules.js';
import { ALL_CODES, RULES } from '../../language-server/rules/rule-catalog.js';
import { IssueCodes, type IssueCode } from '../../language-server/validation/issue-codes.js';

export const CHECK_FORMATS = ['human', 'json', 'github', 'sarif'] as const;
export type CheckFormat = typeof CHECK_FORMATS[number];

export interface FileProblems {
    file: string;
    diagnostics: Diagnostic[];
    /** Problems a `journey-ignore` comment accepted: only SARIF lists them (as suppressed). */
    suppressed?: readonly SuppressedProblem[];
}

export type SeverityName = 'error' | 'warning' | 'info' | 'hint';

export const SEVERITY_NAMES: Record<DiagnosticSeverity, SeverityName> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info',
    [DiagnosticSeverity.Hint]: 'hint',
};

/** One problem as `--format json` prints it (an array of these). */
export interface Problem {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

const severityOf = (d: Diagnostic): SeverityName => SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error];
/** LSP 3.18 allows Markdown messages; ours are plain text, but print either as text. */
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** Forward slashes on every platform, so output is the same on Windows and Linux runners. */
const slashes = (file: string) => file.split(path.sep).join('/');

/** All problems in a stable order: by file, then position, then code and message. */
export function toProblems(problems: readonly FileProblems[]): Problem[] {
    const all = problems.flatMap(({ file, diagnostics }) => diagnostics.map((d): Problem => ({
        file: slashes(file),
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severityOf(d),
        code: String(d.code ?? IssueCodes.InternalError),
        message: messageOf(d),
    })));
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return all.sort((a, b) => compare(a.file, b.file) || a.line - b.line || a.column - b.column
        || a.endLine - b.endLine || a.endColumn - b.endColumn || compare(a.code, b.code) || compare(a.message, b.message));
}

// Messages quote labels and ids, and file names are anyone's: every text field is made inert
// (one line, no controls, no workflow commands). JSON keeps the exact text, escaped.

export function formatHuman(problems: readonly FileProblems[]): string[] {
    return problems.flatMap(({ file, diagnostics }) => diagnostics.map(d => {
        const { line, character } = d.range.start;
        return inertLine(`${file}:${line + 1}:${character + 1}: ${severityOf(d)}: ${messageOf(d)} [${d.code}]`);
    }));
}

export function formatJson(problems: readonly FileProblems[]): string[] {
    return [inertJson(JSON.stringify(toProblems(problems), undefined, 2))];
}

// GitHub workflow commands (docs.github.com, "Workflow commands for GitHub Actions"):
// data escapes %, CR and LF; property values also escape ':' and ','.
export const escapeGithubData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeGithubProperty = (text: string) => escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

const GITHUB_COMMANDS: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(problems: readonly FileProblems[]): string[] {
    return toProblems(problems).map(p => {
        const properties: Array<[string, string | number]> = [
            ['file', p.file], ['line', p.line], ['col', p.column], ['endLine', p.endLine], ['endColumn', p.endColumn],
            ['title', `Journey [${p.code}]`],
        ];
        const props = properties.map(([name, value]) => `${name}=${escapeGithubProperty(inertLine(String(value)))}`).join(',');
        return `::${GITHUB_COMMANDS[p.severity]} ${props}::${escapeGithubData(inertLine(p.message))}`;
    });
}

const SARIF_LEVELS: Record<SeverityName, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Result locations are relative to this base: the folder `journey check` ran in (in CI, the repository root). */
export const SRCROOT = '%SRCROOT%';

const uriOf = (file: string) => slashes(file).split('/').map(encodeURIComponent).join('/');

const SARIF_RULE_LEVELS = { error: 'error', warning: 'warning', hint: 'note' } as const;

/** A SARIF 2.1.0 log with one run; every issue code is a rule, so code scanning can describe and filter them. */
export function sarifLog(problems: readonly FileProblems[], root = process.cwd()): object {
    const codes = ALL_CODES;
    const rules = codes.map(code => ({
        id: code,
        name: code.replace(/(^|-)(\w)/g, (_, _dash: string, ch: string) => ch.toUpperCase()),
        shortDescription: { text: RULES[code].text },
        // Quality gates are off unless a team's journey.config.json (or `strict`) switches them on.
        defaultConfiguration: { level: SARIF_RULE_LEVELS[RULES[code].level], ...(RULES[code].kind === 'gate' ? { enabled: false } : {}) },
    }));
    const result = (p: Problem, justification?: string) => {
        const ruleIndex = codes.indexOf(p.code as IssueCode);
        return {
            ruleId: p.code,
            ...(ruleIndex >= 0 ? { ruleIndex } : {}),
            level: SARIF_LEVELS[p.severity],
            // Code scanning shows this text to people: the same inert line as the other formats.
            message: { text: inertLine(p.message) },
            locations: [{
                physicalLocation: {
                    artifactLocation: { uri: uriOf(p.file), uriBaseId: SRCROOT },
                    region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
                },
            }],
            ...(justification !== undefined ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification }] } : {}),
        };
    };
    const suppressed = problems.flatMap(({ file, suppressed: accepted = [] }) => accepted.map(({ diagnostic, justification }) =>
        result(toProblems([{ file, diagnostics: [diagnostic] }])[0], justification)));
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'journey', rules } },
            originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}` } },
            columnKind: 'utf16CodeUnits',
            results: [...toProblems(problems).map(p => result(p)), ...suppressed],
        }],
    };
}

export function formatSarif(problems: readonly FileProblems[]): string[] {
    return [inertJson(JSON.stringify(sarifLog(problems), undefined, 2))];
}

export const FORMATTERS: Record<CheckFormat, (problems: readonly FileProblems[]) => string[]> = {
    human: formatHuman, json: formatJson, github: formatGithub, sarif: formatSarif,
};

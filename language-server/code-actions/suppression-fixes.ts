// `journey-ignore` comments: one that accepts a problem no longer there loses
// that code (or goes, when it was its only one): safe, it accepted nothing.
// A code that does not exist becomes the code it most likely meant.
import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import { t } from '../l10n.js';
import { closestName } from '../journey-names.js';
import { isSuppressible } from '../rules/rule-catalog.js';
import { parseSuppressions, type Suppression } from '../rules/suppressions.js';
import { IssueCodes } from '../validation/issue-codes.js';
import type { FixProvider } from './quick-fix.js';

const sameStart = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character;

function suppressionsOn(document: LangiumDocument, line: number): Suppression[] {
    return parseSuppressions(document.textDocument.getText()).filter(s => s.range.start.line === line);
}

export const removeUnusedCode: FixProvider = ({ document, diagnostic }) => {
    const [suppression] = suppressionsOn(document, diagnostic.range.start.line);
    const index = suppression?.codes.findIndex(c => sameStart(c.range, diagnostic.range)) ?? -1;
    if (!suppression || index < 0) return [];
    const code = suppression.codes[index];
    const edit: TextEdit = suppression.codes.length === 1
        ? { range: { start: { line: code.range.start.line, character: 0 }, end: { line: code.range.start.line + 1, character: 0 } }, newText: '' }
        : { range: withSeparator(suppression, index), newText: '' };
    const title = suppression.codes.length === 1 ? t('Remove this `journey-ignore` comment') : t('Remove \'{0}\' from this comment', code.code);
    return [{ title, edits: [edit], preferred: true, safe: true }];
};

/** A code and the comma between it and its neighbour (the one before, or else the one after). */
function withSeparator(suppression: Suppression, index: number): Range {
    const { codes } = suppression;
    return index > 0
        ? { start: codes[index - 1].range.end, end: codes[index].range.end }
        : { start: codes[0].range.start, end: codes[1].range.start };
}

const ALL_CODES = Object.values(IssueCodes).filter(isSuppressible);

export const correctSuppressedCode: FixProvider = ({ document, diagnostic }) => {
    const [suppression] = suppressionsOn(document, diagnostic.range.start.line);
    return (suppression?.codes ?? []).flatMap(({ code, range }) => {
        const meant = ALL_CODES.includes(code as never) ? undefined : closestName(code, ALL_CODES);
        return meant ? [{ title: t('Change \'{0}\' to \'{1}\'', code, meant), edits: [{ range, newText: meant }], preferred: true }] : [];
    });
};

// "Fix all" (`source.fixAll`, e.g. on save): only the fixes with one meaning,
// which change nothing the writer meant: a repeat removed, an age range turned
// around, an unused `journey-ignore` code dropped, `between` two consecutive
// phases written `after`. Never a choice such as a channel's mode.
import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import type { JourneyServices } from '../journey-module.js';
import { FIX_ALL_CODES, fixesFor } from './quick-fixes.js';

/** The edits of every safe fix in the document, none overlapping another; `extra`: rewrites that are safe without a problem. */
export async function fixAllEdits(document: LangiumDocument, services: JourneyServices, extra: TextEdit[][]): Promise<TextEdit[]> {
    const groups: TextEdit[][] = [];
    for (const diagnostic of (document.diagnostics ?? []).filter(d => FIX_ALL_CODES.has(String(d.code)))) {
        const fixes = (await fixesFor({ document, diagnostic, services })).filter(fix => fix.safe && !fix.createFile);
        if (fixes.length === 1) groups.push(fixes[0].edits);
    }
    const taken: TextEdit[] = [];
    for (const group of [...groups, ...extra]) {
        if (group.every(edit => taken.every(other => !overlaps(edit.range, other.range)))) taken.push(...group);
    }
    return taken;
}

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);

// Touching ranges count as overlapping: two inserts at one place would have no defined order.
function overlaps(a: Range, b: Range): boolean {
    return !before(a.end, b.start) && !before(b.end, a.start);
}

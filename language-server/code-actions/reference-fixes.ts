// Fixes for ids: an unknown reference becomes the name it most likely meant
// (the one the message suggests); a duplicate id gets a free one, together with
// the lines of this file that name it.
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type ReferenceInfo } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import { nameSuggestion } from '../journey-linker.js';
import { termFor } from '../journey-names.js';
import { t } from '../l10n.js';
import type { FixProvider, FixRequest } from './quick-fix.js';

const sameStart = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character;

function referenceAt({ document, diagnostic }: FixRequest): ReferenceInfo | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const found = AstUtils.streamReferences(node).find(info => info.reference.$refNode !== undefined
            && sameStart(info.reference.$refNode.range, diagnostic.range));
        if (found) return found;
    }
    return undefined;
}

export const useSuggestedName: FixProvider = request => {
    const info = referenceAt(request);
    const guess = info && nameSuggestion(request.services.references.ScopeProvider, info).guess;
    if (!info || !guess) return [];
    return [{
        title: t('Change \'{0}\' to \'{1}\'', info.reference.$refText, guess),
        edits: [{ range: info.reference.$refNode!.range, newText: guess }],
        preferred: true,
    }];
};

type Named = AstNode & { name: string };

export const renameDuplicate: FixProvider = ({ document, diagnostic, services }) => {
    const root = document.parseResult.value;
    const named = AstUtils.streamAllContents(root).filter((n): n is Named => typeof (n as Partial<Named>).name === 'string').toArray();
    const duplicate = named.find(node => {
        const id = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        return id !== undefined && sameStart(id.range, diagnostic.range);
    });
    if (!duplicate) return [];
    const taken = new Set(named.map(node => node.name));
    let n = 2;
    while (taken.has(`${duplicate.name}${n}`)) n++;
    const id = `${duplicate.name}${n}`;
    const references = services.references.References.findReferences(duplicate, { documentUri: document.uri, includeDeclaration: true });
    const edits: TextEdit[] = references.map(ref => ({ range: ref.segment.range, newText: id })).toArray();
    return [{ title: t('Rename this {0} to \'{1}\'', termFor(duplicate.$type), id), edits, preferred: true }];
};

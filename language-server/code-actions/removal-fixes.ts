// Fixes that take something out: a fact said twice, a channel named twice in a
// `via` line, a persona or channel nobody uses. Removing a repeat that says
// exactly the same as the first line is safe ("Fix all"); anything else is offered.
import { CstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isChannel, isChannelSetting, isJourney, isJourneyFile, isPersona } from '../generated/ast.js';
import { t } from '../l10n.js';
import { displayName, followedPersonas } from '../journey-queries.js';
import type { FixProvider, QuickFix } from './quick-fix.js';
import { isAloneOnItsLines, nodeAt, removeLines } from './text-layout.js';
import { followPersona } from './setting-fixes.js';

const sameStart = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character;
const words = (node: AstNode) => (node.$cstNode?.text ?? '').trim().split(/\s+/).join(' ');

/** The line (a member of a block) a problem is reported on. */
function memberAt(document: Parameters<FixProvider>[0]['document'], range: Range): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    for (let node = leaf?.astNode; node; node = node.$container) {
        if (node.$cstNode && sameStart(node.$cstNode.range, range) && node.$containerProperty) return node;
    }
    return undefined;
}

export const removeRepeatedFact: FixProvider = ({ document, diagnostic }) => {
    const repeat = memberAt(document, diagnostic.range);
    if (!repeat?.$container || !repeat.$containerProperty) return [];
    const siblings = (repeat.$container as unknown as Record<string, AstNode[]>)[repeat.$containerProperty];
    const identical = siblings.slice(0, siblings.indexOf(repeat)).some(other => words(other) === words(repeat));
    return [{
        title: identical ? t('Remove this line: it repeats an earlier one') : t('Remove this line (keep the earlier one)'),
        edits: [removeLines(document, repeat)],
        preferred: identical,
        // Only whole lines without comments: what the writer noted is never dropped, and the file stays formatted.
        safe: identical && isAloneOnItsLines(document, repeat) && !/\/[/*]/.test(repeat.$cstNode!.text),
    }];
};

export const removeRepeatedChannel: FixProvider = ({ document, diagnostic }) => {
    const line = nodeAt(document, diagnostic.range.start, isChannelSetting);
    const refs = GrammarUtils.findNodesForProperty(line?.$cstNode, 'channels');
    const index = refs.findIndex(ref => sameStart(ref.range, diagnostic.range));
    if (!line || index < 1) return [];
    const between = document.textDocument.getText({ start: refs[index - 1].range.end, end: refs[index].range.start });
    return [{
        title: t('Remove the repeated channel \'{0}\'', refs[index].text),
        edits: [{ range: { start: refs[index - 1].range.end, end: refs[index].range.end }, newText: '' }],
        preferred: true,
        // Only when no comment sits between the two: removing it would lose what the writer noted.
        safe: !/\/[/*]/.test(between),
    }];
};

/** An unused persona: follow it in a journey of this file, or remove it. */
export const useOrRemovePersona: FixProvider = request => {
    const persona = nodeAt(request.document, request.diagnostic.range.start, isPersona);
    if (!persona) return [];
    const fixes: QuickFix[] = [];
    if (isJourneyFile(persona.$container)) {
        for (const journey of persona.$container.elements.filter(isJourney)) {
            if (followedPersonas(journey).includes(persona)) continue;
            fixes.push({
                title: t('Add `follows {0}` to journey \'{1}\'', persona.name, displayName(journey)),
                edits: [followPersona(request, journey, persona.name)],
            });
        }
    }
    fixes.push({ title: t('Remove persona \'{0}\'', displayName(persona)), edits: [removeLines(request.document, persona)] });
    return fixes;
};

export const removeChannel: FixProvider = ({ document, diagnostic }) => {
    const channel = nodeAt(document, diagnostic.range.start, isChannel);
    return channel ? [{ title: t('Remove channel \'{0}\'', displayName(channel)), edits: [removeLines(document, channel)] }] : [];
};

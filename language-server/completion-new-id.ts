// Where a new id is typed (`phase |`, `touchpoint |`…) completion offers no keywords, only an
// id made from the label when the label is already on the line: `phase | "Customer service"`.
import { AstUtils, type AstNode } from 'langium';

const DECLARING = /(?:^|[\s{}])(journey|persona|channel|department|phase|touchpoint|improvement|metric)\s+$/;
const LABEL_AFTER = /^[\w-]*\s*"((?:\\.|[^"\\\r\n])*)"/;

/** The kind of element whose id is typed at `offset` (`Phase`…), when the line declares one there. */
export function declaredKind(text: string, tokenOffset: number): string | undefined {
    const lineStart = text.lastIndexOf('\n', tokenOffset - 1) + 1;
    const keyword = DECLARING.exec(text.slice(lineStart, tokenOffset))?.[1];
    return keyword && keyword[0].toUpperCase() + keyword.slice(1);
}

/** The label written after the id being typed, if any. */
export function labelAfter(text: string, tokenOffset: number): string | undefined {
    const lineEnd = text.indexOf('\n', tokenOffset);
    return LABEL_AFTER.exec(text.slice(tokenOffset, lineEnd < 0 ? undefined : lineEnd))?.[1];
}

/** An id from a label ("Customer service" → `customer_service`), not one the file already uses. */
export function idFromLabel(label: string, root: AstNode): string | undefined {
    const words = label.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g);
    if (!words) return undefined;
    const base = /^[0-9]/.test(words[0]) ? `_${words.join('_')}` : words.join('_');
    const taken = new Set(AstUtils.streamAllContents(root).map(node => (node as { name?: unknown }).name).filter(name => typeof name === 'string'));
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    return id;
}

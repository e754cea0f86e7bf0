// Random edits of the kinds a person types, aimed at the places where an
// incremental reparse can go wrong: inside labels and ids, keywords, spaces,
// comments, line breaks, the first and last character of a block, across two
// blocks, and braces. Each edit is drawn from a seeded source.
import { CstUtils, type CstNode, type RootCstNode } from 'langium';

export interface Edit { name: string; start: number; end: number; insert: string }

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

const WORDS = ['x', 'Q', '_1', '-', 'ab', ' ', '  ', '\t', '"', '\\"', '{', '}', ',', '%', '5', '-2', '1.5', '/', '*',
    'phase', 'touchpoint', 'in', 'owner', 'description', 'current', 'digital', 'critical', 'score 3', 'for family'];
const LINES = ['owner sales', 'critical', 'score -2', 'description "More"', 'emotion 2', 'in p0', 'via website',
    'metric m "M" current 3 target 5%', 'does "Looks around"', 'phase extra "Extra"', 'touchpoint extra "Extra" { in p0 }',
    'channel extra "Extra" physical', 'persona extra', 'department extra "Extra"'];
const COMMENTS = ['// note', '/* c */', '/* two\n lines */', '//', '/**/', '// journey { phase x'];
const BREAKS = ['\n', '\r\n', '\n\n', '\r', '\n    '];

/** Every leaf and every composite node of a block (a node with an AST node of its own). */
interface Places { leaves: CstNode[]; blocks: CstNode[] }

export function placesOf(root: RootCstNode): Places {
    const leaves: CstNode[] = [], blocks: CstNode[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!('content' in node)) leaves.push(node);
        else if (node !== root && node.astNode.$cstNode === node) blocks.push(node);
    }
    return { leaves, blocks };
}

const insertAt = (name: string, at: number, insert: string): Edit => ({ name, start: at, end: at, insert });

const EDITS: Record<string, (random: Random, text: string, places: Places) => Edit | undefined> = {
    label: (random, _text, { leaves }) => {
        const strings = leaves.filter(leaf => leaf.text.startsWith('"'));
        if (strings.length === 0) return undefined;
        const leaf = pick(random, strings);
        const at = between(random, leaf.offset + 1, leaf.end - 1);
        return random() < 0.3 ? { name: 'label-delete', start: at, end: Math.min(at + between(random, 1, 4), leaf.end - 1), insert: '' }
            : insertAt('label', at, pick(random, ['a', 'Z', ' ', 'é', '😀', '\\"', '{', '}', '//', 'x y']));
    },
    token: (random, _text, { leaves }) => {
        const leaf = pick(random, leaves);
        const at = between(random, leaf.offset, leaf.end);
        return random() < 0.4 ? { name: 'token-replace', start: leaf.offset, end: leaf.end, insert: pick(random, [...WORDS, leaf.text.toUpperCase(), `${leaf.text}x`]) }
            : random() < 0.5 ? { name: 'token-delete', start: at, end: Math.min(leaf.end, at + between(random, 1, 3)), insert: '' }
                : insertAt('token', at, pick(random, WORDS));
    },
    space: (random, text) => {
        const at = between(random, 0, text.length);
        if (random() < 0.5) return insertAt('space', at, pick(random, [' ', '\t', '   ']));
        const spaces = /[ \t]+/y;
        spaces.lastIndex = at;
        return spaces.test(text) ? { name: 'space-delete', start: at, end: spaces.lastIndex, insert: '' } : undefined;
    },
    comment: (random, text, { leaves }) => {
        const comments = leaves.filter(leaf => leaf.hidden);
        if (comments.length > 0 && random() < 0.4) {
            const leaf = pick(random, comments);
            return insertAt('comment-edit', between(random, leaf.offset + 2, leaf.end - (leaf.text.startsWith('/*') ? 2 : 0)), pick(random, ['x', ' ', '*/', '\n', '/*']));
        }
        const lineEnd = text.indexOf('\n', between(random, 0, text.length));
        const at = random() < 0.5 && lineEnd >= 0 ? lineEnd : pick(random, leaves).end;
        return insertAt('comment', at, ` ${pick(random, COMMENTS)}`);
    },
    newline: (random, text) => {
        const at = between(random, 0, text.length);
        if (random() < 0.6) return insertAt('newline', at, pick(random, BREAKS));
        const next = text.indexOf('\n', at);
        return next < 0 ? undefined : { name: 'newline-delete', start: next - (text[next - 1] === '\r' ? 1 : 0), end: next + 1, insert: random() < 0.5 ? '' : ' ' };
    },
    line: (random, text) => {
        const lineEnd = text.indexOf('\n', between(random, 0, text.length));
        return lineEnd < 0 ? undefined : insertAt('line', lineEnd, `\n        ${pick(random, LINES)}`);
    },
    boundary: (random, _text, { blocks }) => {
        if (blocks.length === 0) return undefined;
        const block = pick(random, blocks);
        const at = random() < 0.5 ? block.offset : block.end;
        if (random() < 0.3) return { name: 'boundary-delete', start: Math.max(0, at - 1), end: at + 1, insert: '' };
        return insertAt('boundary', at, pick(random, [...WORDS, ...COMMENTS, ...BREAKS, ' "label"', ' { }', ' digital', 'x']));
    },
    twoBlocks: (random, _text, { blocks }) => {
        if (blocks.length < 2) return undefined;
        const i = between(random, 0, blocks.length - 2);
        const [a, b] = [blocks[i], blocks[i + 1]].sort((x, y) => x.offset - y.offset);
        const start = between(random, a.offset, a.end), end = Math.max(start, between(random, b.offset, b.end));
        return { name: 'two-blocks', start, end, insert: random() < 0.5 ? '' : pick(random, WORDS) };
    },
    brace: (random, text) => {
        const braces = [...text.matchAll(/[{}]/g)];
        if (braces.length === 0) return undefined;
        const at = pick(random, braces).index;
        return { name: 'brace', start: at, end: at + 1, insert: random() < 0.7 ? '' : pick(random, ['{', '}', '{}', '"']) };
    },
    block: (random, text, { blocks }) => {
        // A whole block's text in the place of another's: another kind, or the same kind with other content.
        if (blocks.length < 2) return undefined;
        const target = pick(random, blocks), donor = pick(random, blocks);
        return { name: 'block', start: target.offset, end: target.end, insert: text.slice(donor.offset, donor.end) };
    },
};

// Edits that keep the text valid more often come more often: only a valid text is reparsed by block.
const WEIGHTED = Object.entries({ label: 4, space: 3, newline: 3, comment: 3, line: 3, boundary: 2, token: 1, twoBlocks: 1, brace: 1, block: 1 })
    .flatMap(([name, weight]) => Array<string>(weight).fill(name));

export function randomEdit(random: Random, text: string, places: Places): Edit {
    for (;;) {
        const edit = EDITS[pick(random, WEIGHTED)](random, text, places);
        if (edit) return edit;
    }
}

export const applyEdit = (text: string, edit: Edit) => text.slice(0, edit.start) + edit.insert + text.slice(edit.end);

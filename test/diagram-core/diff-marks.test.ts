// The visual diff (`journey diff --svg`): five kinds of change, each with its
// own mark that reads as words and cannot pass for a critical or a boundary
// card; each marked element's tooltip says what changed, old → new.
import { describe, expect, test } from 'vitest';
import { DIAGRAM_CSS, themeCss } from '../../diagram-core/diagram-style.js';
import { diffNotes } from '../../diagram-core/diff-notes.js';
import { diffJourneys, diffMarks, mergedModel } from '../../diagram-core/journey-diff.js';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { renderDiagram } from '../../diagram-core/render-tree.js';
import type { SvgNode } from '../../diagram-core/svg-tree.js';
import { modelOf } from './journey-models.js';

const BEFORE = `journey shop "Shop" {
    phase look "Look" {
        does "Reads reviews"
        does "Asks friends"
    }
    phase buy "Buy"
    touchpoint ads "Online ads" { in look  score 2 }
    touchpoint site "Website" { in look }
    touchpoint van "Delivery van" { in buy }
}`;
const AFTER = `journey shop "Shop" {
    phase look "Look" {
        does "Asks friends"
        does "Reads reviews"
    }
    phase buy "Buy"
    touchpoint ads "Online ads" { in look  score 4 }
    touchpoint site "Website" { in buy }
    touchpoint chat "Chat" { in buy }
}`;

function find(node: SvgNode, id: string): SvgNode | undefined {
    if (node.attrs['data-element-id'] === id && node.attrs.role === 'button') return node;
    return node.children?.map(c => find(c, id)).find(Boolean);
}

async function drawn() {
    const [before, after] = [await modelOf(BEFORE), await modelOf(AFTER)];
    const diff = diffJourneys(before, after);
    const marks = diffMarks(diff);
    const notes = diffNotes(diff);
    const tree = renderDiagram(layoutDiagram(mergedModel(before, after, diff), { diffLegend: true }), 'Shop', { marks, notes });
    return { marks, tree };
}

describe('visual diff', () => {
    test('added, removed, changed, moved and reordered each get their own mark and words', async () => {
        const { marks, tree } = await drawn();
        const expected: Record<string, [string, string]> = {
            'touchpoint:chat': ['diff-added', '+ added'],
            'touchpoint:van': ['diff-removed', '− removed'],
            'touchpoint:ads': ['diff-changed', '~ changed'],
            'touchpoint:site': ['diff-moved', '→ moved'],
        };
        const reordered = [...marks].find(([, mark]) => mark === 'diff-reordered');
        expect(reordered, 'a reordered lane entry').toBeDefined();
        expected[reordered![0]] = ['diff-reordered', '↕ reordered'];
        for (const [id, [mark, words]] of Object.entries(expected)) {
            expect(marks.get(id), id).toBe(mark);
            const element = find(tree, id)!;
            expect(String(element.attrs.class).split(' ')).toContain(mark);
            const tag = element.children!.find(c => String(c.attrs.class).startsWith('diff-tag'))!;
            expect(tag.children!.find(c => c.tag === 'text')!.text).toBe(words);
        }
    });

    test('each changed element\'s tooltip says what changed, old → new', async () => {
        const { tree } = await drawn();
        const title = (id: string) => find(tree, id)!.children!.find(c => c.tag === 'title')!.text!;
        expect(title('touchpoint:ads')).toContain('Changed score: 2 → 4');
        expect(title('touchpoint:site')).toMatch(/Moved: .*Look.* → .*Buy/);
        expect(title('touchpoint:chat')).toContain('Added in this version');
        expect(title('touchpoint:van')).toContain('Removed in this version');
    });

    test('no change mark is dashed or amber like a boundary card or a critical touchpoint', () => {
        const rules = DIAGRAM_CSS.split('\n').filter(line => /\.diff-(added|removed|changed|moved|reordered) > rect\.body/.test(line));
        expect(rules).toHaveLength(5);
        for (const rule of rules) {
            expect(rule).toContain('stroke-dasharray: none');
            expect(rule).not.toContain('--j-critical');
        }
        for (const theme of ['light', 'dark'] as const) {
            const palette = Object.fromEntries([...themeCss(theme).matchAll(/--j-([\w-]+): (#[0-9a-f]+)/g)].map(m => [m[1], m[2]]));
            const kinds = ['added', 'removed', 'changed', 'moved', 'reordered'].map(k => palette[k]);
            expect(new Set(kinds).size).toBe(5);
            expect(kinds).not.toContain(palette.critical);
        }
    });

    test('the diff legend names the five kinds of change', async () => {
        const { tree } = await drawn();
        const legend = tree.children!.find(c => c.attrs.class === 'legend')!;
        const tags = legend.children!.flatMap(item => item.children ?? []).filter(c => String(c.attrs.class).startsWith('diff-tag'));
        expect(tags.map(t => t.children!.find(c => c.tag === 'text')!.text)).toEqual(['+ added', '− removed', '~ changed', '→ moved', '↕ reordered']);
    });
});

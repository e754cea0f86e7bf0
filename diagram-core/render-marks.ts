// Small marks drawn on cards and in the legend. Each reads without colour: a
// letter, a number and word, a shape or a text tag carries the meaning, the
// colour (from diagram-style.ts) only repeats it.
import type { Box, EvidenceMark, ScoreMarks } from './layout-types.js';
import { DIFF_TAGS, EVIDENCE_LETTERS, diffTagWidth } from './describe.js';
import { EVIDENCE_MARK } from './text-stack.js';
import { el, textNode, type SvgNode } from './svg-tree.js';

export const round = (n: number) => Math.round(n * 10) / 10;

export function rect(box: Box, attrs: SvgNode['attrs'] = {}): SvgNode {
    return el('rect', { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height), ...attrs });
}

/** R, D or A in a small box: filled for research, outlined for data, dashed for an assumption. */
export function evidenceMark(mark: EvidenceMark): SvgNode {
    const { width, height } = EVIDENCE_MARK;
    return el('g', { class: `evidence-mark evidence-${mark.evidence}`, 'aria-hidden': 'true' }, [
        rect({ x: mark.x, y: mark.y, width, height }, { rx: 2 }),
        textNode('text', EVIDENCE_LETTERS[mark.evidence], {
            x: round(mark.x + width / 2), y: round(mark.y + height - 2.5), 'font-size': 9, 'font-weight': 'bold', 'text-anchor': 'middle',
        }),
    ]);
}

/** Five dots, as many filled as the score, and "2/5 poor" beside them; all in the colour of the score's level. */
export function scoreMarks(score: ScoreMarks): SvgNode {
    return el('g', { class: `score score-${score.score}`, 'aria-hidden': 'true' }, [
        ...Array.from({ length: score.max }, (_, i) =>
            el('circle', { class: i < score.score ? 'score-dot on' : 'score-dot', cx: round(score.x + 4 + i * 12), cy: round(score.y), r: 4 })),
        textNode('text', score.text, { class: 'score-text', x: round(score.x + 64), y: round(score.y + 3.5), 'font-size': 10 }),
    ]);
}

export function star(cx: number, cy: number, r: number): string {
    const points = Array.from({ length: 10 }, (_, i) => {
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        const radius = i % 2 === 0 ? r : r * 0.45;
        return `${round(cx + radius * Math.cos(angle))},${round(cy + radius * Math.sin(angle))}`;
    });
    return `M${points.join('L')}Z`;
}

export function criticalStar(cx: number, cy: number): SvgNode {
    return el('path', { class: 'critical-mark', d: star(cx, cy, 7), 'aria-hidden': 'true' });
}

/** The channel-mode bar on a card's left edge; split in two for a touchpoint with both kinds of channel. */
export function modeBars(box: Box, modes: string[]): SvgNode[] {
    const height = (box.height - 12) / Math.max(1, modes.length);
    return modes.map((mode, i) => rect({ x: box.x, y: box.y + 6 + i * height, width: 3, height }, { class: `mode-mark ${mode}` }));
}

/** A labelled tag with its top left at x, y: the kind of change as words. */
export function diffTagAt(mark: string, x: number, y: number): SvgNode | undefined {
    const text = DIFF_TAGS[mark];
    if (!text) return undefined;
    return el('g', { class: `diff-tag ${mark}`, 'aria-hidden': 'true' }, [
        rect({ x, y, width: diffTagWidth(mark), height: 12 }, { rx: 6 }),
        textNode('text', text, { x: round(x + 4), y: round(y + 9), 'font-size': 9, 'font-weight': 'bold' }),
    ]);
}

/** The tag straddles the top edge of a changed element, left of where the critical star sits. */
export function diffTag(mark: string, box: Box): SvgNode | undefined {
    return diffTagAt(mark, box.x + box.width - diffTagWidth(mark) - 22, box.y - 6);
}

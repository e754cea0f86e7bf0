// A wrapped text block as an SVG text element, one tspan per line.
import type { TextBlock } from './layout-types.js';
import { round } from './render-marks.js';
import { el, textNode, type SvgNode } from './svg-tree.js';

export function renderText(block: TextBlock, className?: string): SvgNode {
    return el('text', {
        class: className, 'font-size': block.fontSize, 'font-weight': block.bold ? 'bold' : undefined,
        'text-anchor': block.anchor === 'middle' ? 'middle' : undefined,
    }, block.lines.map((line, i) => textNode('tspan', line, { x: round(block.x), y: round(block.y + i * block.lineHeight) })));
}

// Wrapped text placed in a box.
import type { TextBlock } from './layout-types.js';
import { lineHeight } from './layout-metrics.js';
import { wrapTextClamped } from './text-metrics.js';

export function textBlock(text: string, x: number, y: number, width: number, fontSize: number,
    options: { bold?: boolean; maxLines?: number; anchor?: 'start' | 'middle' } = {}): TextBlock {
    const lines = wrapTextClamped(text, width, fontSize, options.maxLines ?? 1000, options.bold);
    return { lines, x, y: y + fontSize, fontSize, lineHeight: lineHeight(fontSize), bold: options.bold, anchor: options.anchor };
}

export const blockHeight = (block: TextBlock) => block.lines.length * block.lineHeight;

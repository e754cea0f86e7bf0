// Text blocks stacked down a card, each optionally with an evidence mark at its
// right end, so every card lays out its lines the same way.
import type { EvidenceMark, TextBlock } from './layout-types.js';
import type { Evidence } from './model.js';
import { blockHeight, textBlock } from './text-block.js';

export const EVIDENCE_MARK = { width: 14, height: 12, gap: 4 } as const;

export interface StackOptions { bold?: boolean; maxLines?: number; gap?: number; evidence?: Evidence }

export class TextStack {
    readonly blocks: TextBlock[] = [];
    readonly marks: EvidenceMark[] = [];

    /** `bottom` is where the next block starts; `width` is the room for text and marks. */
    constructor(private readonly x: number, public bottom: number, private readonly width: number) {}

    add(text: string, fontSize: number, options: StackOptions = {}): TextBlock {
        const top = this.bottom + (options.gap ?? 1);
        const room = this.width - (options.evidence ? EVIDENCE_MARK.width + EVIDENCE_MARK.gap : 0);
        const block = textBlock(text, this.x, top, room, fontSize, { bold: options.bold, maxLines: options.maxLines });
        if (options.evidence) {
            const y = top + Math.max(0, (fontSize * 1.15 - EVIDENCE_MARK.height) / 2);
            this.marks.push({ evidence: options.evidence, x: this.x + this.width - EVIDENCE_MARK.width, y });
        }
        this.blocks.push(block);
        this.bottom = top + blockHeight(block);
        return block;
    }
}

// The legend: what each mark of the map means (score scale, channel modes,
// boundary cards, critical star, at-risk, evidence, lowest point) and, for
// `journey diff --svg`, the five kinds of change. Items flow in rows.
import type { LayoutOptions, Legend, LegendItem, LegendSymbol } from './layout-types.js';
import { M } from './layout-metrics.js';
import { SCORE_WORDS, diffTagWidth } from './describe.js';
import { textBlock } from './text-block.js';
import { measureText } from './text-metrics.js';
import { w } from './words.js';

/** Room for the symbol left of each item's text. */
export const LEGEND_SYMBOL_WIDTH = 66;
const ITEM_GAP = 18;
const ROW_HEIGHT = 22;

const MAP_ITEMS: Array<[LegendSymbol, string, number?]> = [
    ...[1, 2, 3, 4, 5].map((score): [LegendSymbol, string, number] => ['score', SCORE_WORDS[score], score]),
    ['digital', 'digital channel'],
    ['physical', 'physical channel'],
    ['between', 'touchpoint after a phase (between two)'],
    ['critical', 'critical moment of truth'],
    ['at-risk', 'at risk: critical, score 1–2'],
    ['evidence-research', 'research'],
    ['evidence-data', 'data'],
    ['evidence-assumption', 'assumption'],
    ['lowest', 'lowest point of the emotion curve'],
];

export const DIFF_ITEMS: Array<[LegendSymbol, string]> = [
    ['diff-added', 'new in this version'], ['diff-removed', 'gone in this version'],
    ['diff-changed', 'a value or name changed (tooltip: old → new)'], ['diff-moved', 'moved to another phase or lane'],
    ['diff-reordered', 'another place in its phase'],
];

/** Symbols that are small marks take less room than card-shaped ones. */
function symbolWidth(symbol: LegendSymbol): number {
    if (symbol === 'score') return LEGEND_SYMBOL_WIDTH;
    if (symbol.startsWith('diff-')) return diffTagWidth(symbol) + 6;
    return symbol.startsWith('evidence') || symbol === 'critical' || symbol === 'lowest' ? 22 : 40;
}

export function layoutLegend(x: number, y: number, width: number, options: LayoutOptions): Legend {
    const title = textBlock(options.diffLegend ? w('Legend and changes') : w('Legend'), x, y, width, M.textSize, { bold: true });
    const entries = [...(options.legend ? MAP_ITEMS : []), ...(options.diffLegend ? DIFF_ITEMS : [])];
    const items: LegendItem[] = [];
    let cx = x;
    let cy = y + 24;
    for (const [symbol, english, score] of entries) {
        const text = score === undefined ? w(english) : `${score} ${w(english)}`;
        const itemWidth = symbolWidth(symbol) + measureText(text, M.smallSize);
        if (cx > x && cx + itemWidth > x + Math.max(width, 400)) {
            cx = x;
            cy += ROW_HEIGHT;
        }
        const block = textBlock(text, cx + symbolWidth(symbol), cy, itemWidth, M.smallSize, { maxLines: 1 });
        items.push({ symbol, x: cx, y: cy, text: block, score });
        cx += itemWidth + ITEM_GAP;
    }
    return { box: { x, y, width: Math.max(width, 400), height: cy + ROW_HEIGHT - y }, title, items };
}

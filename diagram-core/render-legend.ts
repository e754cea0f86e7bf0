// The legend as SVG: each item's symbol is drawn with the same classes and
// marks as on the map, so the legend cannot disagree with what it explains.
import type { Legend, LegendItem } from './layout-types.js';
import { criticalStar, diffTagAt, evidenceMark, modeBars, rect, round, scoreMarks } from './render-marks.js';
import { renderText } from './render-text.js';
import { el, type SvgNode } from './svg-tree.js';
import { EVIDENCE_MARK } from './text-stack.js';

const CARD = { width: 32, height: 16 };

function symbol(item: LegendItem): SvgNode[] {
    const { x, y } = item;
    const card = { x, y: y + 1, ...CARD };
    const cardOf = (classes: string, extra: SvgNode[] = []) =>
        [el('g', { class: `card touchpoint ${classes}` }, [rect(card, { class: 'body', rx: 4 }), ...extra])];
    switch (item.symbol) {
        case 'score': return [scoreMarks({ x, y: y + 8, score: item.score!, max: 5, text: '' })];
        case 'digital':
        case 'physical': return cardOf(item.symbol, modeBars(card, [item.symbol]));
        case 'between': return cardOf('between');
        case 'critical': return [criticalStar(x + 8, y + 8)];
        case 'at-risk': return cardOf('critical at-risk', [el('g', { class: 'at-risk' }, [criticalStar(x + CARD.width - 8, y + 9)])]);
        case 'evidence-research':
        case 'evidence-data':
        case 'evidence-assumption':
            return [evidenceMark({ evidence: item.symbol.slice('evidence-'.length) as 'research', x, y: y + 8 - EVIDENCE_MARK.height / 2 })];
        case 'lowest': return [el('circle', { class: 'emotion-lowest', cx: round(x + 9), cy: round(y + 8), r: 7 })];
        default: return [diffTagAt(item.symbol, x, y + 2)!];
    }
}

export function renderLegend(legend: Legend): SvgNode {
    return el('g', { class: 'legend', role: 'group', 'aria-label': 'Legend' }, [
        renderText(legend.title),
        ...legend.items.map(item => el('g', { class: `legend-item legend-${item.symbol}` }, [
            ...symbol(item),
            renderText(item.text, 'muted'),
        ])),
    ]);
}

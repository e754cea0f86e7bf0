// Turns a laid-out diagram into an SVG tree with classes (no colours: those come
// from diagram-style.ts). Selectable elements carry data-element-id, a role and
// a label, so they can be clicked, focused and read by screen readers.
import type {
    ActionPlan, Badge, Card, DiagramLayout, EmotionChart, PhaseColumn, Row, ScoreMarks, TextBlock, TouchpointCard,
} from './layout-types.js';
import { el, textNode, type SvgNode } from './svg-tree.js';
import { measureText } from './text-metrics.js';

export interface RenderOptions {
    /** Extra classes per element id, e.g. diff marks. */
    marks?: ReadonlyMap<string, string>;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function renderText(block: TextBlock, className?: string): SvgNode {
    return el('text', {
        class: className, 'font-size': block.fontSize, 'font-weight': block.bold ? 'bold' : undefined,
        'text-anchor': block.anchor === 'middle' ? 'middle' : undefined,
    }, block.lines.map((line, i) => textNode('tspan', line, { x: round(block.x), y: round(block.y + i * block.lineHeight) })));
}

function rect(box: { x: number; y: number; width: number; height: number }, attrs: SvgNode['attrs'] = {}): SvgNode {
    return el('rect', { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height), ...attrs });
}

function selectable(id: string, label: string, classes: string[], children: Array<SvgNode | undefined | false>, options: RenderOptions): SvgNode {
    const mark = options.marks?.get(id);
    return el('g', {
        class: [...classes, ...(mark ? [mark] : [])].join(' '), 'data-element-id': id, role: 'button', tabindex: 0, 'aria-label': label,
    }, [textNode('title', label), ...children]);
}

function renderBadge(badge: Badge | undefined): SvgNode | undefined {
    return badge && textNode('text', badge.text, { class: 'plan-badge', x: round(badge.x), y: round(badge.y), 'font-size': 10, 'text-anchor': 'end' });
}

function renderCard(card: Card, options: RenderOptions, extra: SvgNode[] = []): SvgNode {
    return selectable(card.id, card.description, ['card', ...card.classes], [
        rect(card.box, { class: 'body', rx: 6 }),
        renderText(card.title),
        ...card.details.map(d => renderText(d, 'muted')),
        ...extra,
        renderBadge(card.badge),
    ], options);
}

function scoreDots(score: ScoreMarks): SvgNode {
    return el('g', { class: 'score', 'aria-hidden': 'true' }, Array.from({ length: score.max }, (_, i) =>
        el('circle', { class: i < score.score ? 'score-dot on' : 'score-dot', cx: round(score.x + 4 + i * 12), cy: round(score.y), r: 4 })));
}

function renderTouchpoint(card: TouchpointCard, options: RenderOptions): SvgNode {
    const { x, y, width } = card.box;
    const extra: SvgNode[] = [];
    const mode = card.classes.find(c => c === 'digital' || c === 'physical');
    if (mode) extra.push(rect({ x, y: y + 6, width: 3, height: card.box.height - 12 }, { class: `mode-mark ${mode}` }));
    if (card.classes.includes('critical')) {
        extra.push(el('path', { class: 'critical-mark', d: star(x + width - 12, y + 12, 7), 'aria-hidden': 'true' }));
    }
    if (card.score) extra.push(scoreDots(card.score));
    return renderCard(card, options, extra);
}

function star(cx: number, cy: number, r: number): string {
    const points = Array.from({ length: 10 }, (_, i) => {
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        const radius = i % 2 === 0 ? r : r * 0.45;
        return `${round(cx + radius * Math.cos(angle))},${round(cy + radius * Math.sin(angle))}`;
    });
    return `M${points.join('L')}Z`;
}

function renderColumn(column: PhaseColumn, options: RenderOptions): SvgNode {
    return selectable(column.id, `Phase ${column.index + 1}: ${column.label}`, ['phase-header'], [
        rect(column.header, { rx: 4 }),
        renderText(column.title),
        column.owner && renderText(column.owner, 'muted'),
        renderBadge(column.badge),
    ], options);
}

function renderRow(row: Row, index: number): SvgNode {
    return el('g', { class: `row row-${row.key}` }, [
        rect(row.box, { class: index % 2 ? 'row-band odd' : 'row-band' }),
        renderText(row.text),
    ]);
}

function renderEmotion(chart: EmotionChart, options: RenderOptions): SvgNode {
    const { box } = chart;
    const scale = chart.scale.map(s => el('g', {}, [
        el('line', { class: s.value === 0 ? 'emotion-zero' : 'emotion-scale', x1: box.x, x2: box.x + box.width, y1: round(s.y), y2: round(s.y) }),
        textNode('text', s.value > 0 ? `+${s.value}` : String(s.value), { class: 'muted', x: box.x - 6, y: round(s.y + 4), 'font-size': 10, 'text-anchor': 'end' }),
    ]));
    const curves = chart.curves.map(curve => el('g', { class: `curve curve-${curve.index % 4}`, 'aria-label': `Emotion of ${curve.label}` }, [
        el('polyline', { class: `emotion-curve curve-${curve.index % 4}`, points: curve.points.map(p => `${round(p.x)},${round(p.y)}`).join(' ') }),
        ...curve.points.map(p => el('circle', { class: `curve-${curve.index % 4}`, cx: round(p.x), cy: round(p.y), r: 4, 'data-element-id': p.elementId },
            [textNode('title', `${curve.label}: ${p.value > 0 ? '+' : ''}${p.value}`)])),
    ]));
    let legendX = box.x + 8;
    const legend = chart.curves.length > 1 ? chart.curves.map(curve => {
        const text = `— ${curve.label}`;
        const node = textNode('text', text, { class: `curve-${curve.index % 4}`, x: round(legendX), y: box.y + box.height - 4, 'font-size': 11 });
        legendX += measureText(text, 11) + 16;
        return node;
    }) : [];
    const lowest = chart.lowest && el('g', { class: 'emotion-lowest-mark' }, [
        el('circle', { class: 'emotion-lowest', cx: round(chart.lowest.x), cy: round(chart.lowest.y), r: 9 }),
        textNode('text', `lowest ${chart.lowest.value}`, { class: 'emotion-lowest', x: round(chart.lowest.x + 12), y: round(chart.lowest.y + 4), 'font-size': 11 }),
    ]);
    void options;
    return el('g', { class: 'emotion', role: 'img', 'aria-label': 'Emotion curve from -3 to +3' }, [...scale, ...curves, ...legend, lowest]);
}

function renderPlan(plan: ActionPlan, options: RenderOptions): SvgNode {
    return el('g', { class: 'plan', role: 'group', 'aria-label': 'Action plan' }, [
        renderText(plan.title),
        ...plan.columns.map(c => el('g', { class: `plan-column priority-${c.priority}` }, [rect(c.box, { rx: 6 }), renderText(c.title)])),
        ...plan.cards.map(card => renderCard(card, options)),
    ]);
}

export function renderDiagram(layout: DiagramLayout, title: string, options: RenderOptions = {}): SvgNode {
    const { header } = layout;
    return el('svg', {
        xmlns: 'http://www.w3.org/2000/svg', class: 'journey-diagram', width: Math.ceil(layout.width), height: Math.ceil(layout.height),
        viewBox: `0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`, role: 'img', 'aria-label': title,
    }, [
        textNode('title', title),
        rect({ x: 0, y: 0, width: layout.width, height: layout.height }, { class: 'background', fill: 'var(--j-bg)' }),
        el('g', { class: 'header' }, [
            renderText(header.title), renderText(header.subtitle, 'muted'), header.goal && renderText(header.goal),
            ...header.personas.map(p => renderCard(p, options)),
        ]),
        el('g', { class: 'rows' }, layout.rows.map(renderRow)),
        el('g', { class: 'departments' }, layout.departments.map(d => el('g', { class: 'department' }, [rect(d.box, { rx: 4 }), renderText(d.text)]))),
        el('g', { class: 'columns' }, layout.columns.map(c => renderColumn(c, options))),
        el('g', { class: 'boundaries', 'aria-hidden': 'true' }, layout.boundaries.map(b => el('line', { class: 'boundary', x1: b.x, x2: b.x, y1: b.y1, y2: b.y2 }))),
        layout.emotion && renderEmotion(layout.emotion, options),
        el('g', { class: 'entries' }, layout.entries.map(e => renderCard(e, options))),
        el('g', { class: 'touchpoints' }, layout.touchpoints.map(t => renderTouchpoint(t, options))),
        layout.plan && renderPlan(layout.plan, options),
    ]);
}

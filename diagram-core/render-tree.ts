// Turns a laid-out diagram into an SVG tree with classes (no colours: those come
// from diagram-style.ts). Selectable elements carry data-element-id, a role and
// a label, so they can be clicked, focused and read by screen readers.
import type { ActionPlan, Badge, Box, Card, DiagramLayout, PhaseColumn, Row, TouchpointCard } from './layout-types.js';
import { renderEmotion } from './render-emotion.js';
import { renderLegend } from './render-legend.js';
import { criticalStar, diffTag, evidenceMark, modeBars, rect, round, scoreMarks } from './render-marks.js';
import { renderText } from './render-text.js';
import { el, textNode, type SvgNode } from './svg-tree.js';
import { w } from './words.js';

export { renderText } from './render-text.js';

export interface RenderOptions {
    /** Extra classes per element id, e.g. diff marks. */
    marks?: ReadonlyMap<string, string>;
    /** Words added to an element's tooltip, e.g. what a diff changed (old → new). */
    notes?: ReadonlyMap<string, string>;
    /**
     * Draw only the touchpoints and lane entries that meet this part of the map
     * (diagram units), and those in `keep`: a big map's preview creates DOM for
     * what is in view, not for thousands of cards off screen. Everything else is drawn.
     */
    window?: Box;
    keep?: ReadonlySet<string>;
}

/** Whether `card` is drawn with these options: always, unless a window leaves it out. */
export function isCardDrawn(card: { id: string; box: Box }, options: RenderOptions): boolean {
    const w = options.window;
    if (!w || options.keep?.has(card.id)) return true;
    const b = card.box;
    return b.x < w.x + w.width && b.x + b.width > w.x && b.y < w.y + w.height && b.y + b.height > w.y;
}

function selectable(id: string, label: string, classes: string[], box: Box, children: Array<SvgNode | undefined | false>,
    options: RenderOptions): SvgNode {
    const mark = options.marks?.get(id);
    const note = options.notes?.get(id);
    const title = note ? `${label}. ${note}` : label;
    return el('g', {
        class: [...classes, ...(mark ? [mark] : [])].join(' '), 'data-element-id': id, role: 'button', tabindex: 0, 'aria-label': title,
    }, [textNode('title', title), ...children, mark ? diffTag(mark, box) : undefined]);
}

function renderBadge(badge: Badge | undefined): SvgNode | undefined {
    return badge && textNode('text', badge.text, { class: 'plan-badge', x: round(badge.x), y: round(badge.y), 'font-size': 10, 'text-anchor': 'end' });
}

function foldControl(card: Card): SvgNode | undefined {
    const fold = card.fold;
    if (!fold) return undefined;
    const action = `${fold.folded ? 'Unfold' : 'Fold'} persona ${card.label}`;
    return el('g', { class: 'fold-control', 'data-fold': card.id, role: 'button', tabindex: 0, 'aria-label': action, 'aria-expanded': String(!fold.folded) }, [
        textNode('title', action),
        rect({ x: fold.x, y: fold.y, width: 12, height: 12 }, { rx: 2 }),
        el('path', { d: fold.folded ? `M${fold.x + 3},${fold.y + 6}H${fold.x + 9}M${fold.x + 6},${fold.y + 3}V${fold.y + 9}` : `M${fold.x + 3},${fold.y + 6}H${fold.x + 9}` }),
    ]);
}

function renderCard(card: Card, options: RenderOptions, extra: Array<SvgNode | undefined> = []): SvgNode {
    return selectable(card.id, card.description, ['card', ...card.classes], card.box, [
        rect(card.box, { class: 'body', rx: 6 }),
        renderText(card.title),
        ...card.details.map(d => renderText(d, 'muted')),
        ...(card.evidence ?? []).map(evidenceMark),
        ...extra,
        renderBadge(card.badge),
        foldControl(card),
    ], options);
}

function renderTouchpoint(card: TouchpointCard, options: RenderOptions): SvgNode {
    const { x, y, width } = card.box;
    const modes = card.classes.filter(c => c === 'digital' || c === 'physical');
    return renderCard(card, options, [
        ...modeBars(card.box, modes),
        card.classes.includes('critical') ? criticalStar(x + width - 12, y + 12) : undefined,
        card.score ? scoreMarks(card.score) : undefined,
        card.atRisk ? renderText(card.atRisk, 'at-risk-text') : undefined,
    ]);
}

function renderColumn(column: PhaseColumn, options: RenderOptions): SvgNode {
    return selectable(column.id, column.description, ['phase-header'], column.header, [
        rect(column.header, { rx: 4 }),
        renderText(column.title),
        column.owner && renderText(column.owner, 'muted'),
        ...column.details.map(d => renderText(d, 'muted')),
        renderBadge(column.badge),
    ], options);
}

function renderRow(row: Row, index: number): SvgNode {
    return el('g', { class: `row row-${row.key}` }, [
        rect(row.box, { class: index % 2 ? 'row-band odd' : 'row-band' }),
        renderText(row.text),
    ]);
}

function renderPlan(plan: ActionPlan, options: RenderOptions): SvgNode {
    return el('g', { class: 'plan', role: 'group', 'aria-label': w('Action plan') }, [
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
            header.description && renderText(header.description),
            ...header.personas.map(p => renderCard(p, options)),
        ]),
        el('g', { class: 'rows' }, layout.rows.map(renderRow)),
        el('g', { class: 'departments' }, layout.departments.map(d => el('g', { class: 'department' }, [rect(d.box, { rx: 4 }), renderText(d.text)]))),
        el('g', { class: 'columns' }, layout.columns.map(c => renderColumn(c, options))),
        el('g', { class: 'boundaries', 'aria-hidden': 'true' }, layout.boundaries.map(b => el('line', { class: 'boundary', x1: b.x, x2: b.x, y1: b.y1, y2: b.y2 }))),
        layout.emotion && renderEmotion(layout.emotion),
        el('g', { class: 'entries' }, layout.entries.filter(e => isCardDrawn(e, options)).map(e => renderCard(e, options))),
        el('g', { class: 'touchpoints' }, layout.touchpoints.filter(t => isCardDrawn(t, options)).map(t => renderTouchpoint(t, options))),
        layout.plan && renderPlan(layout.plan, options),
        layout.legend && renderLegend(layout.legend),
    ]);
}

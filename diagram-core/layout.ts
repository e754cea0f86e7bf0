// Lays out a journey map: phases as columns, lanes as rows, touchpoints as cards
// in their phase or on the boundary between two, the emotion curve, the action
// plan. Pure: the same model and options always give the same picture.
import type {
    Box, Card, DiagramLayout, LayoutOptions, PhaseColumn, Row, RowKey, TextBlock, TouchpointCard,
} from './layout-types.js';
import { M } from './layout-metrics.js';
import { layoutEmotion } from './layout-emotion.js';
import { layoutHeader } from './layout-header.js';
import { layoutLegend } from './layout-legend.js';
import { layoutPlan, planBadges } from './layout-plan.js';
import { layoutTouchpointRow } from './layout-touchpoints.js';
import { applyFilter } from './filter.js';
import { forLine, metricLine } from './describe.js';
import { LANE_ORDER, LANE_TITLES, type DiagramModel, type LaneEntry } from './model.js';
import { blockHeight, textBlock } from './text-block.js';
import { EVIDENCE_MARK, TextStack } from './text-stack.js';
import { w } from './words.js';

const BADGE_LINE = 13;
const PHASE_DESCRIPTION_LINES = 4;

export function layoutDiagram(fullModel: DiagramModel, options: LayoutOptions = {}): DiagramLayout {
    const model = applyFilter(fullModel, options);
    // A touchpoint after the last phase sits on the map's right edge: the grid grows by half a card.
    const lastPhase = model.phases[model.phases.length - 1]?.name;
    const afterLast = model.touchpoints.some(t => t.placement?.kind === 'after' && t.placement.phase === lastPhase);
    const gridWidth = Math.max(model.phases.length, 1) * M.columnWidth + (afterLast ? M.columnWidth / 2 : 0);
    const header = layoutHeader(model, M.margin, M.margin, gridWidth, options);
    let y = header.bottom + M.gap * 2;
    const x0 = M.margin + M.rowLabelWidth;

    const departments = layoutDepartments(model, x0, y);
    if (departments.length > 0) y += M.departmentBand + M.gap / 2;
    const badges = planBadges(model);
    const columns = layoutColumns(model, x0, y, badges, options);
    y += Math.max(0, ...columns.map(c => c.header.height)) + M.gap / 2;
    columns.forEach(c => { c.header.height = y - c.header.y - M.gap / 2; });

    const hidden = new Set<RowKey>(options.hiddenRows ?? []);
    const rows: Row[] = [];
    const entries: Card[] = [];
    let touchpoints: TouchpointCard[] = [];
    let emotionBox: Box | undefined;
    if (!hidden.has('emotion') && hasEmotions(model)) {
        emotionBox = { x: x0, y, width: gridWidth, height: M.emotionHeight };
        rows.push(rowHeading('emotion', w('Emotion'), emotionBox));
        y += emotionBox.height + M.gap;
    }
    const columnOf = new Map(model.phases.map((p, i) => [p.name, columns[i]]));
    for (const key of LANE_ORDER[model.kind]) {
        if (hidden.has(key)) continue;
        if (key === 'touchpoints') {
            if (model.touchpoints.length === 0) continue;
            touchpoints = layoutTouchpointRow(model, columnOf, y, badges, options);
            const height = Math.max(M.minRowHeight, ...touchpoints.map(t => t.box.y + t.box.height - y + M.gap));
            rows.push(rowHeading(key, model.kind === 'blueprint' ? w('Points of contact') : w('Touchpoints'), { x: x0, y, width: gridWidth, height }));
            y += height + M.gap;
            continue;
        }
        const laneEntries = model.phases.flatMap(p => p.entries.filter(e => e.lane === key).map(e => ({ e, column: columnOf.get(p.name)! })));
        if (laneEntries.length === 0) continue;
        const cards = layoutLaneRow(model, laneEntries, y);
        const height = Math.max(M.minRowHeight, ...cards.map(c => c.box.y + c.box.height - y + M.gap));
        rows.push(rowHeading(key, w(LANE_TITLES[key]), { x: x0, y, width: gridWidth, height }));
        entries.push(...cards);
        y += height + M.gap;
    }
    const emotion = emotionBox && { box: emotionBox, ...layoutEmotion(model, columns, emotionBox, touchpoints) };
    const gridBottom = y;
    columns.forEach(c => { c.box = { ...c.box, height: gridBottom - c.box.y }; });
    const edges = [...columns.slice(1).map(c => c.box.x), ...(afterLast ? [x0 + model.phases.length * M.columnWidth] : [])];
    const boundaries = edges.map(x => ({ x, y1: columns[0].header.y, y2: gridBottom }));

    const plan = layoutPlan(model, M.margin, gridBottom + M.gap * 2);
    const planBottom = plan ? plan.box.y + plan.box.height : gridBottom;
    const contentRight = Math.max(x0 + gridWidth, header.right, plan ? plan.box.x + plan.box.width : 0);
    const legend = options.legend || options.diffLegend
        ? layoutLegend(M.margin, planBottom + M.gap * 2, contentRight - M.margin, options) : undefined;
    const width = contentRight + M.margin;
    const height = (legend ? legend.box.y + legend.box.height : planBottom) + M.margin;
    return {
        width, height, kind: model.kind, header: header.header, departments, columns, rows, boundaries, entries,
        touchpoints, emotion, plan, legend,
    };
}

function hasEmotions(model: DiagramModel): boolean {
    return model.phases.some(p => p.emotions.length > 0) || model.touchpoints.some(t => t.emotions.length > 0);
}

function rowHeading(key: RowKey, title: string, box: Box): Row {
    const label = textBlock(title, M.margin, box.y + M.cellPadding, M.rowLabelWidth - M.cellPadding * 2, M.textSize, { bold: true });
    return { key, title, box: { ...box, x: M.margin, width: box.width + M.rowLabelWidth }, text: label };
}

function layoutDepartments(model: DiagramModel, x0: number, y: number): DiagramLayout['departments'] {
    const spans: DiagramLayout['departments'] = [];
    model.phases.forEach((phase, i) => {
        const owner = phase.owner;
        if (!owner) return;
        const last = spans[spans.length - 1];
        if (last && last.id === owner.id && last.box.x + last.box.width === x0 + i * M.columnWidth) {
            last.box.width += M.columnWidth;
            last.text = textBlock(owner.label, last.box.x + last.box.width / 2, y + 5, last.box.width - 12, M.smallSize, { bold: true, maxLines: 1, anchor: 'middle' });
            return;
        }
        const box = { x: x0 + i * M.columnWidth, y, width: M.columnWidth, height: M.departmentBand };
        spans.push({ id: owner.id, box, text: textBlock(owner.label, box.x + box.width / 2, y + 5, box.width - 12, M.smallSize, { bold: true, maxLines: 1, anchor: 'middle' }) });
    });
    return spans;
}

function layoutColumns(model: DiagramModel, x0: number, y: number, badges: Map<string, string>, options: LayoutOptions): PhaseColumn[] {
    const inner = M.columnWidth - M.cellPadding * 2;
    return model.phases.map((phase, index) => {
        const x = x0 + index * M.columnWidth;
        const title = textBlock(phase.label, x + M.cellPadding, y + M.cellPadding, inner, M.headerSize, { bold: true, maxLines: 3 });
        const stack = new TextStack(x + M.cellPadding, title.y - M.headerSize + blockHeight(title), inner);
        const owner = phase.owner ? stack.add(phase.owner.label, M.smallSize, { maxLines: 1, gap: 2 }) : undefined;
        const expanded = options.expanded === phase.id;
        if (phase.description) stack.add(phase.description, M.smallSize, { maxLines: expanded ? undefined : PHASE_DESCRIPTION_LINES, gap: 4 });
        for (const m of phase.metrics) stack.add(metricLine(m), M.smallSize, { maxLines: 2, gap: 2 });
        let bottom = stack.bottom;
        const text = badges.get(phase.id);
        if (text) bottom += BADGE_LINE;
        const badge = text ? { text, x: x + M.columnWidth - M.cellPadding, y: bottom - 2 } : undefined;
        const header = { x, y, width: M.columnWidth, height: bottom - y + M.cellPadding };
        const description = [`Phase ${index + 1}: ${phase.label}`, phase.owner && `owner ${phase.owner.label}`, phase.description,
            ...phase.metrics.map(metricLine), text && `on the action plan (${text})`].filter(Boolean).join(', ');
        return { id: phase.id, label: phase.label, index, header, box: { ...header }, title, owner,
            details: stack.blocks.filter(b => b !== owner), description, badge };
    });
}

function card(id: string, label: string, box: Box, title: TextBlock, details: TextBlock[], classes: string[], description: string,
    evidence: Card['evidence']): Card {
    return { id, label, box, title, details, classes, description, evidence };
}

function layoutLaneRow(model: DiagramModel, items: Array<{ e: LaneEntry; column: PhaseColumn }>, top: number): Card[] {
    const next = new Map<PhaseColumn, number>();
    const width = M.columnWidth - M.gap * 2;
    return items.map(({ e, column }) => {
        const y = next.get(column) ?? top + M.gap / 2;
        const x = column.box.x + M.gap;
        const markRoom = e.evidence ? EVIDENCE_MARK.width + EVIDENCE_MARK.gap : 0;
        const head = new TextStack(x + 6, y + 5, width - 12 - markRoom);
        const title = head.add(e.text, M.textSize, { maxLines: M.maxEntryLines, gap: 0 });
        const body = new TextStack(x + 6, head.bottom, width - 12);
        const who = forLine(model, e.personas);
        if (who) body.add(who, M.smallSize - 1, { maxLines: 2, gap: 2 });
        const height = body.bottom - y + 5;
        next.set(column, y + height + M.gap / 2);
        const classes = ['entry', `lane-${e.lane}`, ...(e.evidence ? [`evidence-${e.evidence}`] : [])];
        const evidence = e.evidence ? [{ evidence: e.evidence, x: x + width - 6 - EVIDENCE_MARK.width, y: y + 5 }] : [];
        const description = [`${LANE_TITLES[e.lane]}: ${e.text}`, who, e.evidence && `evidence: ${e.evidence}`].filter(Boolean).join(', ');
        return card(e.id, e.text, { x, y, width, height }, title, body.blocks, classes, description, evidence);
    });
}

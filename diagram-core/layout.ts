// Lays out a journey map: phases as columns, lanes as rows, touchpoints as cards
// in their phase or on the boundary between two, the emotion curve, the action
// plan. Pure: the same model and options always give the same picture.
import type {
    Box, Card, DiagramLayout, LayoutOptions, PhaseColumn, Row, RowKey, TextBlock, TouchpointCard,
} from './layout-types.js';
import { M } from './layout-metrics.js';
import { layoutEmotion } from './layout-emotion.js';
import { layoutHeader } from './layout-header.js';
import { layoutPlan, planBadges } from './layout-plan.js';
import { applyFilter } from './filter.js';
import { describeTouchpoint, touchpointDetails } from './describe.js';
import { LANE_ORDER, LANE_TITLES, isMomentOfTruthAtRisk, type DiagramModel, type LaneEntry, type TouchpointInfo } from './model.js';
import { blockHeight, textBlock } from './text-block.js';

const BADGE_LINE = 13;

export function layoutDiagram(fullModel: DiagramModel, options: LayoutOptions = {}): DiagramLayout {
    const model = applyFilter(fullModel, options);
    const header = layoutHeader(model, M.margin, M.margin);
    let y = header.bottom + M.gap * 2;
    const x0 = M.margin + M.rowLabelWidth;
    const gridWidth = Math.max(model.phases.length, 1) * M.columnWidth;

    const departments = layoutDepartments(model, x0, y);
    if (departments.length > 0) y += M.departmentBand + M.gap / 2;
    const badges = planBadges(model);
    const columns = layoutColumns(model, x0, y, badges);
    y += Math.max(0, ...columns.map(c => c.header.height)) + M.gap / 2;
    columns.forEach(c => { c.header.height = y - c.header.y - M.gap / 2; });

    const hidden = new Set<RowKey>(options.hiddenRows ?? []);
    const rows: Row[] = [];
    const entries: Card[] = [];
    let touchpoints: TouchpointCard[] = [];
    let emotionBox: Box | undefined;
    if (!hidden.has('emotion') && hasEmotions(model)) {
        emotionBox = { x: x0, y, width: gridWidth, height: M.emotionHeight };
        rows.push(rowHeading('emotion', 'Emotion', emotionBox));
        y += emotionBox.height + M.gap;
    }
    const columnOf = new Map(model.phases.map((p, i) => [p.name, columns[i]]));
    for (const key of LANE_ORDER[model.kind]) {
        if (hidden.has(key)) continue;
        if (key === 'touchpoints') {
            if (model.touchpoints.length === 0) continue;
            touchpoints = layoutTouchpointRow(model.touchpoints, columnOf, y, badges);
            const height = Math.max(M.minRowHeight, ...touchpoints.map(t => t.box.y + t.box.height - y + M.gap));
            rows.push(rowHeading(key, model.kind === 'blueprint' ? 'Points of contact' : 'Touchpoints', { x: x0, y, width: gridWidth, height }));
            y += height + M.gap;
            continue;
        }
        const laneEntries = model.phases.flatMap(p => p.entries.filter(e => e.lane === key).map(e => ({ e, column: columnOf.get(p.name)! })));
        if (laneEntries.length === 0) continue;
        const cards = layoutLaneRow(laneEntries, y);
        const height = Math.max(M.minRowHeight, ...cards.map(c => c.box.y + c.box.height - y + M.gap));
        rows.push(rowHeading(key, LANE_TITLES[key], { x: x0, y, width: gridWidth, height }));
        entries.push(...cards);
        y += height + M.gap;
    }
    const emotion = emotionBox && { box: emotionBox, ...layoutEmotion(model, columns, emotionBox, touchpoints) };
    const gridBottom = y;
    columns.forEach(c => { c.box = { ...c.box, height: gridBottom - c.box.y }; });
    const boundaries = columns.slice(1).map(c => ({ x: c.box.x, y1: c.header.y, y2: gridBottom }));

    const plan = layoutPlan(model, M.margin, gridBottom + M.gap * 2);
    const width = Math.max(x0 + gridWidth, header.right, plan ? plan.box.x + plan.box.width : 0) + M.margin;
    const height = (plan ? plan.box.y + plan.box.height : gridBottom) + M.margin;
    return {
        width, height, kind: model.kind, header: header.header, departments, columns, rows, boundaries, entries,
        touchpoints, emotion, plan,
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

function layoutColumns(model: DiagramModel, x0: number, y: number, badges: Map<string, string>): PhaseColumn[] {
    const inner = M.columnWidth - M.cellPadding * 2;
    return model.phases.map((phase, index) => {
        const x = x0 + index * M.columnWidth;
        const title = textBlock(phase.label, x + M.cellPadding, y + M.cellPadding, inner, M.headerSize, { bold: true, maxLines: 3 });
        let bottom = title.y - M.headerSize + blockHeight(title);
        const owner = phase.owner ? textBlock(phase.owner.label, x + M.cellPadding, bottom + 2, inner, M.smallSize, { maxLines: 1 }) : undefined;
        if (owner) bottom += blockHeight(owner) + 2;
        const text = badges.get(phase.id);
        if (text) bottom += BADGE_LINE;
        const badge = text ? { text, x: x + M.columnWidth - M.cellPadding, y: bottom - 2 } : undefined;
        const header = { x, y, width: M.columnWidth, height: bottom - y + M.cellPadding };
        return { id: phase.id, label: phase.label, index, header, box: { ...header }, title, owner, badge };
    });
}

function card(id: string, label: string, box: Box, title: TextBlock, details: TextBlock[], classes: string[], description: string): Card {
    return { id, label, box, title, details, classes, description };
}

function layoutLaneRow(items: Array<{ e: LaneEntry; column: PhaseColumn }>, top: number): Card[] {
    const next = new Map<PhaseColumn, number>();
    const width = M.columnWidth - M.gap * 2;
    return items.map(({ e, column }) => {
        const y = next.get(column) ?? top + M.gap / 2;
        const x = column.box.x + M.gap;
        const title = textBlock(e.text, x + 6, y + 5, width - 12, M.textSize, { maxLines: M.maxEntryLines });
        const details = e.evidence || e.personas.length
            ? [textBlock([e.evidence, ...e.personas].filter(Boolean).join(' · '), x + 6, title.y + blockHeight(title) - M.textSize + 2, width - 12, M.smallSize - 1, { maxLines: 1 })]
            : [];
        const height = 10 + blockHeight(title) + details.reduce((h, d) => h + blockHeight(d), 0);
        next.set(column, y + height + M.gap / 2);
        const classes = ['entry', `lane-${e.lane}`, ...(e.evidence ? [`evidence-${e.evidence}`] : [])];
        return card(e.id, e.text, { x, y, width, height }, title, details, classes, `${LANE_TITLES[e.lane]}: ${e.text}`);
    });
}

function layoutTouchpointRow(touchpoints: TouchpointInfo[], columnOf: Map<string, PhaseColumn>, top: number,
    badges: Map<string, string>): TouchpointCard[] {
    const between = touchpoints.filter(t => t.placement?.kind === 'after');
    const inPhase = touchpoints.filter(t => t.placement?.kind === 'in');
    const betweenCards = stackCards(between, t => {
        const from = columnOf.get(t.placement!.phase);
        return from ? from.box.x + M.columnWidth : undefined;
    }, () => top + M.gap / 2, true, badges);
    // In-phase cards start below the between-cards that reach into their column, not below all of them.
    const topOf = (centre: number) => Math.max(top + M.gap / 2, ...betweenCards
        .filter(c => c.box.x < centre + M.columnWidth / 2 && c.box.x + c.box.width > centre - M.columnWidth / 2)
        .map(c => c.box.y + c.box.height + M.gap));
    const inCards = stackCards(inPhase, t => {
        const column = columnOf.get(t.placement!.phase);
        return column ? column.box.x + M.columnWidth / 2 : undefined;
    }, topOf, false, badges);
    return [...betweenCards, ...inCards];
}

/** Cards centred on `centreOf(t)`, stacked downwards per centre from `topOf(centre)`. */
function stackCards(touchpoints: TouchpointInfo[], centreOf: (t: TouchpointInfo) => number | undefined,
    topOf: (centre: number) => number, between: boolean, badges: Map<string, string>): TouchpointCard[] {
    const next = new Map<number, number>();
    const width = M.columnWidth - M.gap * 2;
    const cards: TouchpointCard[] = [];
    for (const t of touchpoints) {
        const centre = centreOf(t);
        if (centre === undefined) continue;
        const y = next.get(centre) ?? topOf(centre);
        const c = touchpointCard(t, centre - width / 2, y, width, between, badges.get(t.id));
        next.set(centre, y + c.box.height + M.gap);
        cards.push(c);
    }
    return cards;
}

function touchpointCard(t: TouchpointInfo, x: number, y: number, width: number, between: boolean, badgeText?: string): TouchpointCard {
    const inner = width - 16;
    const title = textBlock(t.label, x + 8, y + 6, inner - (t.critical ? 14 : 0), M.textSize, { bold: true, maxLines: M.maxTitleLines });
    let bottom = title.y - M.textSize + blockHeight(title);
    const details = touchpointDetails(t).map(text => {
        const block = textBlock(text, x + 8, bottom + 1, inner, M.smallSize, { maxLines: 2 });
        bottom += blockHeight(block) + 1;
        return block;
    });
    const score = t.score !== undefined ? { x: x + 8, y: bottom + 5, score: t.score, max: 5 } : undefined;
    if (score) bottom += 12;
    // The plan badge shares the score line, right-aligned, or gets a line of its own.
    if (badgeText && !score) bottom += BADGE_LINE;
    const badge = badgeText ? { text: badgeText, x: x + width - 8, y: score ? score.y + 4 : bottom - 2 } : undefined;
    const classes = ['touchpoint', ...(between ? ['between'] : []), ...(t.critical ? ['critical'] : []),
        ...(isMomentOfTruthAtRisk(t) ? ['at-risk'] : []), ...new Set(t.channels.flatMap(c => c.mode ? [c.mode] : [])),
        ...(t.evidence ? [`evidence-${t.evidence}`] : [])];
    const box = { x, y, width, height: bottom - y + 8 };
    const description = `${describeTouchpoint(t)}${badgeText ? `, on the action plan (${badgeText})` : ''}`;
    return { ...card(t.id, t.label, box, title, details, classes, description), score, between, badge };
}

// The touchpoint row: cards in their phase, or on the boundary a touchpoint
// `after` a phase sits on. A card shows its label, every channel, its owner,
// who it is for, its description (clamped), metrics, score and marks.
import type { LayoutOptions, PhaseColumn, TouchpointCard } from './layout-types.js';
import { M } from './layout-metrics.js';
import { channelLine, describeTouchpoint, forLine, metricLine, personaLabels, scoreText } from './describe.js';
import { isMomentOfTruthAtRisk, type DiagramModel, type TouchpointInfo } from './model.js';
import { EVIDENCE_MARK, TextStack } from './text-stack.js';
import { blockHeight, textBlock } from './text-block.js';
import { measureText } from './text-metrics.js';

const BADGE_LINE = 13;
const STAR_ROOM = 16;
export const SCORE_DOTS_WIDTH = 60;
const DESCRIPTION_LINES = 3;

interface Context { model: DiagramModel; badges: Map<string, string>; options: LayoutOptions }

/**
 * The cards of the last layout, with everything each was drawn from: laying a
 * big map out again after a label edit builds only the cards that changed or moved.
 * Cards are never changed after layout, so two layouts may share one.
 */
let cards = new Map<string, { key: string; card: TouchpointCard }>();
let previousCards = new Map<string, { key: string; card: TouchpointCard }>();

/** Forgets the cards of earlier layouts (tests compare a layout with and without them). */
export function forgetTouchpointCards(): void {
    cards = new Map();
    previousCards = new Map();
}

export function layoutTouchpointRow(model: DiagramModel, columnOf: Map<string, PhaseColumn>, top: number,
    badges: Map<string, string>, options: LayoutOptions): TouchpointCard[] {
    previousCards = cards;
    cards = new Map();
    const context = { model, badges, options };
    const after = model.touchpoints.filter(t => t.placement?.kind === 'after');
    const inPhase = model.touchpoints.filter(t => t.placement?.kind === 'in');
    const afterCards = stackCards(after, t => {
        const from = columnOf.get(t.placement!.phase);
        return from ? from.box.x + M.columnWidth : undefined;
    }, () => top + M.gap / 2, true, context);
    // In-phase cards start below the boundary cards that reach into their column, not below all of them.
    const topOf = (centre: number) => Math.max(top + M.gap / 2, ...afterCards
        .filter(c => c.box.x < centre + M.columnWidth / 2 && c.box.x + c.box.width > centre - M.columnWidth / 2)
        .map(c => c.box.y + c.box.height + M.gap));
    const inCards = stackCards(inPhase, t => {
        const column = columnOf.get(t.placement!.phase);
        return column ? column.box.x + M.columnWidth / 2 : undefined;
    }, topOf, false, context);
    return [...afterCards, ...inCards];
}

/** Cards centred on `centreOf(t)`, stacked downwards per centre from `topOf(centre)`. */
function stackCards(touchpoints: TouchpointInfo[], centreOf: (t: TouchpointInfo) => number | undefined,
    topOf: (centre: number) => number, between: boolean, context: Context): TouchpointCard[] {
    const next = new Map<number, number>();
    const width = M.columnWidth - M.gap * 2;
    const cards: TouchpointCard[] = [];
    for (const t of touchpoints) {
        const centre = centreOf(t);
        if (centre === undefined) continue;
        const y = next.get(centre) ?? topOf(centre);
        const c = cachedCard(t, centre - width / 2, y, width, between, context);
        next.set(centre, y + c.box.height + M.gap);
        cards.push(c);
    }
    return cards;
}

function cachedCard(t: TouchpointInfo, x: number, y: number, width: number, between: boolean, context: Context): TouchpointCard {
    const { model, badges, options } = context;
    // The model's other parts a card shows: persona labels (and whether there are several), its plan badge; the score's words follow the language.
    const key = [JSON.stringify(t), x, y, width, between, badges.get(t.id) ?? '', options.expanded === t.id, model.personas.length > 1,
        personaLabels(model, t.personas), t.score === undefined ? '' : scoreText(t.score)].join('\u0000');
    // By id, then the whole key compared: hashing long keys would cost more than it saves.
    const known = previousCards.get(t.id);
    const card = known?.key === key ? known.card : touchpointCard(t, x, y, width, between, context);
    cards.set(t.id, { key, card });
    return card;
}

function touchpointCard(t: TouchpointInfo, x: number, y: number, width: number, between: boolean, context: Context): TouchpointCard {
    const { model, options } = context;
    const badgeText = context.badges.get(t.id);
    const inner = width - 16;
    const markRoom = (t.critical ? STAR_ROOM : 0) + (t.evidence ? EVIDENCE_MARK.width + EVIDENCE_MARK.gap : 0);
    const head = new TextStack(x + 8, y + 5, inner - markRoom);
    const title = head.add(t.label, M.textSize, { bold: true, maxLines: M.maxTitleLines });
    const evidence = t.evidence ? [{ evidence: t.evidence, x: x + width - 8 - markRoom + EVIDENCE_MARK.gap, y: y + 6 }] : [];
    const body = new TextStack(x + 8, head.bottom, inner);
    for (const line of [channelLine(t), t.owner?.label, forLine(model, t.personas)]) {
        if (line) body.add(line, M.smallSize, { maxLines: 2 });
    }
    const expanded = options.expanded === t.id;
    if (t.description) body.add(t.description, M.smallSize, { maxLines: expanded ? undefined : DESCRIPTION_LINES, gap: 3 });
    for (const m of t.metrics) body.add(metricLine(m), M.smallSize, { maxLines: 2, gap: 2 });
    let bottom = body.bottom;
    let score;
    if (t.score !== undefined) {
        score = { x: x + 8, y: bottom + 8, score: t.score, max: 5, text: scoreText(t.score) };
        bottom += 14;
    }
    const atRisk = isMomentOfTruthAtRisk(t);
    const riskBlock = atRisk ? textBlock('At risk: critical and scoring poorly', x + 8, bottom + 1, inner, M.smallSize, { bold: true, maxLines: 2 }) : undefined;
    if (riskBlock) bottom += blockHeight(riskBlock) + 1;
    // The plan badge shares the score line, right-aligned, when there is room; else it gets a line of its own.
    const scoreRight = score ? score.x + SCORE_DOTS_WIDTH + 4 + measureText(score.text, 10) : x;
    const badgeFits = score && badgeText && scoreRight + 6 + measureText(badgeText, 10, true) <= x + width - 8 && !riskBlock;
    if (badgeText && !badgeFits) bottom += BADGE_LINE;
    const badge = badgeText ? { text: badgeText, x: x + width - 8, y: badgeFits ? score!.y + 4 : bottom - 2 } : undefined;
    const classes = ['touchpoint', ...(between ? ['between'] : []), ...(t.critical ? ['critical'] : []),
        ...(atRisk ? ['at-risk'] : []), ...new Set(t.channels.flatMap(c => (c.mode ? [c.mode] : []))),
        ...(t.score !== undefined ? [`score-${t.score}`] : []), ...(t.evidence ? [`evidence-${t.evidence}`] : [])];
    const box = { x, y, width, height: bottom - y + 8 };
    const description = `${describeTouchpoint(t, model)}${badgeText ? `, on the action plan (${badgeText})` : ''}`;
    return {
        id: t.id, label: t.label, box, title, details: body.blocks, classes, description, badge,
        evidence, score, atRisk: riskBlock, between,
    };
}

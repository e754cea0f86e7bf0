// The action plan: improvements by priority (now, next, later), each saying
// which phases and touchpoints it addresses.
import type { ActionPlan, Card, PlanColumn } from './layout-types.js';
import { M } from './layout-metrics.js';
import type { DiagramModel, ImprovementInfo, Priority } from './model.js';
import { blockHeight, textBlock } from './text-block.js';
import { metricLine } from './describe.js';
import { w } from './words.js';

const ORDER: Array<Priority | 'unplanned'> = ['now', 'next', 'later', 'unplanned'];
const TITLES = { now: 'Now', next: 'Next', later: 'Later', unplanned: 'No priority yet' };

/** Improvements in the order the plan shows them (now, next, later, unplanned), numbered from 1. */
export function planOrder(model: DiagramModel): ImprovementInfo[] {
    return ORDER.flatMap(p => model.improvements.filter(i => (i.priority ?? 'unplanned') === p));
}

/** "Plan 1, 3" for every phase and touchpoint an improvement addresses. */
export function planBadges(model: DiagramModel): Map<string, string> {
    const numbers = new Map<string, number[]>();
    planOrder(model).forEach((improvement, i) => {
        for (const target of improvement.addresses) numbers.set(target, [...numbers.get(target) ?? [], i + 1]);
    });
    return new Map([...numbers].map(([id, n]) => [id, w('Plan {0}', n.join(', '))]));
}

export function layoutPlan(model: DiagramModel, x: number, y: number): ActionPlan | undefined {
    if (model.improvements.length === 0) return undefined;
    const title = textBlock(w('Action plan'), x, y, 600, M.headerSize + 2, { bold: true });
    const top = y + blockHeight(title) + M.gap;
    const labelOf = new Map<string, string>([...model.phases, ...model.touchpoints].map(e => [e.id, e.label]));
    const used = ORDER.filter(p => model.improvements.some(i => (i.priority ?? 'unplanned') === p));
    const columns: PlanColumn[] = [];
    const cards: Card[] = [];
    const numberOf = new Map(planOrder(model).map((improvement, i) => [improvement, i + 1]));
    used.forEach((priority, index) => {
        const cx = x + index * (M.planColumnWidth + M.gap);
        const heading = textBlock(w(TITLES[priority]), cx + 8, top + 4, M.planColumnWidth - 16, M.textSize, { bold: true });
        let cy = top + 4 + blockHeight(heading) + M.gap;
        for (const improvement of model.improvements.filter(i => (i.priority ?? 'unplanned') === priority)) {
            const c = improvementCard(improvement, numberOf.get(improvement)!, labelOf, cx + 8, cy, M.planColumnWidth - 16);
            cards.push(c);
            cy += c.box.height + M.gap;
        }
        columns.push({ priority, box: { x: cx, y: top, width: M.planColumnWidth, height: cy - top }, title: heading });
    });
    const height = Math.max(...columns.map(c => c.box.height));
    columns.forEach(c => { c.box.height = height; });
    const links = model.improvements.flatMap(i => i.addresses.map(to => ({ from: i.id, to })));
    const width = used.length * (M.planColumnWidth + M.gap) - M.gap;
    return { box: { x, y, width, height: top + height - y }, title, columns, cards, links };
}

function improvementCard(i: ImprovementInfo, number: number, labelOf: Map<string, string>, x: number, y: number, width: number): Card {
    const title = textBlock(`${number}. ${i.label}`, x + 8, y + 6, width - 16, M.textSize, { bold: true, maxLines: M.maxTitleLines });
    let bottom = title.y - M.textSize + blockHeight(title);
    const addressed = i.addresses.map(id => labelOf.get(id)).filter(Boolean).join(', ');
    const details = [i.owner?.label, addressed ? w('Addresses: {0}', addressed) : undefined, i.description, ...i.metrics.map(metricLine)]
        .filter((text): text is string => Boolean(text))
        .map(text => {
            const block = textBlock(text, x + 8, bottom + 2, width - 16, M.smallSize, { maxLines: 4 });
            bottom += blockHeight(block) + 2;
            return block;
        });
    const description = [`Plan item ${number}: improvement ${i.label}`, i.priority && `priority ${i.priority}`, addressed && `addresses ${addressed}`,
        i.description, ...i.metrics.map(metricLine)].filter(Boolean).join(', ');
    return { id: i.id, label: i.label, box: { x, y, width, height: bottom - y + 8 }, title, details,
        classes: ['improvement', `priority-${i.priority ?? 'unplanned'}`], description };
}

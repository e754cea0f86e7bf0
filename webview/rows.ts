// The rows a journey has (so the toolbar only offers to hide rows that exist),
// in the order the map kind shows them.
import type { RowKey } from '../diagram-core/layout-types.js';
import { LANE_ORDER, LANE_TITLES, type DiagramModel } from '../diagram-core/model.js';
import { w } from '../diagram-core/words.js';

export interface RowChoice { key: RowKey; title: string }

export function availableRows(model: DiagramModel): RowChoice[] {
    const rows: RowChoice[] = [];
    if (model.phases.some(p => p.emotions.length > 0) || model.touchpoints.some(t => t.emotions.length > 0)) {
        rows.push({ key: 'emotion', title: w('Emotion') });
    }
    const lanes = new Set(model.phases.flatMap(p => p.entries.map(e => e.lane)));
    for (const key of LANE_ORDER[model.kind]) {
        if (key === 'touchpoints') {
            if (model.touchpoints.length > 0) rows.push({ key, title: model.kind === 'blueprint' ? w('Points of contact') : w('Touchpoints') });
        } else if (lanes.has(key)) {
            rows.push({ key, title: w(LANE_TITLES[key]) });
        }
    }
    return rows;
}

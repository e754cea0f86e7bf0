// The map's header: title, kind and context, goal, description, and the personas it follows.
import type { Header, LayoutOptions } from './layout-types.js';
import { layoutPersonaCards } from './layout-personas.js';
import { M } from './layout-metrics.js';
import { KIND_TITLES, type DiagramModel } from './model.js';
import { blockHeight, textBlock } from './text-block.js';
import { measureText } from './text-metrics.js';
import { w } from './words.js';

export function layoutHeader(model: DiagramModel, x: number, y: number, gridWidth: number, options: LayoutOptions):
    { header: Header; bottom: number; right: number } {
    const width = Math.max(640, M.rowLabelWidth + gridWidth);
    const title = textBlock(model.title, x, y, width, M.titleSize, { bold: true, maxLines: 3 });
    let bottom = y + blockHeight(title);
    const context = [w(KIND_TITLES[model.kind]), model.market, model.evaluation ? w('evaluation: {0}', model.evaluation) : undefined,
        model.improves ? `improves ${model.improves}` : undefined].filter(Boolean).join(' · ');
    const subtitle = textBlock(context, x, bottom + 2, width, M.subtitleSize);
    bottom += blockHeight(subtitle) + 2;
    const goal = model.goal ? textBlock(w('Goal: {0}', model.goal), x, bottom + 4, width, M.subtitleSize) : undefined;
    if (goal) bottom += blockHeight(goal) + 4;
    const description = model.description ? textBlock(model.description, x, bottom + 4, width, M.subtitleSize) : undefined;
    if (description) bottom += blockHeight(description) + 4;
    const personas = layoutPersonaCards(model.personas, x, bottom + M.gap, width, options);
    if (personas.length) bottom = Math.max(...personas.map(p => p.box.y + p.box.height));
    const blocks = [title, subtitle, ...[goal, description].filter(b => b !== undefined)];
    const widest = Math.max(...blocks.flatMap(b => b.lines.map(line => measureText(line, b.fontSize, b.bold))));
    const right = Math.max(x + widest, ...personas.map(p => p.box.x + p.box.width));
    return { header: { title, subtitle, goal, description, personas }, bottom, right };
}

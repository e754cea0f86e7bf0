// The map's header: title, kind and context, goal, and the personas it follows.
import type { Card, Header } from './layout-types.js';
import { M } from './layout-metrics.js';
import { KIND_TITLES, type DiagramModel } from './model.js';
import { blockHeight, textBlock } from './text-block.js';
import { measureText } from './text-metrics.js';

const PERSONA_WIDTH = 240;

export function layoutHeader(model: DiagramModel, x: number, y: number): { header: Header; bottom: number; right: number } {
    const width = Math.max(640, M.rowLabelWidth + model.phases.length * M.columnWidth);
    const title = textBlock(model.title, x, y, width, M.titleSize, { bold: true, maxLines: 3 });
    let bottom = y + blockHeight(title);
    const context = [KIND_TITLES[model.kind], model.market, model.evaluation ? `evaluation: ${model.evaluation}` : undefined,
        model.improves ? `improves ${model.improves}` : undefined].filter(Boolean).join(' · ');
    const subtitle = textBlock(context, x, bottom + 2, width, M.subtitleSize);
    bottom += blockHeight(subtitle) + 2;
    const goal = model.goal ? textBlock(`Goal: ${model.goal}`, x, bottom + 4, width, M.subtitleSize) : undefined;
    if (goal) bottom += blockHeight(goal) + 4;
    const personas: Card[] = [];
    let px = x;
    const top = bottom + M.gap;
    for (const persona of model.personas) {
        if (px + PERSONA_WIDTH > x + width && px > x) break;
        const name = textBlock(persona.label, px + 8, top + 6, PERSONA_WIDTH - 16, M.textSize, { bold: true, maxLines: 2 });
        const lines = persona.details.filter(d => ['age', 'gender', 'lives', 'income'].includes(d.attribute))
            .map(d => d.attribute === 'age' ? `age ${d.text}` : d.text);
        const facts = lines.length
            ? [textBlock(lines.join(' · '), px + 8, name.y + blockHeight(name) - M.textSize + 2, PERSONA_WIDTH - 16, M.smallSize, { maxLines: 4 })]
            : [];
        const height = 14 + blockHeight(name) + facts.reduce((h, f) => h + blockHeight(f), 0);
        personas.push({ id: persona.id, label: persona.label, box: { x: px, y: top, width: PERSONA_WIDTH, height }, title: name,
            details: facts, classes: ['persona'], description: `Persona ${persona.label}${lines.length ? `: ${lines.join(', ')}` : ''}` });
        px += PERSONA_WIDTH + M.gap;
    }
    if (personas.length) bottom = top + Math.max(...personas.map(p => p.box.height));
    const blocks = [title, subtitle, ...(goal ? [goal] : [])];
    const widest = Math.max(...blocks.flatMap(b => b.lines.map(line => measureText(line, b.fontSize, b.bold))));
    const right = Math.max(x + widest, px - M.gap);
    return { header: { title, subtitle, goal, personas }, bottom, right };
}

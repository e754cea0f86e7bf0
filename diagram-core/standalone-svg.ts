// A self-contained SVG file of a journey: the tree, its style and a fixed theme.
import { DIAGRAM_CSS, themeCss, type ThemeName } from './diagram-style.js';
import type { DiagramModel } from './model.js';
import { layoutDiagram } from './layout.js';
import type { LayoutOptions } from './layout-types.js';
import { renderDiagram, type RenderOptions } from './render-tree.js';
import { serializeSvg, textNode } from './svg-tree.js';

export function diagramToSvg(model: DiagramModel, theme: ThemeName = 'light', options: LayoutOptions & RenderOptions = {}): string {
    const tree = renderDiagram(layoutDiagram(model, options), model.title, options);
    tree.children!.unshift(textNode('style', `${themeCss(theme)}\n${DIAGRAM_CSS}`));
    return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(tree)}\n`;
}

// A self-contained SVG file of a journey: the tree, its style and a fixed theme.
import { DIAGRAM_CSS, themeCss, type ThemeName } from './diagram-style.js';
import type { DiagramModel } from './model.js';
import { layoutDiagram } from './layout.js';
import type { LayoutOptions } from './layout-types.js';
import { renderDiagram, type RenderOptions } from './render-tree.js';
import { serializeSvg, textNode, type SvgNode } from './svg-tree.js';

/** The element tree of the file (the PNG renderer works on it before it becomes text). */
export function diagramToSvgTree(model: DiagramModel, theme: ThemeName = 'light', options: LayoutOptions & RenderOptions = {}): SvgNode {
    const tree = renderDiagram(layoutDiagram(model, options), model.title, options);
    tree.children!.unshift(textNode('style', `${themeCss(theme)}\n${DIAGRAM_CSS}`));
    return tree;
}

export const svgFileText = (tree: SvgNode) => `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(tree)}\n`;

export function diagramToSvg(model: DiagramModel, theme: ThemeName = 'light', options: LayoutOptions & RenderOptions = {}): string {
    return svgFileText(diagramToSvgTree(model, theme, options));
}

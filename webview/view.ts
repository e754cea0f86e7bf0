// The diagram area: a scrollable region holding the SVG, the status bar for a
// stale diagram and the empty state. The first drawing is built detached and
// inserted at once; later ones patch it in place (render-dom.ts), keeping scroll
// position, zoom and focus.
import { layoutDiagram } from '../diagram-core/layout.js';
import type { LayoutOptions, PlanLink } from '../diagram-core/layout-types.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { renderDiagram } from '../diagram-core/render-tree.js';
import type { SvgNode } from '../diagram-core/svg-tree.js';
import { html } from './dom.js';
import { patchSvgDom, renderSvgDom } from './render-dom.js';
import type { ZoomAnchor } from './zoom.js';

export interface RenderResult { elements: Map<string, SVGGElement>; links: PlanLink[]; width: number; height: number }

export class DiagramView {
    readonly status: HTMLElement;
    readonly scrollArea: HTMLElement;
    private readonly canvas: HTMLElement;
    private readonly empty: HTMLElement;
    private svg: SVGSVGElement | undefined;
    /** The tree `svg` was drawn from, to patch it with the next one. */
    private tree: SvgNode | undefined;
    private size = { width: 0, height: 0 };
    private zoom = 1;

    constructor() {
        this.status = html('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
        this.status.hidden = true;
        this.empty = html('div', { class: 'empty-state', role: 'status' }, ['Loading the diagram…']);
        this.canvas = html('div', { class: 'canvas' });
        this.scrollArea = html('div', { class: 'diagram-scroll', role: 'region', 'aria-label': 'Journey diagram', tabindex: '0' },
            [this.empty, this.canvas]);
    }

    /** Lays out and draws `model`, replacing the previous drawing in place. */
    render(model: DiagramModel, options: LayoutOptions): RenderResult {
        performance.mark('journey:layout-start');
        const layout = layoutDiagram(model, options);
        const tree = renderDiagram(layout, model.title);
        performance.mark('journey:dom-start');
        // All DOM changes happen in this one task, so no frame shows a half-drawn
        // diagram, and the scroll area keeps its offsets and focus its element.
        const { svg, elements } = this.svg && this.tree ? patchSvgDom(this.svg, this.tree, tree) : renderSvgDom(tree);
        this.size = { width: Math.ceil(layout.width), height: Math.ceil(layout.height) };
        scaleSvg(svg, this.size, this.zoom);
        if (!svg.isConnected) this.canvas.append(svg);
        this.svg = svg;
        this.tree = tree;
        this.empty.hidden = true;
        this.canvas.hidden = false;
        this.scrollArea.setAttribute('aria-label', `Journey diagram: ${model.title}`);
        performance.mark('journey:render-end');
        measure('journey:layout', 'journey:layout-start', 'journey:dom-start');
        measure('journey:dom', 'journey:dom-start', 'journey:render-end');
        measure('journey:render', 'journey:layout-start', 'journey:render-end');
        return { elements, links: layout.plan?.links ?? [], ...this.size };
    }

    /** No diagram to show: a sentence saying why, instead of the drawing. */
    showEmpty(message: string): void {
        this.svg?.remove();
        this.svg = undefined;
        this.tree = undefined;
        this.size = { width: 0, height: 0 };
        this.canvas.hidden = true;
        this.empty.textContent = message;
        this.empty.hidden = false;
        this.scrollArea.setAttribute('aria-label', 'Journey diagram');
    }

    showStatus(message: string | undefined): void {
        this.status.textContent = message ?? '';
        this.status.hidden = message === undefined;
    }

    get diagramWidth(): number {
        return this.size.width;
    }

    /** The width the diagram can use without a horizontal scroll bar. */
    get availableWidth(): number {
        const style = getComputedStyle(this.canvas);
        return this.scrollArea.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    }

    /** Scales the drawing, keeping the point under `anchor` (or the centre of the view) where it is. */
    setZoom(zoom: number, anchor?: ZoomAnchor): void {
        const previous = this.zoom;
        this.zoom = zoom;
        if (!this.svg) return;
        const area = this.scrollArea;
        const box = area.getBoundingClientRect();
        const ax = anchor ? anchor.clientX - box.left : area.clientWidth / 2;
        const ay = anchor ? anchor.clientY - box.top : area.clientHeight / 2;
        const drawing = this.svg.getBoundingClientRect();
        const origin = { x: drawing.left - box.left + area.scrollLeft, y: drawing.top - box.top + area.scrollTop };
        const contentX = (area.scrollLeft + ax - origin.x) / previous;
        const contentY = (area.scrollTop + ay - origin.y) / previous;
        scaleSvg(this.svg, this.size, zoom);
        area.scrollLeft = contentX * zoom + origin.x - ax;
        area.scrollTop = contentY * zoom + origin.y - ay;
    }
}

function scaleSvg(svg: SVGSVGElement, size: { width: number; height: number }, zoom: number): void {
    // Setting even the same value makes the browser lay out the whole drawing again.
    const width = String(Math.round(size.width * zoom));
    const height = String(Math.round(size.height * zoom));
    if (svg.getAttribute('width') !== width) svg.setAttribute('width', width);
    if (svg.getAttribute('height') !== height) svg.setAttribute('height', height);
}

/** Timings of the last render, readable with performance.getEntriesByName (tests, DevTools). */
function measure(name: string, start: string, end: string): void {
    performance.clearMeasures(name);
    performance.measure(name, start, end);
}

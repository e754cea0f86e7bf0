// The diagram area: a scrollable region holding the SVG with its sticky phase
// headers and row labels, the status bar for a stale diagram and the empty
// state. The first drawing is built detached and inserted at once; later ones
// patch it in place (render-dom.ts), keeping scroll position, zoom and focus.
// A big map is laid out whole but drawn near the view only (window.ts).
import { layoutDiagram } from '../diagram-core/layout.js';
import type { Box, DiagramLayout, LayoutOptions, PlanLink } from '../diagram-core/layout-types.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { renderDiagram } from '../diagram-core/render-tree.js';
import type { SvgNode } from '../diagram-core/svg-tree.js';
import { html } from './dom.js';
import { patchSvgDom, renderSvgDom } from './render-dom.js';
import { StickyParts } from './sticky.js';
import { cardBoxes, drawWindow, meets, needsNewWindow, type ViewRect } from './window.js';
import type { ZoomAnchor } from './zoom.js';
import { w } from '../diagram-core/words.js';

export interface RenderResult {
    elements: Map<string, SVGGElement>;
    /** Copies of elements in the sticky strips (phase headers). */
    mirrors: ReadonlyMap<string, SVGGElement>;
    links: PlanLink[];
    width: number;
    height: number;
}

export class DiagramView {
    readonly status: HTMLElement;
    readonly scrollArea: HTMLElement;
    private readonly canvas: HTMLElement;
    private readonly empty: HTMLElement;
    private readonly sticky: StickyParts;
    private svg: SVGSVGElement | undefined;
    /** The tree `svg` was drawn from, to patch it with the next one. */
    private tree: SvgNode | undefined;
    private size = { width: 0, height: 0 };
    private columns: Box[] = [];
    private zoom = 1;
    private padding: { left: number; top: number } | undefined;
    /** The last layout and title, to draw another part of a big map without laying it out again. */
    private layout: { layout: DiagramLayout; title: string } | undefined;
    /** A big map's cards by id, and the part of it drawn (undefined: all of it). */
    private cards = new Map<string, Box>();
    private drawn: Box | undefined;
    /** Cards drawn wherever the view is: the selected one. */
    private pinned: string | undefined;
    /** Called with the new elements when scrolling or zooming drew another part of a big map. */
    onRedraw: ((result: RenderResult) => void) | undefined;

    constructor() {
        this.status = html('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
        this.status.hidden = true;
        this.empty = html('div', { class: 'empty-state', role: 'status' }, [w('Loading the diagram…')]);
        this.sticky = new StickyParts(() => this.canvasPadding().top);
        this.canvas = html('div', { class: 'canvas' }, this.sticky.tracks);
        this.scrollArea = html('div', { class: 'diagram-scroll', role: 'region', 'aria-label': w('Journey diagram'), tabindex: '0' },
            [this.empty, this.canvas]);
        new ResizeObserver(([entry]) => {
            this.sticky.setPane(entry.contentRect.width, entry.contentRect.height);
            this.updateScrollPadding();
            this.followView();
        }).observe(this.scrollArea);
    }

    /** Lays out and draws `model`, replacing the previous drawing in place. */
    render(model: DiagramModel, options: LayoutOptions): RenderResult {
        performance.mark('journey:layout-start');
        const layout = layoutDiagram(model, options);
        this.layout = { layout, title: model.title };
        this.size = { width: Math.ceil(layout.width), height: Math.ceil(layout.height) };
        this.columns = layout.columns.map(c => c.header);
        this.cards = cardBoxes(layout);
        const { tree, elements } = this.draw(this.cards.size ? drawWindow(this.viewRect()) : undefined);
        performance.mark('journey:sticky-start');
        this.sticky.update(layout, tree, this.zoom);
        this.updateScrollPadding();
        this.empty.hidden = true;
        this.canvas.hidden = false;
        this.scrollArea.setAttribute('aria-label', w('Journey diagram: {0}', model.title));
        performance.mark('journey:render-end');
        measure('journey:layout', 'journey:layout-start', 'journey:dom-start');
        measure('journey:dom', 'journey:dom-start', 'journey:render-end');
        measure('journey:render', 'journey:layout-start', 'journey:render-end');
        measure('journey:sticky', 'journey:sticky-start', 'journey:render-end');
        return { elements, mirrors: this.sticky.mirrors, links: layout.plan?.links ?? [], ...this.size };
    }

    /**
     * Builds the tree of the last layout (only the cards meeting `window`, if given) and
     * patches the drawing to it. All DOM changes happen in this one task, so no frame shows
     * a half-drawn diagram, and the scroll area keeps its offsets and focus its element.
     */
    private draw(window: Box | undefined): { tree: SvgNode; svg: SVGSVGElement; elements: Map<string, SVGGElement> } {
        const { layout, title } = this.layout!;
        const keep = new Set([this.pinned, this.focusedId()].filter((id): id is string => id !== undefined));
        const tree = renderDiagram(layout, title, { window, keep });
        performance.mark('journey:dom-start');
        const { svg, elements } = this.svg && this.tree ? patchSvgDom(this.svg, this.tree, tree) : renderSvgDom(tree);
        scaleSvg(svg, this.size, this.zoom);
        if (!svg.isConnected) this.canvas.prepend(svg);
        this.svg = svg;
        this.tree = tree;
        this.drawn = window;
        return { tree, svg, elements };
    }

    /** A big map: draws the part now in view when the view has left the part drawn. */
    followView(): void {
        if (!this.svg || !this.layout || this.cards.size === 0) return;
        const view = this.viewRect();
        if (!needsNewWindow(view, this.drawn)) return;
        this.redraw(drawWindow(view));
    }

    /** Makes sure the card `elementId` is drawn (a big map draws only what is in view), before it is revealed. */
    pin(elementId: string | undefined): void {
        this.pinned = elementId;
        const box = elementId === undefined ? undefined : this.cards.get(elementId);
        if (!box || !this.svg || !this.layout || (this.drawn && meets(box, this.drawn))) return;
        const { width, height } = this.viewRect();
        this.redraw(drawWindow({ x: box.x + box.width / 2 - width / 2, y: box.y + box.height / 2 - height / 2, width, height }));
    }

    private redraw(window: Box): void {
        const { elements } = this.draw(window);
        const { layout } = this.layout!;
        this.onRedraw?.({ elements, mirrors: this.sticky.mirrors, links: layout.plan?.links ?? [], ...this.size });
    }

    /** The part of the map in view, in diagram units. */
    private viewRect(): ViewRect {
        const area = this.scrollArea;
        const pad = this.canvasPadding();
        // A pane not laid out yet (hidden) has no size: assume a common one, corrected when it shows.
        const width = (area.clientWidth || 1200) / this.zoom, height = (area.clientHeight || 800) / this.zoom;
        return { x: (area.scrollLeft - pad.left) / this.zoom, y: (area.scrollTop - pad.top) / this.zoom, width, height };
    }

    private focusedId(): string | undefined {
        const focused = document.activeElement;
        return focused && this.svg?.contains(focused) ? focused.getAttribute('data-element-id') ?? undefined : undefined;
    }

    /** No diagram to show: a sentence saying why, instead of the drawing. */
    showEmpty(message: string): void {
        this.svg?.remove();
        this.svg = undefined;
        this.tree = undefined;
        this.layout = undefined;
        this.cards = new Map();
        this.drawn = undefined;
        this.size = { width: 0, height: 0 };
        this.columns = [];
        this.sticky.hide();
        this.canvas.hidden = true;
        this.empty.textContent = message;
        this.empty.hidden = false;
        this.scrollArea.setAttribute('aria-label', w('Journey diagram'));
    }

    showStatus(message: string | undefined): void {
        this.status.textContent = message ?? '';
        this.status.hidden = message === undefined;
    }

    get diagramWidth(): number {
        return this.size.width;
    }

    get diagramHeight(): number {
        return this.size.height;
    }

    /** The width the diagram can use without a horizontal scroll bar. */
    get availableWidth(): number {
        return this.scrollArea.clientWidth - this.canvasPadding().left * 2;
    }

    /** The height the diagram can use without a vertical scroll bar. */
    get availableHeight(): number {
        return this.scrollArea.clientHeight - this.canvasPadding().top * 2;
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
        this.sticky.setZoom(zoom);
        this.updateScrollPadding();
        area.scrollLeft = contentX * zoom + origin.x - ax;
        area.scrollTop = contentY * zoom + origin.y - ay;
        this.followView();
    }

    /** Follows a scroll of the area: shadows under stuck strips. Returns the phase now at the left of the view. */
    onScroll(): number {
        this.sticky.onScroll(this.scrollArea.scrollLeft, this.scrollArea.scrollTop);
        this.followView();
        return this.phaseInView();
    }

    /** The first phase whose middle is right of the row labels, or the last one. */
    private phaseInView(): number {
        if (this.columns.length === 0) return 0;
        const labels = this.sticky.extent.left / this.zoom;
        const left = Math.max(this.columns[0].x, (this.scrollArea.scrollLeft - this.canvasPadding().left) / this.zoom + labels);
        const index = this.columns.findIndex(c => c.x + c.width / 2 >= left);
        return index < 0 ? this.columns.length - 1 : index;
    }

    /** Scrolls so that phase `index` is the first one right of the row labels (the first phase: back to the left edge). */
    scrollToPhase(index: number): void {
        const column = this.columns[index];
        if (!column) return;
        const labels = this.sticky.extent.left;
        this.scrollArea.scrollLeft = index === 0 ? 0 : this.canvasPadding().left + column.x * this.zoom - labels;
    }

    /**
     * Scrolls `element` to the middle of the part of the view the sticky strips leave
     * free, unless it is wholly visible there already. Phase headers show in the
     * sticky header, so `horizontalOnly` leaves the vertical offset alone.
     */
    reveal(element: Element, horizontalOnly = false): void {
        if (!this.svg) return;
        const area = this.scrollArea;
        const view = area.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        const drawing = this.svg.getBoundingClientRect();
        const scale = drawing.width / Math.max(1, this.size.width);
        const inset = this.sticky.insetsOver({
            x: (box.left - drawing.left) / scale, y: (box.top - drawing.top) / scale, width: box.width / scale, height: box.height / scale,
        });
        const left = view.left + inset.left, right = view.left + area.clientWidth;
        const top = view.top + inset.top, bottom = view.top + area.clientHeight;
        if (box.left < left || box.right > right) area.scrollLeft += (box.left + box.right) / 2 - (left + right) / 2;
        // A phase header shows in the sticky header, unless that does not stick at this zoom.
        const vertical = !horizontalOnly || this.sticky.extent.top === 0;
        if (vertical && (box.top < top || box.bottom > bottom)) area.scrollTop += (box.top + box.bottom) / 2 - (top + bottom) / 2;
    }

    private updateScrollPadding(): void {
        // Keyboard focus and scrollIntoView keep elements clear of the stuck strips.
        const { top, left } = this.sticky.extent;
        const style = this.scrollArea.style;
        if (style.scrollPaddingTop !== `${Math.round(top)}px`) style.scrollPaddingTop = `${Math.round(top)}px`;
        if (style.scrollPaddingLeft !== `${Math.round(left)}px`) style.scrollPaddingLeft = `${Math.round(left)}px`;
    }

    private canvasPadding(): { left: number; top: number } {
        if (!this.padding) {
            const style = getComputedStyle(this.canvas);
            this.padding = { left: parseFloat(style.paddingLeft) || 0, top: parseFloat(style.paddingTop) || 0 };
        }
        return this.padding;
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

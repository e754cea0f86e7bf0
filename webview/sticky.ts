// Phase headers and row labels that stay in view while the map scrolls, like
// frozen panes: copies of those parts of the drawing in strips with CSS
// `position: sticky` over it. Scrolling needs no script (the browser moves the
// strips on its compositor), and the copies are cut from the same SVG tree as
// the drawing, so they are patched with it and never disagree.
import type { Box, DiagramLayout } from '../diagram-core/layout-types.js';
import { el, type SvgNode } from '../diagram-core/svg-tree.js';
import { html } from './dom.js';
import { patchSvgDom, renderSvgDom } from './render-dom.js';

/** Where the sticky parts sit in the drawing, in diagram units. */
export interface StickyGeometry {
    /** Left edge of the row labels, and where the phase columns start. */
    left: number;
    gridLeft: number;
    width: number;
    /** The header band: departments and phase headers. */
    bandTop: number;
    bandBottom: number;
    /** The rows (lanes, touchpoints, emotion); gridTop === gridBottom when there are none. */
    gridTop: number;
    gridBottom: number;
}

export function stickyGeometry(layout: DiagramLayout): StickyGeometry | undefined {
    const { columns, departments, rows } = layout;
    if (columns.length === 0) return undefined;
    const headers = columns.map(c => c.header);
    const bandBottom = Math.max(...headers.map(h => h.y + h.height));
    const gridBottom = Math.max(...columns.map(c => c.box.y + c.box.height));
    return {
        left: rows.length ? Math.min(...rows.map(r => r.box.x)) : headers[0].x,
        gridLeft: headers[0].x,
        width: Math.ceil(layout.width),
        bandTop: Math.min(...headers.map(h => h.y), ...departments.map(d => d.box.y)),
        bandBottom,
        gridTop: rows.length ? Math.min(...rows.map(r => r.box.y)) : gridBottom,
        gridBottom,
    };
}

/** One strip: a track as tall as the part of the map it may stick over, and the sticky strip in it. */
class Strip {
    readonly track: HTMLElement;
    readonly strip: HTMLElement;
    private svg: SVGSVGElement | undefined;
    private tree: SvgNode | undefined;
    elements = new Map<string, SVGGElement>();

    constructor(name: string) {
        this.strip = html('div', { class: `sticky-strip sticky-${name} journey-diagram` });
        this.track = html('div', { class: `sticky-track sticky-track-${name}`, 'aria-hidden': 'true' }, [this.strip]);
    }

    draw(tree: SvgNode | undefined): void {
        this.track.hidden = !tree;
        if (!tree) return;
        const { svg, elements } = this.svg && this.tree ? patchSvgDom(this.svg, this.tree, tree) : renderSvgDom(tree);
        if (!svg.isConnected) this.strip.append(svg);
        this.svg = svg;
        this.tree = tree;
        this.elements = elements;
    }

    place(track: Partial<Record<'marginTop' | 'height', number>>, strip: Partial<Record<'marginLeft' | 'width' | 'height', number>>): void {
        setPixels(this.track, track);
        setPixels(this.strip, strip);
    }

    stuck(on: boolean): void {
        if (this.strip.classList.contains('stuck') !== on) this.strip.classList.toggle('stuck', on);
    }

    /** A loose strip scrolls away with the map instead of sticking. */
    loose(on: boolean): void {
        if (this.strip.classList.contains('loose') !== on) this.strip.classList.toggle('loose', on);
    }
}

/**
 * A strip sticks only while it takes at most this share of the pane: zoomed in
 * far in a narrow pane, headers and labels that stayed would leave too little
 * room for the map, so they scroll away with it.
 */
export const MAX_PANE_SHARE = 0.4;

export class StickyParts {
    /** Tracks to put over the drawing, in paint order. */
    readonly tracks: HTMLElement[];
    private readonly rows = new Strip('rows');
    private readonly header = new Strip('header');
    private readonly corner = new Strip('corner');
    private geometry: StickyGeometry | undefined;
    private zoom = 1;
    private pane = { width: Infinity, height: Infinity };
    /** Which strips stick at this zoom in this pane. */
    private sticks = { header: true, rows: true };

    constructor(private readonly padding: () => number) {
        this.tracks = [this.rows.track, this.header.track, this.corner.track];
    }

    /** Redraws the strips from the drawing's tree; none when the map has no phases. */
    update(layout: DiagramLayout, tree: SvgNode, zoom: number): void {
        const g = stickyGeometry(layout);
        this.geometry = g;
        const parts = g && topLevelGroups(tree);
        const hasRows = !!g && g.gridBottom > g.gridTop;
        this.header.draw(g && parts && headerTree(g, parts));
        this.rows.draw(g && parts && hasRows ? rowsTree(g, parts) : undefined);
        this.corner.draw(g && hasRows ? el('svg', { class: 'sticky-svg', width: '100%', height: '100%' }) : undefined);
        this.setZoom(zoom);
    }

    hide(): void {
        this.geometry = undefined;
        for (const strip of [this.rows, this.header, this.corner]) strip.draw(undefined);
    }

    setZoom(zoom: number): void {
        this.zoom = zoom;
        const g = this.geometry;
        if (!g) return;
        const z = (n: number) => Math.round(n * zoom * 100) / 100;
        const band = z(g.bandBottom - g.bandTop);
        const labels = z(g.gridLeft - g.left);
        this.header.place({ marginTop: z(g.bandTop), height: z(g.gridBottom - g.bandTop) }, { height: band });
        this.corner.place({ marginTop: z(g.bandTop), height: z(g.gridBottom - g.bandTop) }, { marginLeft: z(g.left), width: labels, height: band });
        this.rows.place({ marginTop: z(g.gridTop), height: z(g.gridBottom - g.gridTop) }, { marginLeft: z(g.left), width: labels });
        this.applyPaneShare();
    }

    /** The size of the scroll area's view, which decides whether the strips may stick. */
    setPane(width: number, height: number): void {
        this.pane = { width, height };
        this.applyPaneShare();
    }

    private applyPaneShare(): void {
        const g = this.geometry;
        if (!g) return;
        this.sticks = {
            header: (g.bandBottom - g.bandTop) * this.zoom <= this.pane.height * MAX_PANE_SHARE,
            rows: (g.gridLeft - g.left) * this.zoom <= this.pane.width * MAX_PANE_SHARE,
        };
        this.header.loose(!this.sticks.header);
        this.rows.loose(!this.sticks.rows);
        this.corner.loose(!this.sticks.header || !this.sticks.rows);
    }

    /** Marks the strips that are stuck (for their shadow), from the scroll offsets. */
    onScroll(scrollLeft: number, scrollTop: number): void {
        const g = this.geometry;
        if (!g) return;
        const pad = this.padding();
        this.header.stuck(this.sticks.header && scrollTop > pad + g.bandTop * this.zoom);
        this.rows.stuck(this.sticks.rows && scrollLeft > pad + g.left * this.zoom);
    }

    /** The copies of selectable elements (phase headers), to mark them selected with their originals. */
    get mirrors(): ReadonlyMap<string, SVGGElement> {
        return this.header.elements;
    }

    /** How much of the scroll area the strips may cover over `box` (diagram units), in pixels from the top and the left. */
    insetsOver(box: Box): { top: number; left: number } {
        const g = this.geometry;
        if (!g) return { top: 0, left: 0 };
        const inGrid = box.y + box.height > g.gridTop && box.y < g.gridBottom;
        const { top, left } = this.extent;
        return { top: inGrid && box.y >= g.bandBottom ? top : 0, left: inGrid && box.x >= g.gridLeft ? left : 0 };
    }

    /** The stuck header strip's height and row strip's width (0 for a strip that does not stick), for scroll-padding. */
    get extent(): { top: number; left: number } {
        const g = this.geometry;
        if (!g) return { top: 0, left: 0 };
        return {
            top: this.sticks.header ? (g.bandBottom - g.bandTop) * this.zoom : 0,
            left: this.sticks.rows && g.gridBottom > g.gridTop ? (g.gridLeft - g.left) * this.zoom : 0,
        };
    }
}

type Parts = Partial<Record<'departments' | 'columns' | 'rows' | 'emotion', SvgNode>>;

function topLevelGroups(tree: SvgNode): Parts {
    const parts: Parts = {};
    for (const child of tree.children ?? []) {
        const classes = String(child.attrs.class ?? '').split(' ');
        for (const name of ['departments', 'columns', 'rows', 'emotion'] as const) if (classes.includes(name)) parts[name] = child;
    }
    return parts;
}

function headerTree(g: StickyGeometry, parts: Parts): SvgNode {
    return el('svg', {
        class: 'sticky-svg', width: '100%', height: '100%', preserveAspectRatio: 'none',
        viewBox: `0 ${g.bandTop} ${g.width} ${g.bandBottom - g.bandTop}`,
    }, [parts.departments && inert(parts.departments, true), parts.columns && inert(parts.columns, true)]);
}

function rowsTree(g: StickyGeometry, parts: Parts): SvgNode {
    // The emotion row's scale labels sit left of the grid, so they travel with the row labels.
    return el('svg', {
        class: 'sticky-svg', width: '100%', height: '100%', preserveAspectRatio: 'none',
        viewBox: `${g.left} ${g.gridTop} ${g.gridLeft - g.left} ${g.gridBottom - g.gridTop}`,
    }, [parts.rows && inert(parts.rows, false), parts.emotion && inert(parts.emotion, false)]);
}

/**
 * A copy that is not a second stop for the keyboard or a screen reader (the strips
 * are aria-hidden). Phase headers keep their id so a click on one still selects
 * it; the row strip leaves out selectable elements altogether (emotion points),
 * as it shows only labels.
 */
function inert(node: SvgNode, keepSelectable: boolean): SvgNode {
    const attrs: SvgNode['attrs'] = {};
    for (const name in node.attrs) {
        if (name !== 'tabindex' && name !== 'role' && name !== 'aria-label') attrs[name] = node.attrs[name];
    }
    if (node.text !== undefined) return { tag: node.tag, attrs, text: node.text };
    const children = keepSelectable ? node.children : node.children?.filter(c => c.attrs['data-element-id'] === undefined);
    return { tag: node.tag, attrs, children: children?.map(c => inert(c, keepSelectable)) };
}

function setPixels(element: HTMLElement, values: Partial<Record<'marginTop' | 'marginLeft' | 'width' | 'height', number>>): void {
    for (const [name, value] of Object.entries(values) as Array<['marginTop' | 'marginLeft' | 'width' | 'height', number]>) {
        const text = `${value}px`;
        if (element.style[name] !== text) element.style[name] = text;
    }
}

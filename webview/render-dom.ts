// SvgNode tree → SVG DOM, with createElementNS, setAttribute and textContent
// only: user text is never parsed as markup, whatever characters it holds.
// The first drawing is built detached and inserted at once; later drawings
// patch it in place (a keyed diff), so an edit to one touchpoint of a
// thousand touches a few nodes instead of rebuilding and restyling them all.
import type { SvgNode } from '../diagram-core/svg-tree.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The SVG elements the diagram uses; anything else is a bug, not something to draw. */
const TAGS = new Set(['svg', 'g', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'title', 'desc']);
const NAME = /^[A-Za-z_][\w:.-]*$/;
/** Never set from a tree: event handlers, inline styles (CSP), links, namespace declarations. */
const FORBIDDEN = /^(on|style$|href$|xlink:|xmlns)/i;
const checkedNames = new Map<string, boolean>();

function allowedAttribute(name: string): boolean {
    let allowed = checkedNames.get(name);
    if (allowed === undefined) {
        allowed = NAME.test(name) && !FORBIDDEN.test(name);
        checkedNames.set(name, allowed);
    }
    return allowed;
}

export interface RenderedSvg {
    svg: SVGSVGElement;
    /** The selectable groups (role=button) by element id. */
    elements: Map<string, SVGGElement>;
}

/** Builds a new, detached <svg> element. */
export function renderSvgDom(tree: SvgNode): RenderedSvg {
    if (tree.tag !== 'svg') throw new Error(`expected an <svg> tree, got <${tree.tag}>`);
    const elements = new Map<string, SVGGElement>();
    const svg = build(tree, elements) as SVGSVGElement;
    return { svg, elements };
}

/** Turns `svg`, drawn from `previous`, into the drawing of `next`, reusing every element it can. */
export function patchSvgDom(svg: SVGSVGElement, previous: SvgNode, next: SvgNode): RenderedSvg {
    if (next.tag !== 'svg') throw new Error(`expected an <svg> tree, got <${next.tag}>`);
    const elements = new Map<string, SVGGElement>();
    return { svg: patch(svg, previous, next, elements) as SVGSVGElement, elements };
}

function build(node: SvgNode, elements: Map<string, SVGGElement>): SVGElement {
    if (!TAGS.has(node.tag)) throw new Error(`unexpected element <${node.tag}> in the diagram`);
    const element = document.createElementNS(SVG_NS, node.tag) as SVGElement;
    for (const name in node.attrs) {
        const value = node.attrs[name];
        if (value !== undefined && allowedAttribute(name)) element.setAttribute(name, String(value));
    }
    if (node.text !== undefined) {
        element.textContent = node.text;
        return element;
    }
    index(node, element, elements);
    for (const child of node.children ?? []) element.appendChild(build(child, elements));
    return element;
}

function index(node: SvgNode, element: SVGElement, elements: Map<string, SVGGElement>): void {
    const id = node.attrs['data-element-id'];
    if (node.tag === 'g' && id !== undefined && !elements.has(String(id))) elements.set(String(id), element as SVGGElement);
}

function patch(element: SVGElement, old: SvgNode, next: SvgNode, elements: Map<string, SVGGElement>): SVGElement {
    const oldChildren = old.children ?? [];
    if (old.tag !== next.tag || (old.text === undefined && element.childElementCount !== oldChildren.length)) {
        const fresh = build(next, elements);
        element.replaceWith(fresh);
        return fresh;
    }
    for (const name in next.attrs) {
        const value = next.attrs[name];
        if (value === undefined || !allowedAttribute(name)) continue;
        const before = old.attrs[name];
        if (before === value) continue;
        const text = String(value);
        if (before === undefined || String(before) !== text) element.setAttribute(name, text);
    }
    for (const name in old.attrs) {
        if (old.attrs[name] !== undefined && next.attrs[name] === undefined && allowedAttribute(name)) element.removeAttribute(name);
    }
    if (next.text !== undefined) {
        if (old.text !== next.text) element.textContent = next.text;
        return element;
    }
    if (old.text !== undefined) element.textContent = '';
    index(next, element, elements);
    patchChildren(element, old.text !== undefined ? [] : oldChildren, next.children ?? [], elements);
    return element;
}

/** Children are matched by tag and element id, or by tag and position among the unnamed ones. */
function patchChildren(parent: SVGElement, oldChildren: SvgNode[], newChildren: SvgNode[], elements: Map<string, SVGGElement>): void {
    if (sameShape(oldChildren, newChildren)) {
        // The common case (an edit that moves nothing): patch pairwise.
        let child = parent.firstElementChild;
        for (let i = 0; i < newChildren.length; i++) {
            const next = child!.nextElementSibling;
            patch(child as SVGElement, oldChildren[i], newChildren[i], elements);
            child = next;
        }
        return;
    }
    const reusable = new Map<string, { node: SvgNode; element: SVGElement }>();
    let domChild = parent.firstElementChild;
    keys(oldChildren).forEach((key, i) => {
        reusable.set(key, { node: oldChildren[i], element: domChild as SVGElement });
        domChild = domChild!.nextElementSibling;
    });
    // Place each new child before `cursor`, the first old child not yet placed.
    let cursor = parent.firstElementChild;
    keys(newChildren).forEach((key, i) => {
        const match = reusable.get(key);
        if (match && match.element === cursor) {
            reusable.delete(key);
            cursor = cursor.nextElementSibling;
            patch(match.element, match.node, newChildren[i], elements);
            return;
        }
        if (match) reusable.delete(key);
        const element = match ? patch(match.element, match.node, newChildren[i], elements) : build(newChildren[i], elements);
        parent.insertBefore(element, cursor);
    });
    for (const { element } of reusable.values()) element.remove();
}

function sameShape(a: SvgNode[], b: SvgNode[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].tag !== b[i].tag || a[i].attrs['data-element-id'] !== b[i].attrs['data-element-id']) return false;
    }
    return true;
}

function keys(nodes: SvgNode[]): string[] {
    const seen = new Map<string, number>();
    return nodes.map(node => {
        const id = node.attrs['data-element-id'];
        const base = id === undefined ? node.tag : `${node.tag}#${id}`;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        return `${base}@${n}`;
    });
}

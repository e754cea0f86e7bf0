// Diagram → text: a click, Enter or Space on an element asks the extension to
// reveal its source. Text → diagram: `highlight` marks the element under the
// cursor as selected and, when asked, scrolls it into view if it is off screen.
import type { PlanLink } from '../diagram-core/layout-types.js';

export interface SelectionHost {
    /** Asks the extension to show the element's text. */
    revealInText(elementId: string): void;
    /** Scrolls the element into view when it is not (view.ts). */
    scrollTo(element: Element, horizontalOnly: boolean): void;
}

export class Selection {
    private selectedId: string | undefined;
    private elements = new Map<string, SVGGElement>();
    /** Copies in the sticky header, marked with their originals. */
    private mirrors: ReadonlyMap<string, SVGGElement> = new Map();
    /** Action plan ↔ what it addresses: selecting one side marks the other `linked`. */
    private related = new Map<string, string[]>();

    constructor(scrollArea: HTMLElement, private readonly host: SelectionHost) {
        scrollArea.addEventListener('click', event => {
            const id = elementIdOf(event.target);
            if (id === undefined) return;
            this.select(id);
            host.revealInText(id);
        });
        scrollArea.addEventListener('keydown', event => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            const target = event.target as Element;
            const id = target.getAttribute?.('data-element-id');
            if (id === null || id === undefined || !target.hasAttribute('tabindex')) return;
            event.preventDefault();
            this.select(id);
            host.revealInText(id);
        });
    }

    /** Called after every render with the new elements; keeps the selection on the new drawing. */
    attach(elements: Map<string, SVGGElement>, links: readonly PlanLink[], mirrors: ReadonlyMap<string, SVGGElement> = new Map()): void {
        this.elements = elements;
        this.mirrors = mirrors;
        this.related = new Map();
        for (const { from, to } of links) {
            this.related.set(from, [...this.related.get(from) ?? [], to]);
            this.related.set(to, [...this.related.get(to) ?? [], from]);
        }
        this.mark(this.selectedId, true);
    }

    /** The `highlight` message: mark one element (or none) and, with `reveal`, bring it into view. */
    highlight(elementId: string | undefined, reveal = true): void {
        this.select(elementId);
        const element = elementId === undefined ? undefined : this.elements.get(elementId);
        if (element && reveal) this.host.scrollTo(element, this.mirrors.has(elementId!));
    }

    /** Forgets the selection without scrolling (another file is shown). */
    clear(): void {
        this.select(undefined);
    }

    private select(elementId: string | undefined): void {
        this.mark(this.selectedId, false);
        this.selectedId = elementId;
        this.mark(elementId, true);
    }

    private mark(elementId: string | undefined, on: boolean): void {
        if (elementId === undefined) return;
        for (const id of [elementId, ...this.related.get(elementId) ?? []]) {
            const name = id === elementId ? 'selected' : 'linked';
            this.elements.get(id)?.classList.toggle(name, on);
            this.mirrors.get(id)?.classList.toggle(name, on);
        }
    }
}

function elementIdOf(target: EventTarget | null): string | undefined {
    const element = target instanceof Element ? target.closest('svg [data-element-id]') : null;
    return element?.getAttribute('data-element-id') ?? undefined;
}

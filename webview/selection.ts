// Diagram → text: a click, Enter or Space on an element asks the extension to
// reveal its source. Text → diagram: `highlight` marks the element under the
// cursor as selected and scrolls it into view when it is off screen.
import type { PlanLink } from '../diagram-core/layout-types.js';

export class Selection {
    private selectedId: string | undefined;
    private elements = new Map<string, SVGGElement>();
    /** Action plan ↔ what it addresses: selecting one side marks the other `linked`. */
    private related = new Map<string, string[]>();

    constructor(private readonly scrollArea: HTMLElement, reveal: (elementId: string) => void) {
        scrollArea.addEventListener('click', event => {
            const id = elementIdOf(event.target);
            if (id === undefined) return;
            this.select(id);
            reveal(id);
        });
        scrollArea.addEventListener('keydown', event => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            if (event.ctrlKey || event.metaKey || event.altKey) return;
            const target = event.target as Element;
            const id = target.getAttribute?.('data-element-id');
            if (id === null || id === undefined || !target.hasAttribute('tabindex')) return;
            event.preventDefault();
            this.select(id);
            reveal(id);
        });
    }

    /** Called after every render with the new elements; keeps the selection on the new drawing. */
    attach(elements: Map<string, SVGGElement>, links: readonly PlanLink[]): void {
        this.elements = elements;
        this.related = new Map();
        for (const { from, to } of links) {
            this.related.set(from, [...this.related.get(from) ?? [], to]);
            this.related.set(to, [...this.related.get(to) ?? [], from]);
        }
        this.mark(this.selectedId, true);
    }

    /** The `highlight` message: mark one element (or none) and bring it into view. */
    highlight(elementId: string | undefined): void {
        this.select(elementId);
        const element = elementId === undefined ? undefined : this.elements.get(elementId);
        if (element && !isInView(element, this.scrollArea)) element.scrollIntoView({ block: 'center', inline: 'center' });
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
        this.elements.get(elementId)?.classList.toggle('selected', on);
        for (const id of this.related.get(elementId) ?? []) this.elements.get(id)?.classList.toggle('linked', on);
    }
}

function elementIdOf(target: EventTarget | null): string | undefined {
    const element = target instanceof Element ? target.closest('svg [data-element-id]') : null;
    return element?.getAttribute('data-element-id') ?? undefined;
}

function isInView(element: Element, scrollArea: HTMLElement): boolean {
    const box = element.getBoundingClientRect();
    const view = scrollArea.getBoundingClientRect();
    return box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
}

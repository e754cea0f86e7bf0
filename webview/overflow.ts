// A one-line toolbar: the items that do not fit the pane's width move, lowest
// priority first, into a "More" menu at its end, and come back when there is
// room. Each item is a real control (button, select, details), the same element
// in the bar or in the menu, so it keeps its label and keyboard behaviour; the
// menu is a disclosure (Enter or Space opens it, Escape closes it).
import { html } from './dom.js';
import { w } from '../diagram-core/words.js';

export interface BarItem {
    element: HTMLElement;
    /** Higher stays in the bar longer. */
    priority: number;
}

export class OverflowBar {
    readonly element: HTMLElement;
    private readonly bar: HTMLElement;
    private readonly menu: HTMLDetailsElement;
    private readonly summary: HTMLElement;
    private readonly list: HTMLElement;

    constructor(private readonly items: readonly BarItem[], label: string) {
        this.bar = html('div', { class: 'toolbar-items' });
        this.summary = html('summary', { 'aria-label': w('More tools'), title: w('More tools') }, ['⋯']);
        this.list = html('div', { class: 'overflow-list', role: 'group', 'aria-label': w('More tools') });
        this.menu = html('details', { class: 'overflow-menu' }, [this.summary, this.list]);
        this.element = html('div', { class: 'toolbar', role: 'group', 'aria-label': label }, [this.bar, this.menu]);
        this.menu.addEventListener('keydown', event => {
            if (event.key !== 'Escape' || !this.menu.open) return;
            event.stopPropagation();
            this.menu.open = false;
            this.summary.focus();
        });
        // A command chosen in the menu closes it; checkboxes and selects leave it open for more choices.
        this.list.addEventListener('click', event => {
            if ((event.target as Element).closest('button')) this.menu.open = false;
        });
        document.addEventListener('click', event => {
            if (this.menu.open && !this.menu.contains(event.target as Node)) this.menu.open = false;
        });
        new ResizeObserver(() => this.fit()).observe(this.element);
        this.fit();
    }

    /** Puts every item back in the bar, then moves the least important ones into the menu until the rest fit. */
    fit(): void {
        const focused = document.activeElement;
        this.bar.replaceChildren(...this.items.map(i => i.element));
        this.list.replaceChildren();
        this.menu.hidden = true;
        const byPriority = this.items.map((item, index) => ({ item, index }))
            .filter(({ item }) => !item.element.hidden)
            .sort((a, b) => a.item.priority - b.item.priority || b.index - a.index);
        const moved: number[] = [];
        for (const { index } of byPriority) {
            if (this.fits()) break;
            moved.push(index);
            this.list.replaceChildren(...moved.sort((a, b) => a - b).map(i => this.items[i].element));
            this.menu.hidden = false;
        }
        if (moved.length === 0) this.menu.open = false;
        if (focused instanceof HTMLElement && focused !== document.activeElement && this.element.contains(focused)) focused.focus();
    }

    /** Measured by the items' boxes, not by overflow, so the bar need not clip (its dropdowns hang below it). */
    private fits(): boolean {
        const right = this.bar.getBoundingClientRect().right;
        return this.items.every(({ element }) => element.hidden || element.parentElement !== this.bar || element.getBoundingClientRect().right <= right + 0.5);
    }

    /** The items now in the menu (for tests and the app). */
    get overflowed(): HTMLElement[] {
        return [...this.list.children] as HTMLElement[];
    }
}

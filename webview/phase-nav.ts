// The phase navigator: a list of the journey's phases that shows which one is
// at the left of the view, and scrolls to the phase chosen (for maps wider than
// the pane). A native select, so it works with the keyboard and screen readers.
import type { PhaseInfo } from '../diagram-core/model.js';
import { html } from './dom.js';
import { w } from '../diagram-core/words.js';

export class PhaseNavigator {
    readonly element: HTMLSelectElement;
    private key = '';

    constructor(goTo: (index: number) => void) {
        this.element = html('select', { class: 'phase-nav', 'aria-label': w('Go to phase'), title: w('Scroll to a phase of the map') });
        this.element.addEventListener('change', () => {
            const index = Number(this.element.value);
            if (Number.isInteger(index)) goTo(index);
        });
    }

    /** Offers the phases of the journey; hidden when there are fewer than two. */
    update(phases: readonly Pick<PhaseInfo, 'label'>[]): void {
        const key = JSON.stringify(phases.map(p => p.label));
        if (key !== this.key) {
            this.key = key;
            const current = this.element.value;
            this.element.replaceChildren(...phases.map((p, i) => html('option', { value: String(i) }, [`${i + 1}. ${p.label}`])));
            if (Number(current) < phases.length) this.element.value = current;
        }
        this.element.hidden = phases.length < 2;
    }

    /** Shows the phase now at the left of the view (as the user scrolls). */
    showCurrent(index: number): void {
        const value = String(index);
        if (this.element.value !== value && index < this.element.options.length) this.element.value = value;
    }
}

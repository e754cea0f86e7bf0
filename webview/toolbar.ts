// The toolbar: zoom, fit to width or to the whole map, the phase navigator,
// persona filter, rows to show, the legend, export and copy. Real buttons and form controls
// with labels; the app decides what they do. It stays one line: what does not
// fit goes into the "More" menu (overflow.ts), least important first.
import type { RowKey } from '../diagram-core/layout-types.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { html } from './dom.js';
import { OverflowBar, type BarItem } from './overflow.js';
import { PhaseNavigator } from './phase-nav.js';
import { availableRows, type RowChoice } from './rows.js';
import { zoomPercent } from './zoom.js';
import { w } from '../diagram-core/words.js';

export interface ToolbarActions {
    zoomIn(): void;
    zoomOut(): void;
    resetZoom(): void;
    fitWidth(): void;
    fitWhole(): void;
    goToPhase(index: number): void;
    setPersona(persona: string | undefined): void;
    setRowHidden(row: RowKey, hidden: boolean): void;
    toggleLegend(): void;
    exportSvg(): void;
    exportPng(): void;
    copySvg(): void;
}

export interface ToolbarState { zoom: number; persona?: string; hiddenRows: readonly RowKey[]; legend: boolean }

const ALL_PERSONAS = '';

export class Toolbar {
    readonly element: HTMLElement;
    readonly phases: PhaseNavigator;
    private readonly bar: OverflowBar;
    private readonly zoomReset: HTMLButtonElement;
    private readonly personaPicker: HTMLLabelElement;
    private readonly personaSelect: HTMLSelectElement;
    private readonly rowsMenu: HTMLDetailsElement;
    private readonly rowsList: HTMLElement;
    private readonly legendToggle: HTMLButtonElement;
    private readonly needModel: HTMLButtonElement[];
    private personaKey = '';
    private rowsKey = '';

    constructor(private readonly actions: ToolbarActions) {
        const zoomOut = button('−', w('Zoom out'), w('Zoom out (-)'), () => actions.zoomOut());
        this.zoomReset = button('100%', w('Reset zoom to 100%'), w('Actual size (0)'), () => actions.resetZoom());
        this.zoomReset.classList.add('zoom-level');
        const zoomIn = button('+', w('Zoom in'), w('Zoom in (+)'), () => actions.zoomIn());
        const fitWidth = button(w('Fit width'), w('Fit to width'), w('Scale the map to the width of the panel'), () => actions.fitWidth());
        const fitWhole = button(w('Fit map'), w('Fit whole map'), w('Scale the whole map to the panel'), () => actions.fitWhole());
        this.phases = new PhaseNavigator(index => actions.goToPhase(index));

        this.personaSelect = html('select', { class: 'persona-select', title: w('Show only what applies to one persona') });
        this.personaSelect.addEventListener('change', () => actions.setPersona(this.personaSelect.value || undefined));
        this.personaPicker = html('label', { class: 'persona-picker' }, [html('span', {}, [w('Persona')]), this.personaSelect]);

        this.rowsList = html('div', { class: 'rows-list', role: 'group', 'aria-label': w('Rows to show') });
        this.rowsMenu = html('details', { class: 'rows-menu' }, [
            html('summary', { title: w('Show or hide rows of the map') }, [w('Rows')]), this.rowsList,
        ]);
        this.rowsMenu.addEventListener('keydown', event => {
            if (event.key !== 'Escape' || !this.rowsMenu.open) return;
            event.stopPropagation();
            this.rowsMenu.open = false;
            this.rowsMenu.querySelector('summary')?.focus();
        });
        document.addEventListener('click', event => {
            if (this.rowsMenu.open && !this.rowsMenu.contains(event.target as Node)) this.rowsMenu.open = false;
        });

        const svg = button(w('Export SVG'), w('Export as SVG file'), w('Save the diagram as an SVG file'), () => actions.exportSvg());
        const png = button(w('Export PNG'), w('Export as PNG image'), w('Save the diagram as a PNG image (twice the size)'), () => actions.exportPng());
        const copy = button(w('Copy SVG'), w('Copy as SVG'), w('Copy the diagram to the clipboard as SVG'), () => actions.copySvg());
        this.legendToggle = button(w('Legend'), w('Show the legend'), w('Show what the marks of the map mean, under the map'), () => actions.toggleLegend());
        this.legendToggle.setAttribute('aria-pressed', 'false');
        this.legendToggle.classList.add('legend-toggle');
        this.needModel = [zoomOut, this.zoomReset, zoomIn, fitWidth, fitWhole, this.legendToggle, svg, png, copy];

        // In the order they show; a new control is one more line here (its priority decides when it moves to "More").
        const items: BarItem[] = [
            { element: group('zoom', [zoomOut, this.zoomReset, zoomIn]), priority: 10 },
            { element: fitWidth, priority: 8 },
            { element: fitWhole, priority: 7 },
            { element: this.phases.element, priority: 9 },
            { element: this.personaPicker, priority: 6 },
            { element: this.rowsMenu, priority: 4 },
            { element: this.legendToggle, priority: 5 },
            { element: svg, priority: 3 },
            { element: png, priority: 2 },
            { element: copy, priority: 1 },
        ];
        this.bar = new OverflowBar(items, w('Diagram tools'));
        this.element = this.bar.element;
    }

    update(model: DiagramModel | undefined, state: ToolbarState): void {
        for (const b of this.needModel) b.disabled = !model;
        const shown = this.visibility();
        this.showZoom(state.zoom);
        this.phases.update(model?.phases ?? []);
        this.updatePersonas(model, state.persona);
        this.updateRows(model ? availableRows(model) : [], state.hiddenRows);
        this.legendToggle.setAttribute('aria-pressed', String(state.legend));
        if (this.visibility() !== shown) this.bar.fit();
    }

    showZoom(zoom: number): void {
        this.zoomReset.textContent = zoomPercent(zoom);
        this.zoomReset.setAttribute('aria-label', w('Reset zoom to 100% (now {0})', zoomPercent(zoom)));
    }

    private visibility(): string {
        return [this.phases.element, this.personaPicker, this.rowsMenu].map(e => (e.hidden ? '0' : '1')).join('');
    }

    private updatePersonas(model: DiagramModel | undefined, selected: string | undefined): void {
        const personas = model?.personas ?? [];
        const key = JSON.stringify(personas.map(p => [p.name, p.label]));
        if (key !== this.personaKey) {
            this.personaKey = key;
            this.personaSelect.replaceChildren(
                html('option', { value: ALL_PERSONAS }, [w('All personas')]),
                ...personas.map(p => html('option', { value: p.name }, [p.label])),
            );
        }
        this.personaPicker.hidden = personas.length < 2;
        this.personaSelect.value = selected && personas.some(p => p.name === selected) ? selected : ALL_PERSONAS;
    }

    private updateRows(rows: RowChoice[], hidden: readonly RowKey[]): void {
        const key = JSON.stringify(rows);
        if (key !== this.rowsKey) {
            this.rowsKey = key;
            this.rowsList.replaceChildren(...rows.map(row => {
                const box = html('input', { type: 'checkbox', 'data-row': row.key });
                box.addEventListener('change', () => this.actions.setRowHidden(row.key, !box.checked));
                return html('label', { class: 'row-choice' }, [box, html('span', {}, [row.title])]);
            }));
        }
        for (const box of this.rowsList.querySelectorAll<HTMLInputElement>('input[data-row]')) {
            box.checked = !hidden.includes(box.getAttribute('data-row') as RowKey);
        }
        this.rowsMenu.hidden = rows.length === 0;
    }
}

function group(name: string, children: HTMLElement[]): HTMLElement {
    return html('div', { class: `toolbar-group ${name}` }, children);
}

function button(text: string, label: string, title: string, onClick: () => void): HTMLButtonElement {
    const b = html('button', { type: 'button', 'aria-label': label, title }, [text]);
    b.addEventListener('click', onClick);
    return b;
}

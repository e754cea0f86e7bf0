// The webview's controller: keeps the view state (persisted with setState),
// answers the extension's messages and wires toolbar, view and selection.
import type { RowKey } from '../diagram-core/layout-types.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { exportSvg, svgToPng } from './export.js';
import { installFoldControls } from './fold.js';
import type { FromWebview, ToWebview, WebviewState } from './protocol.js';
import { Selection } from './selection.js';
import { emptyMessage, staleStatus } from './status.js';
import { Toolbar } from './toolbar.js';
import { DiagramView } from './view.js';
import { clampZoom, fitWidthZoom, installZoomGestures, zoomIn, zoomOut, type ZoomAnchor } from './zoom.js';

/** What the webview needs of VS Code's webview API. */
export interface WebviewHost {
    postMessage(message: FromWebview): void;
    getState(): WebviewState | undefined;
    setState(state: WebviewState): void;
}

interface ViewState { uri?: string; zoom: number; persona?: string; hiddenRows: RowKey[]; legend: boolean; foldedPersonas: string[] }

export class DiagramApp {
    private readonly state: ViewState;
    private readonly view = new DiagramView();
    private readonly toolbar: Toolbar;
    private readonly selection: Selection;
    private model: DiagramModel | undefined;
    private elements = new Map<string, SVGGElement>();
    /** The selected element, whose texts are not clamped. */
    private expanded: string | undefined;
    /** Whether the drawing shows `expanded` longer than it would be otherwise. */
    private expandedDrawn = false;

    constructor(root: HTMLElement, private readonly host: WebviewHost) {
        this.state = restore(host.getState());
        this.toolbar = new Toolbar({
            zoomIn: () => this.setZoom(zoomIn(this.state.zoom)),
            zoomOut: () => this.setZoom(zoomOut(this.state.zoom)),
            resetZoom: () => this.setZoom(1),
            fitWidth: () => this.setZoom(fitWidthZoom(this.view.availableWidth, this.view.diagramWidth)),
            setPersona: persona => this.changeFilter(() => { this.state.persona = persona; }),
            setRowHidden: (row, hidden) => this.changeFilter(() => {
                this.state.hiddenRows = hidden ? [...new Set([...this.state.hiddenRows, row])] : this.state.hiddenRows.filter(r => r !== row);
            }),
            toggleLegend: () => this.changeFilter(() => { this.state.legend = !this.state.legend; }),
            exportSvg: () => this.guard(() => this.withModel(model =>
                this.host.postMessage({ type: 'export', format: 'svg', data: exportSvg(model, this.state) }))),
            exportPng: () => this.guard(() => this.withModel(async model =>
                this.host.postMessage({ type: 'export', format: 'png', data: await svgToPng(exportSvg(model, this.state)) }))),
            copySvg: () => this.guard(() => this.withModel(model =>
                this.host.postMessage({ type: 'copySvg', svg: exportSvg(model, this.state) }))),
        });
        this.selection = new Selection(this.view.scrollArea, elementId => {
            this.host.postMessage({ type: 'reveal', elementId });
            this.expand(elementId);
        });
        installFoldControls(this.view.scrollArea, id => this.changeFilter(() => {
            const folded = this.state.foldedPersonas;
            this.state.foldedPersonas = folded.includes(id) ? folded.filter(f => f !== id) : [...folded, id];
        }));
        installZoomGestures(this.view.scrollArea, this);
        this.view.setZoom(this.state.zoom);
        root.replaceChildren(this.toolbar.element, this.view.status, this.view.scrollArea);
        this.toolbar.update(undefined, this.state);
    }

    receive(message: ToWebview): void {
        void this.guard(() => {
            if (message.type === 'diagram') this.showDiagram(message);
            else if (message.type === 'highlight') {
                this.selection.highlight(message.elementId);
                this.expand(message.elementId);
            }
        });
    }

    get zoom(): number {
        return this.state.zoom;
    }

    setZoom(zoom: number, anchor?: ZoomAnchor): void {
        this.state.zoom = clampZoom(zoom);
        this.view.setZoom(this.state.zoom, anchor);
        this.toolbar.showZoom(this.state.zoom);
        this.save();
    }

    private showDiagram(message: Extract<ToWebview, { type: 'diagram' }>): void {
        const otherFile = this.state.uri !== undefined && message.uri !== this.state.uri;
        if (message.uri !== this.state.uri) {
            // Persona names and element ids belong to one file; rows and zoom carry over.
            if (otherFile) {
                this.state.persona = undefined;
                this.state.foldedPersonas = [];
                this.expanded = undefined;
                this.expandedDrawn = false;
                this.selection.clear();
            }
            this.state.uri = message.uri;
            this.save();
        }
        this.model = message.model;
        if (this.model) {
            this.draw(this.model);
            if (otherFile) this.view.scrollArea.scrollTo(0, 0);
            this.view.showStatus(staleStatus(message));
        } else {
            this.view.showEmpty(emptyMessage(message));
            this.view.showStatus(undefined);
        }
        this.toolbar.update(this.model, this.state);
    }

    private draw(model: DiagramModel): void {
        const { persona, hiddenRows, legend, foldedPersonas } = this.state;
        const { elements, links } = this.view.render(model, {
            persona, hiddenRows, legend, foldedPersonas, foldable: true, expanded: this.expanded,
        });
        this.elements = elements;
        this.selection.attach(elements, links);
    }

    /** The selected element shows its texts in full: drawn again when it was cut short, or the one before was. */
    private expand(elementId: string | undefined): void {
        if (elementId === this.expanded) return;
        const cutShort = elementId !== undefined && (this.elements.get(elementId)?.textContent ?? '').includes('…');
        const redraw = cutShort || this.expandedDrawn;
        this.expanded = elementId;
        this.expandedDrawn = cutShort;
        if (redraw && this.model) this.draw(this.model);
    }

    private changeFilter(change: () => void): void {
        change();
        this.save();
        if (this.model) void this.guard(() => this.draw(this.model!));
        this.toolbar.update(this.model, this.state);
    }

    private withModel<T>(action: (model: DiagramModel) => T): T | undefined {
        return this.model ? action(this.model) : undefined;
    }

    /** Runs an action; a failure is reported to the extension instead of dying silently in the webview. */
    private async guard(action: () => unknown): Promise<void> {
        try {
            await action();
        } catch (error) {
            this.host.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
        }
    }

    private save(): void {
        const { uri, zoom, persona, hiddenRows, legend, foldedPersonas } = this.state;
        this.host.setState({ uri, zoom, persona, hiddenRows: [...hiddenRows], legend, foldedPersonas: [...foldedPersonas] });
    }
}

function restore(saved: WebviewState | undefined): ViewState {
    return {
        uri: typeof saved?.uri === 'string' ? saved.uri : undefined,
        zoom: clampZoom(typeof saved?.zoom === 'number' ? saved.zoom : 1),
        persona: typeof saved?.persona === 'string' ? saved.persona : undefined,
        hiddenRows: Array.isArray(saved?.hiddenRows) ? saved.hiddenRows.filter((r): r is RowKey => typeof r === 'string') : [],
        legend: saved?.legend === true,
        foldedPersonas: Array.isArray(saved?.foldedPersonas) ? saved.foldedPersonas.filter((p): p is string => typeof p === 'string') : [],
    };
}

// The webview's controller: keeps the view state (persisted with setState, per
// document), answers the extension's messages and wires toolbar, view and selection.
import type { RowKey } from '../diagram-core/layout-types.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { DocumentViews, defaultView } from './document-views.js';
import { exportSvg, svgToPng } from './export.js';
import { installFoldControls } from './fold.js';
import type { DefaultZoom, DocumentView, FromWebview, ToWebview, WebviewState } from './protocol.js';
import { Selection } from './selection.js';
import { emptyMessage, staleStatus } from './status.js';
import { Toolbar } from './toolbar.js';
import { DiagramView, type RenderResult } from './view.js';
import { clampZoom, fitWholeZoom, fitWidthZoom, installZoomGestures, zoomIn, zoomOut, type ZoomAnchor } from './zoom.js';

/** What the webview needs of VS Code's webview API. */
export interface WebviewHost {
    postMessage(message: FromWebview): void;
    getState(): WebviewState | undefined;
    setState(state: WebviewState): void;
}

/** How long scrolling must pause before the new offsets are saved. */
const SAVE_SCROLL_AFTER_MS = 150;

export class DiagramApp {
    private uri: string | undefined;
    private hiddenRows: RowKey[];
    /** Whether the legend of marks is shown under the map (for every document, like the rows shown). */
    private legend: boolean;
    /** Ids of the persona cards folded; they belong to one file. */
    private foldedPersonas: string[];
    /** The selected element, whose texts are not clamped. */
    private expanded: string | undefined;
    /** Whether the drawing shows `expanded` longer than it would be otherwise. */
    private expandedDrawn = false;
    private elements = new Map<string, SVGGElement>();
    private readonly documents: DocumentViews;
    /** The view of the document shown (zoom, scroll, persona); a fresh one until a document is. */
    private current: DocumentView;
    /** Whether the current document's saved scroll offsets are still to be applied to its first drawing. */
    private restoreScroll = false;
    /** Whether the current document was never shown before: its first drawing gets journey.preview.defaultZoom. */
    private firstView = false;
    private readonly view = new DiagramView();
    private readonly toolbar: Toolbar;
    private readonly selection: Selection;
    private model: DiagramModel | undefined;
    private scrollFrame = 0;
    private saveTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(root: HTMLElement, private readonly host: WebviewHost) {
        const saved = host.getState();
        this.documents = new DocumentViews(saved);
        this.hiddenRows = Array.isArray(saved?.hiddenRows) ? saved.hiddenRows.filter((r): r is RowKey => typeof r === 'string') : [];
        this.legend = saved?.legend === true;
        this.foldedPersonas = Array.isArray(saved?.foldedPersonas) ? saved.foldedPersonas.filter((p): p is string => typeof p === 'string') : [];
        this.uri = typeof saved?.uri === 'string' ? saved.uri : undefined;
        this.firstView = this.uri !== undefined && !this.documents.has(this.uri);
        this.current = this.uri ? this.documents.open(this.uri) : defaultView();
        this.restoreScroll = this.uri !== undefined;
        this.toolbar = new Toolbar({
            zoomIn: () => this.setZoom(zoomIn(this.zoom)),
            zoomOut: () => this.setZoom(zoomOut(this.zoom)),
            resetZoom: () => this.setZoom(1),
            fitWidth: () => this.setZoom(fitWidthZoom(this.view.availableWidth, this.view.diagramWidth)),
            fitWhole: () => this.setZoom(fitWholeZoom(this.view.availableWidth, this.view.availableHeight, this.view.diagramWidth, this.view.diagramHeight)),
            goToPhase: index => this.view.scrollToPhase(index),
            setPersona: persona => this.changeFilter(() => { this.current.persona = persona; }),
            setRowHidden: (row, hidden) => this.changeFilter(() => {
                this.hiddenRows = hidden ? [...new Set([...this.hiddenRows, row])] : this.hiddenRows.filter(r => r !== row);
            }),
            toggleLegend: () => this.changeFilter(() => { this.legend = !this.legend; }),
            exportSvg: () => this.guard(() => this.withModel(model =>
                this.host.postMessage({ type: 'export', format: 'svg', data: exportSvg(model, this.layoutOptions) }))),
            exportPng: () => this.guard(() => this.withModel(async model =>
                this.host.postMessage({ type: 'export', format: 'png', data: await svgToPng(exportSvg(model, this.layoutOptions)) }))),
            copySvg: () => this.guard(() => this.withModel(model =>
                this.host.postMessage({ type: 'copySvg', svg: exportSvg(model, this.layoutOptions) }))),
        });
        this.selection = new Selection(this.view.scrollArea, {
            revealInText: elementId => {
                this.host.postMessage({ type: 'reveal', elementId });
                this.view.pin(elementId);
                this.expand(elementId);
            },
            scrollTo: (element, horizontalOnly) => this.view.reveal(element, horizontalOnly),
        });
        installFoldControls(this.view.scrollArea, id => this.changeFilter(() => {
            const folded = this.foldedPersonas;
            this.foldedPersonas = folded.includes(id) ? folded.filter(f => f !== id) : [...folded, id];
        }));
        installZoomGestures(this.view.scrollArea, this);
        this.view.onRedraw = result => this.attach(result);
        this.view.setZoom(this.current.zoom);
        this.view.scrollArea.addEventListener('scroll', () => this.onScroll(), { passive: true });
        root.replaceChildren(this.toolbar.element, this.view.status, this.view.scrollArea);
        this.toolbar.update(undefined, this.toolbarState);
        if (saved && !saved.documents && this.uri) this.save();   // a state from before views were per document
    }

    receive(message: ToWebview): void {
        void this.guard(() => {
            if (message.type === 'diagram') this.showDiagram(message);
            else if (message.type === 'highlight') {
                // Drawn in full first, so that scrolling it into view measures the card as it will show.
                this.view.pin(message.elementId);
                this.expand(message.elementId);
                this.selection.highlight(message.elementId, message.reveal ?? true);
            }
        });
    }

    get zoom(): number {
        return this.current.zoom;
    }

    setZoom(zoom: number, anchor?: ZoomAnchor): void {
        this.current.zoom = clampZoom(zoom);
        this.view.setZoom(this.current.zoom, anchor);
        this.toolbar.showZoom(this.current.zoom);
        this.rememberScroll();
        this.save();
    }

    private get layoutOptions() {
        return { persona: this.current.persona, hiddenRows: this.hiddenRows, legend: this.legend, foldedPersonas: this.foldedPersonas };
    }

    private get toolbarState() {
        return { zoom: this.current.zoom, persona: this.current.persona, hiddenRows: this.hiddenRows, legend: this.legend };
    }

    private showDiagram(message: Extract<ToWebview, { type: 'diagram' }>): void {
        if (message.uri !== this.uri) this.switchTo(message.uri);
        this.model = message.model;
        if (this.model) {
            this.draw(this.model);
            if (this.restoreScroll) {
                this.restoreScroll = false;
                this.view.scrollArea.scrollTo(this.current.scrollX, this.current.scrollY);
                this.view.followView();
            }
            if (this.firstView) {
                this.firstView = false;
                this.applyDefaultZoom(message.defaultZoom);
            }
            this.view.showStatus(staleStatus(message));
        } else {
            this.view.showEmpty(emptyMessage(message));
            this.view.showStatus(undefined);
        }
        this.toolbar.update(this.model, this.toolbarState);
        this.onScroll();   // the phase in view, read in the next frame rather than forcing a layout now
    }

    /** Another document: its own zoom, scroll and persona (remembered, or fresh); rows shown stay as they are. */
    private switchTo(uri: string): void {
        if (this.uri !== undefined) {
            // Persona cards and element ids belong to one file.
            this.selection.clear();
            this.view.pin(undefined);
            this.foldedPersonas = [];
            this.expanded = undefined;
            this.expandedDrawn = false;
        }
        this.uri = uri;
        this.firstView = !this.documents.has(uri);
        this.current = this.documents.open(uri);
        this.restoreScroll = true;
        this.view.setZoom(this.current.zoom);
        this.toolbar.showZoom(this.current.zoom);
        this.save();
    }

    private applyDefaultZoom(zoom: DefaultZoom | undefined): void {
        if (zoom === 'fitWidth') this.setZoom(fitWidthZoom(this.view.availableWidth, this.view.diagramWidth));
        else if (zoom === 'fitMap') this.setZoom(fitWholeZoom(this.view.availableWidth, this.view.availableHeight, this.view.diagramWidth, this.view.diagramHeight));
    }

    private draw(model: DiagramModel): void {
        this.attach(this.view.render(model, { ...this.layoutOptions, foldable: true, expanded: this.expanded }));
    }

    private attach({ elements, links, mirrors }: RenderResult): void {
        this.elements = elements;
        this.selection.attach(elements, links, mirrors);
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
        this.toolbar.update(this.model, this.toolbarState);
    }

    /** Scroll events come many per frame: the work is done once per frame, the saving once scrolling pauses. */
    private onScroll(): void {
        if (this.scrollFrame) return;
        this.scrollFrame = requestAnimationFrame(() => {
            this.scrollFrame = 0;
            this.toolbar.phases.showCurrent(this.view.onScroll());
            this.rememberScroll();
            clearTimeout(this.saveTimer);
            this.saveTimer = setTimeout(() => this.save(), SAVE_SCROLL_AFTER_MS);
        });
    }

    private rememberScroll(): void {
        // Until its saved offsets are applied, the area still shows another drawing (or none).
        if (this.restoreScroll || !this.model) return;
        this.current.scrollX = Math.round(this.view.scrollArea.scrollLeft);
        this.current.scrollY = Math.round(this.view.scrollArea.scrollTop);
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
        this.host.setState({
            uri: this.uri, hiddenRows: [...this.hiddenRows], legend: this.legend, foldedPersonas: [...this.foldedPersonas],
            documents: this.documents.toJSON(),
        });
    }
}

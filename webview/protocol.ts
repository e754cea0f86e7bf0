// Messages between the extension and the diagram webview. Both sides import this.
import type { DiagramModel } from '../diagram-core/model.js';
import type { RowKey } from '../diagram-core/layout-types.js';

/** A file without journeys that defines personas, channels or departments for others to import: how many of each. */
export interface SharedDefinitions { personas: number; channels: number; departments: number }

/** journey.preview.defaultZoom: the zoom of a document the preview has not shown before. */
export const DEFAULT_ZOOMS = ['100%', 'fitWidth', 'fitMap'] as const;
export type DefaultZoom = typeof DEFAULT_ZOOMS[number];

/** Extension → webview. */
export type ToWebview =
    | {
        type: 'diagram'; uri: string; fileName: string; model?: DiagramModel; errors: number; stale: boolean; shared?: SharedDefinitions;
        defaultZoom?: DefaultZoom;
    }
    /** The element under the text cursor; `reveal` scrolls it into view when it is off screen (journey.preview.followCursor). */
    | { type: 'highlight'; elementId?: string; reveal?: boolean };

/** Webview → extension. */
export type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; elementId: string }
    | { type: 'export'; format: 'svg' | 'png'; data: string }
    | { type: 'copySvg'; svg: string }
    | { type: 'error'; message: string };

/** How one document was last looked at: zoom, scroll offsets (pixels at that zoom) and persona filter. */
export interface DocumentView {
    zoom: number;
    scrollX: number;
    scrollY: number;
    persona?: string;
}

/** What the webview keeps across reloads (vscode.setState) and the serializer reads back. */
export interface WebviewState {
    uri?: string;
    hiddenRows?: RowKey[];
    /** Per document URI, the most recently shown last. */
    documents?: Record<string, DocumentView>;
    /** Before views were kept per document: the zoom and persona of `uri`. Read once, never written. */
    zoom?: number;
    persona?: string;
    /** Whether the legend of marks is shown under the map. */
    legend?: boolean;
    /** Ids of the persona cards folded. */
    foldedPersonas?: string[];
}

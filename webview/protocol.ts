// Messages between the extension and the diagram webview. Both sides import this.
import type { DiagramModel } from '../diagram-core/model.js';
import type { RowKey } from '../diagram-core/layout-types.js';

/** A file without journeys that defines personas, channels or departments for others to import: how many of each. */
export interface SharedDefinitions { personas: number; channels: number; departments: number }

/** Extension → webview. */
export type ToWebview =
    | { type: 'diagram'; uri: string; fileName: string; model?: DiagramModel; errors: number; stale: boolean; shared?: SharedDefinitions }
    | { type: 'highlight'; elementId?: string };

/** Webview → extension. */
export type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; elementId: string }
    | { type: 'export'; format: 'svg' | 'png'; data: string }
    | { type: 'copySvg'; svg: string }
    | { type: 'error'; message: string };

/** What the webview keeps across reloads (vscode.setState) and the serializer reads back. */
export interface WebviewState {
    uri?: string;
    zoom?: number;
    persona?: string;
    hiddenRows?: RowKey[];
    /** Whether the legend of marks is shown under the map. */
    legend?: boolean;
    /** Ids of the persona cards folded. */
    foldedPersonas?: string[];
}

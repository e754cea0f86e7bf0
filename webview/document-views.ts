// Zoom, scroll and persona filter remembered per document, so switching editors
// or reloading the window brings each map back as it was left. The oldest
// documents are forgotten first, which keeps the saved state small.
import type { DocumentView, WebviewState } from './protocol.js';
import { clampZoom } from './zoom.js';

const MAX_DOCUMENTS = 30;

export const defaultView = (): DocumentView => ({ zoom: 1, scrollX: 0, scrollY: 0 });

export class DocumentViews {
    private readonly views = new Map<string, DocumentView>();

    /** Reads the saved state; a state saved before views were per document gives its zoom and persona to `uri`. */
    constructor(saved: WebviewState | undefined) {
        const documents = saved?.documents;
        if (documents && typeof documents === 'object') {
            for (const [uri, view] of Object.entries(documents)) {
                const valid = validView(view);
                if (valid) this.views.set(uri, valid);
            }
        } else if (typeof saved?.uri === 'string' && (typeof saved.zoom === 'number' || typeof saved.persona === 'string')) {
            this.views.set(saved.uri, { ...defaultView(), zoom: clampZoom(saved.zoom ?? 1), persona: typeof saved.persona === 'string' ? saved.persona : undefined });
        }
        this.trim();
    }

    /** Whether `uri` was shown before (its view is remembered). */
    has(uri: string): boolean {
        return this.views.has(uri);
    }

    /** The view of `uri`, remembered from before or fresh; it becomes the most recent one. */
    open(uri: string): DocumentView {
        const view = this.views.get(uri) ?? defaultView();
        this.views.delete(uri);
        this.views.set(uri, view);
        this.trim();
        return view;
    }

    toJSON(): Record<string, DocumentView> {
        return Object.fromEntries([...this.views].map(([uri, view]) => [uri, { ...view }]));
    }

    private trim(): void {
        for (const uri of this.views.keys()) {
            if (this.views.size <= MAX_DOCUMENTS) break;
            this.views.delete(uri);
        }
    }
}

function validView(value: unknown): DocumentView | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const v = value as Partial<Record<keyof DocumentView, unknown>>;
    const number = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0);
    return {
        zoom: clampZoom(typeof v.zoom === 'number' ? v.zoom : 1),
        scrollX: number(v.scrollX),
        scrollY: number(v.scrollY),
        persona: typeof v.persona === 'string' ? v.persona : undefined,
    };
}

// Zoom levels and gestures. The diagram is scaled through the SVG's width and
// height (its viewBox stays), so text stays sharp and the scroll area has the
// real size of what is shown.
import { isTyping } from './dom.js';

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const STEPS = [0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];

export const clampZoom = (zoom: number) =>
    Number.isFinite(zoom) ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 1000) / 1000)) : 1;

export const zoomIn = (zoom: number) => STEPS.find(step => step > zoom + 0.001) ?? MAX_ZOOM;
export const zoomOut = (zoom: number) => [...STEPS].reverse().find(step => step < zoom - 0.001) ?? MIN_ZOOM;

/** The zoom at which a diagram `width` wide fills `available` pixels. */
export const fitWidthZoom = (available: number, width: number) => clampZoom(width > 0 ? available / width : 1);

export const zoomPercent = (zoom: number) => `${Math.round(zoom * 100)}%`;

/** A point of the scroll area (client coordinates) to keep in place while zooming. */
export interface ZoomAnchor { clientX: number; clientY: number }

export interface ZoomGestureTarget {
    readonly zoom: number;
    setZoom(zoom: number, anchor?: ZoomAnchor): void;
}

/** Ctrl/Cmd + wheel over the diagram, and the keys + (or =), - and 0 anywhere outside form fields. */
export function installZoomGestures(scrollArea: HTMLElement, target: ZoomGestureTarget): void {
    scrollArea.addEventListener('wheel', event => {
        if (!event.ctrlKey && !event.metaKey) return;
        event.preventDefault();
        const delta = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
        target.setZoom(target.zoom * Math.exp(-delta * 0.002), { clientX: event.clientX, clientY: event.clientY });
    }, { passive: false });
    document.addEventListener('keydown', event => {
        if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
        const next = event.key === '+' || event.key === '=' ? zoomIn(target.zoom)
            : event.key === '-' || event.key === '_' ? zoomOut(target.zoom)
                : event.key === '0' ? 1 : undefined;
        if (next === undefined) return;
        event.preventDefault();
        target.setZoom(next);
    });
}

/** The zoom at which the whole diagram (`width` × `height`) fits in `available` pixels. */
export const fitWholeZoom = (availableWidth: number, availableHeight: number, width: number, height: number) =>
    clampZoom(width > 0 && height > 0 ? Math.min(availableWidth / width, availableHeight / height) : 1);

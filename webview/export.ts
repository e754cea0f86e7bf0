// Export and copy: a self-contained SVG in the editor's light or dark palette,
// or a PNG drawn from that SVG at twice the diagram's size.
import type { ThemeName } from '../diagram-core/diagram-style.js';
import type { LayoutOptions } from '../diagram-core/layout-types.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { diagramToSvg } from '../diagram-core/standalone-svg.js';

export const PNG_SCALE = 2;
/** Chromium's limits for a canvas: a side of 32,767 pixels, and about 268 million pixels in all. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_000_000;

/** 'dark' for dark and high-contrast dark themes, 'light' for light and high-contrast light ones. */
export function themeKind(body: HTMLElement = document.body): ThemeName {
    const classes = body.classList;
    if (classes.contains('vscode-high-contrast-light')) return 'light';
    return classes.contains('vscode-dark') || classes.contains('vscode-high-contrast') ? 'dark' : 'light';
}

export function exportSvg(model: DiagramModel, options: LayoutOptions): string {
    // Exports carry the legend when the preview shows it; folding is for the preview only.
    return diagramToSvg(model, themeKind(), { persona: options.persona, hiddenRows: options.hiddenRows, legend: options.legend });
}

/** A `data:image/png;base64,…` URL of the SVG drawn at PNG_SCALE (less if the canvas would be too big). */
export async function svgToPng(svg: string): Promise<string> {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const { naturalWidth: width, naturalHeight: height } = image;
        if (!width || !height) throw new Error('the diagram image has no size');
        const scale = Math.min(PNG_SCALE, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(width * scale);
        canvas.height = Math.floor(height * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas available');
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        const data = canvas.toDataURL('image/png');
        if (!data.startsWith('data:image/png;base64,')) throw new Error('the diagram is too large for a PNG image');
        return data;
    } finally {
        URL.revokeObjectURL(url);
    }
}

// Downloads: the text as .journey, and the diagram as `journey render` draws it:
// the light palette, an SVG without the legend and a PNG with it (the CLI's defaults).
import type { DiagramModel } from '../diagram-core/model.js';
import { diagramToSvg } from '../diagram-core/standalone-svg.js';
import { t } from '../language-server/l10n.js';
import { pngRenderer } from './png.js';

export type DownloadFormat = 'journey' | 'svg' | 'png';

const TYPES: Record<DownloadFormat, string> = { journey: 'text/plain', svg: 'image/svg+xml', png: 'image/png' };

export async function download(format: DownloadFormat, text: string, model: DiagramModel | undefined): Promise<void> {
    const name = fileName(model);
    if (format === 'journey') return save(`${name}.journey`, text, format);
    if (!model) throw new Error(t('There is no diagram to download yet: fix the errors in the journey first.'));
    if (format === 'svg') return save(`${name}.svg`, diagramToSvg(model, 'light', { legend: false }), format);
    const render = await pngRenderer();
    save(`${name}.png`, await render(diagramToSvg(model, 'light', { legend: true })), format);
}

/** An export from the diagram's toolbar (the view as shown: persona, rows, legend): SVG text or a PNG data URL. */
export function saveExport(format: 'svg' | 'png', data: string, model: DiagramModel | undefined): void {
    // Decoded here: the CSP lets the page fetch nothing, not even a data: URL.
    const content = format === 'svg' ? data : Uint8Array.from(atob(data.slice(data.indexOf(',') + 1)), ch => ch.charCodeAt(0));
    save(`${fileName(model)}.${format}`, content, format);
}

/** The journey's id as the file name (ids are letters, digits, `_` and `-`). */
function fileName(model: DiagramModel | undefined): string {
    const id = model?.name ?? '';
    return /^[\w-]+$/.test(id) ? id : 'journey';
}

function save(name: string, content: string | Uint8Array<ArrayBuffer>, format: DownloadFormat): void {
    const url = URL.createObjectURL(new Blob([content], { type: TYPES[format] }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

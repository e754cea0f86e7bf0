// Saves an exported diagram (SVG text or a PNG data URL) where the user chooses.
import { Uri, l10n, window, workspace } from 'vscode';
import { baseName, fileName } from './uri-names.js';

export async function saveExport(source: Uri, format: 'svg' | 'png', data: string): Promise<void> {
    const target = await window.showSaveDialog({
        defaultUri: Uri.joinPath(source, '..', `${baseName(source)}.${format}`),
        filters: format === 'svg' ? { [l10n.t('SVG image')]: ['svg'] } : { [l10n.t('PNG image')]: ['png'] },
        saveLabel: l10n.t('Export {0}', format.toUpperCase()),
    });
    if (!target) return;
    await workspace.fs.writeFile(target, format === 'svg' ? new TextEncoder().encode(data) : pngBytes(data));
    void window.showInformationMessage(l10n.t('Journey diagram saved to {0}', fileName(target)));
}

/** The bytes of a `data:image/png;base64,…` URL (atob: the same in Node and the browser). */
function pngBytes(dataUrl: string): Uint8Array {
    return Uint8Array.from(atob(dataUrl.replace(/^data:image\/png;base64,/, '')), char => char.charCodeAt(0));
}

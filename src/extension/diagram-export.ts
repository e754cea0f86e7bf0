// Saves an exported diagram (SVG text or a PNG data URL) where the user chooses.
import * as path from 'node:path';
import { Uri, l10n, window, workspace } from 'vscode';

export async function saveExport(source: Uri, format: 'svg' | 'png', data: string): Promise<void> {
    const base = path.basename(source.fsPath, path.extname(source.fsPath));
    const target = await window.showSaveDialog({
        defaultUri: Uri.joinPath(source, '..', `${base}.${format}`),
        filters: format === 'svg' ? { [l10n.t('SVG image')]: ['svg'] } : { [l10n.t('PNG image')]: ['png'] },
        saveLabel: l10n.t('Export {0}', format.toUpperCase()),
    });
    if (!target) return;
    const bytes = format === 'svg'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.replace(/^data:image\/png;base64,/, ''), 'base64');
    await workspace.fs.writeFile(target, bytes);
    void window.showInformationMessage(l10n.t('Journey diagram saved to {0}', path.basename(target.fsPath)));
}

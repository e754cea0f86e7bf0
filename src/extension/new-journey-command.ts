// "Journey: New Journey…": the phase model, the kind and the title, then a file
// (or an untitled document when no folder is open), filled with the template
// `journey new` writes. The server makes the text (`journey/newJourney`), so both
// write the same journey. Only vscode.workspace.fs: no Node APIs, so it also runs on the web.
import { Uri, ViewColumn, commands, l10n, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DEFAULT_MODEL, KIND_MEANINGS, KIND_NAMES, KINDS, type Kind } from '../../language-server/journey-kinds.js';
import { PHASE_MODELS } from '../../language-server/phase-models.js';
import { NewJourneyRequest, type NewJourneyResult } from '../../language-server/protocol.js';

export const NEW_JOURNEY_COMMAND = 'journey.newJourney';

export function registerNewJourneyCommand(context: ExtensionContext, client: BaseLanguageClient): void {
    context.subscriptions.push(commands.registerCommand(NEW_JOURNEY_COMMAND, () => newJourney(client)));
}

async function newJourney(client: BaseLanguageClient): Promise<void> {
    const model = await pickModel();
    if (!model) return;
    const kind = await pickKind(model);
    if (!kind) return;
    const title = await window.showInputBox({
        title: l10n.t('New Journey (3/3): title'),
        prompt: l10n.t('The journey\'s title, as the map shows it'),
        placeHolder: l10n.t('Buying a bike'),
        validateInput: value => (value.trim() ? undefined : l10n.t('Give the journey a title, such as "Buying a bike".')),
    });
    if (title === undefined) return;
    const made: NewJourneyResult = await client.sendRequest(NewJourneyRequest, { kind, model, title });
    const document = await createDocument(made);
    if (!document) return;
    await window.showTextDocument(document, { viewColumn: ViewColumn.Active });
    await commands.executeCommand('journey.showPreviewToSide', document.uri);
}

async function pickModel(): Promise<string | undefined> {
    const items = PHASE_MODELS.map(model => ({
        label: model.title,
        description: model.key === '5' ? l10n.t('{0} phases, the usual start', model.phases.length) : l10n.t('{0} phases', model.phases.length),
        detail: model.phases.map(phase => phase.label).join(' → '),
        key: model.key,
    }));
    const picked = await window.showQuickPick(items, {
        title: l10n.t('New Journey (1/3): phase model'), placeHolder: l10n.t('The phases of the journey, from a standard model'), matchOnDetail: true,
    });
    return picked?.key;
}

/** The kinds; after the day model, a day in the life comes first. */
async function pickKind(model: string): Promise<Kind | undefined> {
    const kinds = model === DEFAULT_MODEL.day ? ['day' as const, ...KINDS.filter(kind => kind !== 'day')] : KINDS;
    const items = kinds.map(kind => ({ label: KIND_NAMES[kind], description: `kind ${kind}`, detail: KIND_MEANINGS[kind], mapKind: kind }));
    const picked = await window.showQuickPick(items, { title: l10n.t('New Journey (2/3): kind of map'), placeHolder: l10n.t('What the map shows') });
    return picked?.mapKind;
}

/** The new file, after the save dialog; an untitled document when no folder is open. */
async function createDocument({ id, text }: NewJourneyResult): Promise<TextDocument | undefined> {
    const folder = (window.activeTextEditor && workspace.getWorkspaceFolder(window.activeTextEditor.document.uri))
        ?? workspace.workspaceFolders?.[0];
    if (!folder) return workspace.openTextDocument({ language: 'journey', content: text });
    const uri = await window.showSaveDialog({
        title: l10n.t('New Journey: save as'),
        defaultUri: Uri.joinPath(folder.uri, `${id}.journey`),
        filters: { [l10n.t('Journey')]: ['journey'] },
        saveLabel: l10n.t('Create'),
    });
    if (!uri) return undefined;
    // Only .journey files are checked and imported: keep the extension whatever name was typed.
    const file = uri.path.endsWith('.journey') ? uri : uri.with({ path: `${uri.path}.journey` });
    await workspace.fs.writeFile(file, new TextEncoder().encode(text));
    return workspace.openTextDocument(file);
}

// "Journey: Compare with…": what changed in the active journey since a git
// revision, in journey terms. The extension reads the old text with git; the
// language server diffs it with the current text (`journey/diff`) and returns
// Markdown, shown in VS Code's Markdown preview.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Uri, commands, l10n, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DiffRequest } from '../../language-server/protocol.js';

const execFileAsync = promisify(execFile);

export function registerCompareCommand(context: ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(commands.registerCommand('journey.compareWith', (uri?: Uri) => compareWith(context, client, uri)));
}

async function compareWith(context: ExtensionContext, client: LanguageClient, uri?: Uri): Promise<void> {
    const document = uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
    if (!document || document.languageId !== 'journey') {
        void window.showWarningMessage(l10n.t('Open a .journey file to compare it with a git revision.'));
        return;
    }
    if (document.uri.scheme !== 'file') {
        void window.showWarningMessage(l10n.t('Save the journey in a git repository to compare it with a revision.'));
        return;
    }
    const input = await window.showInputBox({
        title: l10n.t('Journey: Compare with…'),
        prompt: l10n.t('Compare with which git revision? A branch, a tag, a commit, HEAD~1…'),
        value: 'HEAD',
        validateInput: value => (value.trim() ? undefined : l10n.t('Give a revision, such as HEAD or main.')),
    });
    if (input === undefined) return;
    const revision = input.trim();
    const old = await textAtRevision(document, revision);
    if ('problem' in old) {
        void window.showErrorMessage(old.problem);
        return;
    }
    try {
        const { markdown } = await client.sendRequest(DiffRequest, { uri: document.uri.toString(), oldText: old.text, oldLabel: revision });
        const name = `${path.basename(document.uri.fsPath, '.journey')}-vs-${revision.replace(/[^\w.-]+/g, '_')}.md`;
        const folder = Uri.joinPath(context.globalStorageUri, 'compare');
        await workspace.fs.createDirectory(folder);
        const file = Uri.joinPath(folder, name);
        await workspace.fs.writeFile(file, new TextEncoder().encode(markdown));
        await commands.executeCommand('markdown.showPreview', file);
    } catch (error) {
        void window.showErrorMessage(l10n.t('Could not compare with {0}: {1}', revision, error instanceof Error ? error.message : String(error)));
    }
}

async function git(cwd: string, args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}

/** The file's text at `revision`: empty when the file did not exist then; a problem to show when git cannot tell. */
async function textAtRevision(document: TextDocument, revision: string): Promise<{ text: string } | { problem: string }> {
    const folder = path.dirname(document.uri.fsPath);
    const name = path.basename(document.uri.fsPath);
    try {
        await git(folder, ['rev-parse', '--is-inside-work-tree']);
    } catch (error) {
        return (error as { code?: unknown }).code === 'ENOENT'
            ? { problem: l10n.t('Git is not installed (or not on the PATH): it is needed to compare with a revision.') }
            : { problem: l10n.t('{0} is not in a git repository: there is no revision to compare it with.', name) };
    }
    try {
        await git(folder, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
    } catch {
        return { problem: l10n.t("There is no revision '{0}' in this repository (try HEAD, a branch, a tag or a commit).", revision) };
    }
    try {
        // `REV:./name` is relative to the cwd, so symlinked folders need no repository-relative path.
        return { text: await git(folder, ['show', `${revision}:./${name}`]) };
    } catch {
        void window.showInformationMessage(l10n.t('{0} did not exist in {1}: everything in it is new.', name, revision));
        return { text: '' };
    }
}

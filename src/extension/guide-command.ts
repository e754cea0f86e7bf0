// "Journey: Open the Language Guide": the guide shipped in the extension, in VS Code's
// Markdown preview, so it reads offline and its links between sections work.
import { Uri, commands, type ExtensionContext } from 'vscode';

export const OPEN_GUIDE_COMMAND = 'journey.openGuide';

export function registerGuideCommand(context: ExtensionContext): void {
    context.subscriptions.push(commands.registerCommand(OPEN_GUIDE_COMMAND, () =>
        commands.executeCommand('markdown.showPreview', Uri.joinPath(context.extensionUri, 'LANGUAGE-GUIDE.md'))));
}

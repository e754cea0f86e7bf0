// Commands that need a disk or git are hidden in the browser (the `journey.web`
// context key in package.json); run anyway (a keybinding, a link), they say why not.
import { commands, l10n, window, type ExtensionContext } from 'vscode';

export function registerDesktopOnlyCommands(context: ExtensionContext): void {
    void commands.executeCommand('setContext', 'journey.web', true);
    context.subscriptions.push(commands.registerCommand('journey.compareWith', () =>
        window.showInformationMessage(l10n.t('Compare with… needs VS Code on the desktop: it reads git history.'))));
}

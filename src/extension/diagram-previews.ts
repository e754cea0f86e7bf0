// Commands and lifecycle of the journey preview: open it, keep it following the
// active journey editor, show each diagram the server sends as the text changes,
// and bring it back after a window reload (webview serializer).
import { Uri, ViewColumn, commands, l10n, window, type ExtensionContext, type TextEditor, type WebviewPanel } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DiagramChangedNotification } from '../../language-server/protocol.js';
import type { WebviewState } from '../../webview/protocol.js';
import { DIAGRAM_VIEW_TYPE, DiagramPanel } from './diagram-panel.js';

export class DiagramPreviews {
    private panel: DiagramPanel | undefined;

    constructor(private readonly context: ExtensionContext, private readonly client: BaseLanguageClient) {
        context.subscriptions.push(
            commands.registerCommand('journey.showPreviewToSide', (uri?: Uri) => this.open(uri, ViewColumn.Beside)),
            commands.registerCommand('journey.showPreview', (uri?: Uri) => this.open(uri, ViewColumn.Active)),
            window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel: WebviewPanel, state: WebviewState | undefined) => this.revive(panel, state),
            }),
            window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            client.onNotification(DiagramChangedNotification, result => this.panel?.receive(result)),
        );
    }

    private open(uri: Uri | undefined, column: ViewColumn): void {
        const target = uri ?? activeJourney(window.activeTextEditor);
        if (!target) {
            void window.showWarningMessage(l10n.t('Open a .journey file to preview its diagram.'));
            return;
        }
        if (this.panel) {
            this.panel.show(target);
            this.panel.panel.reveal(column, true);
            return;
        }
        const panel = window.createWebviewPanel(DIAGRAM_VIEW_TYPE, l10n.t('Journey preview'), { viewColumn: column, preserveFocus: true }, {
            enableScripts: true, localResourceRoots: [Uri.joinPath(this.context.extensionUri, 'dist', 'webview')],
        });
        this.attach(panel, target);
    }

    private revive(panel: WebviewPanel, state: WebviewState | undefined): void {
        const uri = state?.uri ? Uri.parse(state.uri) : activeJourney(window.activeTextEditor);
        if (!uri) {
            panel.dispose();
            return;
        }
        this.panel?.dispose();
        this.attach(panel, uri);
    }

    private attach(panel: WebviewPanel, uri: Uri): void {
        this.panel = new DiagramPanel(this.context, this.client, panel, uri, () => { this.panel = undefined; });
    }

    private follow(editor: TextEditor | undefined): void {
        const uri = activeJourney(editor);
        if (uri && this.panel) this.panel.show(uri);
    }
}

function activeJourney(editor: TextEditor | undefined): Uri | undefined {
    return editor?.document.languageId === 'journey' ? editor.document.uri : undefined;
}

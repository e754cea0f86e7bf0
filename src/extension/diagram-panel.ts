// The journey preview: one webview panel that shows the diagram of a journey
// file, follows the active journey editor, and links diagram and text both ways.
import {
    Disposable, Range, env, l10n, Selection, TextEditorRevealType, Uri, ViewColumn, window, workspace,
    type ExtensionContext, type TextEditor, type WebviewPanel,
} from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { rangeOfElement } from '../../diagram-core/element-at.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { DiagramRequest, type DiagramResult } from '../../language-server/protocol.js';
import type { DefaultZoom, FromWebview, ToWebview } from '../../webview/protocol.js';
import { CursorFollower } from './cursor-follow.js';
import { saveExport } from './diagram-export.js';
import { fileName } from './uri-names.js';
import { webviewHtml } from './webview-html.js';

export const DIAGRAM_VIEW_TYPE = 'journey.diagram';

/** journey.preview.followCursor: scroll the preview to the element under the cursor (on by default). */
const followCursor = () => workspace.getConfiguration('journey.preview').get<boolean>('followCursor', true);
/** journey.preview.defaultZoom: how a document the preview has not shown before is zoomed. */
const defaultZoom = () => workspace.getConfiguration('journey.preview').get<DefaultZoom>('defaultZoom', '100%');

export class DiagramPanel {
    private readonly disposables: Disposable[] = [];
    private model: DiagramModel | undefined;
    private ready = false;
    private refreshing: Promise<void> | undefined;
    private refreshAgain = false;
    private readonly follower = new CursorFollower(elementId => this.post({ type: 'highlight', elementId, reveal: followCursor() }));

    constructor(
        context: ExtensionContext,
        private readonly client: BaseLanguageClient,
        readonly panel: WebviewPanel,
        private uri: Uri,
        private readonly onDispose: () => void,
    ) {
        const root = Uri.joinPath(context.extensionUri, 'dist', 'webview');
        panel.webview.options = { enableScripts: true, localResourceRoots: [root] };
        panel.webview.html = webviewHtml(panel.webview, {
            script: Uri.joinPath(root, 'diagram.js'), style: Uri.joinPath(root, 'diagram.css'),
        }, env.language);
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
            panel.onDidDispose(() => this.dispose()),
            window.onDidChangeTextEditorSelection(event => this.onSelection(event.textEditor)),
        );
    }

    get documentUri(): Uri {
        return this.uri;
    }

    /** Shows another journey file (the preview follows the active editor). */
    show(uri: Uri): void {
        if (uri.toString() === this.uri.toString()) return;
        this.uri = uri;
        this.model = undefined;
        this.follower.reset();
        this.updateTitle();
        void this.refresh();
    }

    /** Asks the server for the current diagram; coalesces calls made while one is running. */
    async refresh(): Promise<void> {
        if (!this.ready) return;
        if (this.refreshing) {
            this.refreshAgain = true;
            return this.refreshing;
        }
        this.refreshing = this.fetchAndPost().finally(() => { this.refreshing = undefined; });
        await this.refreshing;
        if (this.refreshAgain) {
            this.refreshAgain = false;
            await this.refresh();
        }
    }

    private async fetchAndPost(): Promise<void> {
        const uri = this.uri;
        const result = await this.client.sendRequest(DiagramRequest, { uri: uri.toString() });
        if (uri === this.uri) this.receive(result);
    }

    /** Shows a diagram the server sent or returned, when it is of the file on show. */
    receive(result: DiagramResult): void {
        if (!this.ready || result.uri !== this.uri.toString()) return;
        this.model = result.model;
        this.post({ type: 'diagram', uri: result.uri, fileName: fileName(this.uri), model: result.model, errors: result.errors, stale: result.stale, shared: result.shared, defaultZoom: defaultZoom() });
        this.follower.modelChanged(result.model, this.editor()?.selection.active);
    }

    /** The editor of this document: the active one if it shows it, else a visible one. */
    private editor(): TextEditor | undefined {
        const uri = this.uri.toString();
        const active = window.activeTextEditor;
        return active?.document.uri.toString() === uri ? active : window.visibleTextEditors.find(e => e.document.uri.toString() === uri);
    }

    private post(message: ToWebview): void {
        void this.panel.webview.postMessage(message);
    }

    private async onMessage(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                await this.refresh();
                break;
            case 'reveal':
                await this.reveal(message.elementId);
                break;
            case 'export':
                await saveExport(this.uri, message.format, message.data);
                break;
            case 'copySvg':
                await env.clipboard.writeText(message.svg);
                void window.setStatusBarMessage(l10n.t('Journey diagram copied as SVG'), 3000);
                break;
            case 'error':
                void window.showErrorMessage(l10n.t('Journey preview: {0}', message.message));
                break;
        }
    }

    private async reveal(elementId: string): Promise<void> {
        const range = this.model && rangeOfElement(this.model, elementId);
        if (!range) return;
        const document = await workspace.openTextDocument(this.uri);
        const visible = window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
        const editor = await window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? ViewColumn.One, preserveFocus: false });
        const selection = new Range(range.start.line, range.start.character, range.end.line, range.end.character);
        // Active end at the start: the cursor sits on the element, so the preview keeps it highlighted.
        editor.selection = new Selection(selection.end, selection.start);
        editor.revealRange(selection, TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private onSelection(editor: TextEditor): void {
        if (editor.document.uri.toString() !== this.uri.toString()) return;
        const { line, character } = editor.selection.active;
        this.follower.cursorMoved({ line, character });
    }

    private updateTitle(): void {
        this.panel.title = l10n.t('Preview {0}', fileName(this.uri));
    }

    dispose(): void {
        this.onDispose();
        while (this.disposables.length) this.disposables.pop()!.dispose();
        this.panel.dispose();
    }
}

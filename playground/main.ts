// The playground page: Monaco with the journey language server in a web worker on
// the left, the preview's diagram app (webview/) on the right. The text and the view
// go into the URL fragment as they change, so the address is always a share link.
import { DOCUMENT_URI, opening, session } from './boot.js';
import { AddressLink } from './address.js';
import '../webview/styles.css';
import './playground.css';
import { rangeOfElement } from '../diagram-core/element-at.js';
import { t } from '../language-server/l10n.js';
import type { DiagramModel } from '../diagram-core/model.js';
import type { DiagramResult } from '../language-server/protocol.js';
import { CursorFollower } from '../src/extension/cursor-follow.js';
import { DiagramApp } from '../webview/app.js';
import { download, saveExport, type DownloadFormat } from './downloads.js';
import { PlaygroundHost } from './host.js';
import { LANGUAGE_ID, registerJourneyServices, registerJourneySyntax } from './language.js';
import { monaco } from './monaco.js';
import { buildControls } from './page.js';
import { problemsText } from './problems.js';
import { followDocument } from './session.js';
import { STARTERS } from './starters.js';
import { installEditorWorker } from './workers.js';

async function main(): Promise<void> {
    installEditorWorker();
    registerJourneySyntax();
    const shared = await opening;
    const textModel = monaco.editor.createModel(shared.text, LANGUAGE_ID, monaco.Uri.parse(DOCUMENT_URI));
    const editor = monaco.editor.create(byId('editor'), {
        model: textModel, automaticLayout: true, minimap: { enabled: false }, tabSize: 4, insertSpaces: true,
        detectIndentation: false, wordBasedSuggestions: 'off', fixedOverflowWidgets: true, 'semanticHighlighting.enabled': false,
    });
    let diagram: DiagramModel | undefined;
    const controls = buildControls(byId('controls'), STARTERS, {
        // An edit rather than setValue: Undo brings the text before back.
        start: starter => editor.executeEdits('journey-starter', [{ range: textModel.getFullModelRange(), text: starter.text() }]),
        share: () => void link.copy().then(say),
        download: format => void saveAs(format),
    });
    const say = (text: string) => { controls.status.textContent = text; };

    const host = new PlaygroundHost(shared.view, {
        reveal: elementId => revealElement(editor, diagram, elementId),
        save: (format, data) => saveExport(format, data, diagram),
        copy: text => void navigator.clipboard.writeText(text).then(() => say(t('Diagram copied as SVG')), () => say(t('Copying needs a page served over https or localhost'))),
        error: message => say(t('Preview: {0}', message)),
        stateChanged: () => link.schedule(),
    });
    const link = new AddressLink(() => textModel.getValue(), () => host.getState());
    const app = new DiagramApp(byId('diagram'), host);
    const follower = new CursorFollower(elementId => app.receive({ type: 'highlight', elementId, reveal: true }));
    const cursor = () => {
        const position = editor.getPosition();
        return position ? { line: position.lineNumber - 1, character: position.column - 1 } : undefined;
    };
    const show = (result: DiagramResult) => {
        diagram = result.model;
        app.receive({ type: 'diagram', uri: result.uri, fileName: 'journey.journey', model: result.model, errors: result.errors, stale: result.stale, shared: result.shared });
        follower.modelChanged(result.model, cursor());
        const version = Number(document.body.dataset.diagramVersion ?? 0) + 1;
        document.body.dataset.diagramVersion = String(version);
        if (version > 1) return;
        document.body.dataset.ready = 'true';
        // For bench/playground.bench.ts: the first diagram is in the page; its frame follows.
        requestAnimationFrame(() => performance.mark('playground:first-frame'));
    };

    async function saveAs(format: DownloadFormat): Promise<void> {
        try {
            await download(format, textModel.getValue(), diagram);
        } catch (error) {
            say(messageOf(error));
        }
    }

    const { client, capabilities, firstDiagram } = await session;
    registerJourneyServices(client, capabilities);
    textModel.onDidChangeContent(() => link.schedule());
    editor.onDidChangeCursorPosition(event => follower.cursorMoved({ line: event.position.lineNumber - 1, character: event.position.column - 1 }));
    // The notification sent when the text is linked usually comes before the request's answer: draw once.
    let notified = false;
    followDocument(client, textModel, shared.text, {
        diagram: result => { notified = true; show(result); },
        diagnostics: diagnostics => { controls.problems.textContent = problemsText(diagnostics); },
    });
    const first = await firstDiagram;
    if (!notified && first) show(first);
}

function revealElement(editor: monaco.editor.IStandaloneCodeEditor, diagram: DiagramModel | undefined, elementId: string): void {
    const range = diagram && rangeOfElement(diagram, elementId);
    if (!range) return;
    const selection = new monaco.Selection(range.end.line + 1, range.end.character + 1, range.start.line + 1, range.start.character + 1);
    // Active end at the start: the cursor sits on the element, so the diagram keeps it highlighted.
    editor.setSelection(selection);
    editor.revealRangeInCenterIfOutsideViewport(selection);
    editor.focus();
}

function byId(id: string): HTMLElement {
    const element = document.getElementById(id);
    if (!element) throw new Error(`the page has no #${id}`);
    return element;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

main().catch(error => {
    const status = document.querySelector('[role="status"]') ?? document.body;
    status.textContent = t('The playground could not start: {0}', messageOf(error));
});

// The playground page: Monaco with the journey language server in a web worker on
// the left, the preview's diagram app (webview/) on the right. The text and the view
// go into the URL fragment as they change, so the address is always a share link.
import { DOCUMENT_URI, opening, session } from './boot.js';
import '../webview/styles.css';
import './playground.css';
import { rangeOfElement } from '../diagram-core/element-at.js';
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
import { encodeShared } from './share.js';
import { STARTERS } from './starters.js';
import { installEditorWorker } from './workers.js';

/** How long typing must pause before the address is updated. */
const UPDATE_LINK_AFTER_MS = 400;

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
        start: starter => textModel.setValue(starter.text()),
        share: () => void shareLink(),
        download: format => void saveAs(format),
    });
    const say = (text: string) => { controls.status.textContent = text; };

    const host = new PlaygroundHost(shared.view, {
        reveal: elementId => revealElement(editor, diagram, elementId),
        save: (format, data) => saveExport(format, data, diagram),
        copy: text => void navigator.clipboard.writeText(text).then(() => say('Diagram copied as SVG'), () => say('Copying needs a page served over https or localhost')),
        error: message => say(`Preview: ${message}`),
        stateChanged: () => scheduleLinkUpdate(),
    });
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
        // For bench/playground.bench.ts: the first diagram is in the page; its frame follows.
        if (version === 1) requestAnimationFrame(() => performance.mark('playground:first-frame'));
    };

    let linkTimer: ReturnType<typeof setTimeout> | undefined;
    let writtenHash = location.hash;
    const updateLink = async () => {
        clearTimeout(linkTimer);
        writtenHash = `#${await encodeShared({ text: textModel.getValue(), view: host.getState() })}`;
        history.replaceState(null, '', writtenHash);
    };
    function scheduleLinkUpdate(): void {
        clearTimeout(linkTimer);
        linkTimer = setTimeout(() => void updateLink(), UPDATE_LINK_AFTER_MS);
    }
    async function shareLink(): Promise<void> {
        await updateLink();
        await navigator.clipboard.writeText(location.href).then(() => say('Link copied: it holds the whole journey, nothing is uploaded'),
            () => say('The address now holds the whole journey: copy it to share'));
    }
    async function saveAs(format: DownloadFormat): Promise<void> {
        try {
            await download(format, textModel.getValue(), diagram);
        } catch (error) {
            say(messageOf(error));
        }
    }
    // A link pasted into the address bar of this tab: open it as it would open in a new one.
    window.addEventListener('hashchange', () => { if (location.hash !== writtenHash) location.reload(); });

    const { client, capabilities, firstDiagram } = await session;
    registerJourneyServices(client, capabilities);
    textModel.onDidChangeContent(() => scheduleLinkUpdate());
    editor.onDidChangeCursorPosition(event => follower.cursorMoved({ line: event.position.lineNumber - 1, character: event.position.column - 1 }));
    // The notification sent when the text is linked usually comes before the request's answer: draw once.
    let notified = false;
    followDocument(client, textModel, shared.text, {
        diagram: result => { notified = true; show(result); },
        diagnostics: diagnostics => { controls.problems.textContent = problemsText(diagnostics); },
    });
    const first = await firstDiagram;
    if (!notified) show(first);
    document.body.dataset.ready = 'true';
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
    status.textContent = `The playground could not start: ${messageOf(error)}`;
});

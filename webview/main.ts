// Entry point of the diagram webview (bundled to dist/webview/diagram.js): builds
// the UI inside #app, restores the saved view state, and says `ready`.
import { DiagramApp, type WebviewHost } from './app.js';
import type { ToWebview } from './protocol.js';
import { setDiagramLanguage } from '../diagram-core/words.js';

declare function acquireVsCodeApi(): WebviewHost;

// The extension writes VS Code's display language into <html lang>: the preview speaks it too.
setDiagramLanguage(document.documentElement.lang);
const host = acquireVsCodeApi();
const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
const app = new DiagramApp(root, host);

window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string') {
        app.receive(message as ToWebview);
    }
});
host.postMessage({ type: 'ready' });

// The preview's HTML shell: a strict CSP with a fresh nonce; everything else is
// built by the webview script. Only our own constant CSS is inlined (nonce'd).
import type { Uri, Webview } from 'vscode';
import { DIAGRAM_CSS } from '../../diagram-core/diagram-style.js';

/** `language`: VS Code's display language (`env.language`), which the preview speaks. */
export function webviewHtml(webview: Webview, assets: { script: Uri; style: Uri }, language = 'en'): string {
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))));
    const csp = [
        "default-src 'none'",
        `style-src ${webview.cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${webview.cspSource} blob: data:`,
        `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${language.replace(/[^\w-]/g, '')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${webview.asWebviewUri(assets.style)}">
<style nonce="${nonce}">${DIAGRAM_CSS}</style>
<title>Journey preview</title>
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${webview.asWebviewUri(assets.script)}"></script>
</body>
</html>`;
}

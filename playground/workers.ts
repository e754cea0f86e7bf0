// The playground's two workers, started from Blob URLs of their inlined scripts:
// a page opened from file:// may not load a worker from a file URL, and a Blob URL
// needs no request.
import editorWorker from 'inline-worker:editor';
import serverWorker from 'inline-worker:server';

function startWorker(source: string, name: string): Worker {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url, { name });
    // Only the start reads the URL; the worker keeps running without it.
    worker.addEventListener('message', () => URL.revokeObjectURL(url), { once: true });
    return worker;
}

export const startLanguageServer = () => startWorker(serverWorker, 'journey-language-server');

/** Monaco asks for its editor worker (word ranges, link detection) through MonacoEnvironment. */
export function installEditorWorker(): void {
    (globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
        getWorker: () => startWorker(editorWorker, 'monaco-editor-worker'),
    };
}

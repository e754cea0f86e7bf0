// Starts the language server (dist/language-server-browser.js) in a web worker.
// vscode.dev and github.dev serve the extension over http(s), and a worker starts
// from that URL. code-server serves it as vscode-remote://, from which it refuses
// to start a worker ("Creating workers from remote extensions is currently not
// supported"): there the script is read through VS Code and started from a Blob URL.
import { Uri, workspace, type Disposable, type LogOutputChannel } from 'vscode';

// The DOM's Worker, as far as it is used here (the project compiles against Node's types).
declare const Worker: new (url: string, options?: { name?: string }) => object;

export interface ServerWorker extends Disposable { worker: object }

export async function startServerWorker(extensionUri: Uri, log: LogOutputChannel): Promise<ServerWorker> {
    const script = Uri.joinPath(extensionUri, 'dist', 'language-server-browser.js');
    const options = { name: 'Journey language server' };
    if (script.scheme === 'http' || script.scheme === 'https') {
        try {
            const worker = new Worker(script.toString(true), options);
            log.info(`language server: a web worker from ${script.toString(true)}`);
            return { worker, dispose: () => undefined };
        } catch (error) {
            log.info(`language server: cannot start from its URL (${String(error)}), starting from a Blob URL`);
        }
    }
    const bytes = await workspace.fs.readFile(script);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
    log.info(`language server: a web worker from a Blob URL of ${script.toString(true)} (${bytes.length} bytes)`);
    // The worker loads the script after this returns: the URL is revoked only when the extension stops.
    return { worker: new Worker(url, options), dispose: () => URL.revokeObjectURL(url) };
}

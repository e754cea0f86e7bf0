// A thin JSON-RPC client for the language server in a web worker: requests with
// ids, notifications both ways. The worker speaks plain JSON-RPC objects over
// postMessage (vscode-languageserver/browser), so this is all the playground needs.

type Handler = (params: unknown) => void;
interface Pending { resolve(value: unknown): void; reject(error: Error): void }
interface Message { id?: number | string; method?: string; params?: unknown; result?: unknown; error?: { message: string } }

export class LspClient {
    private nextId = 1;
    private readonly pending = new Map<number, Pending>();
    private readonly handlers = new Map<string, Handler>();
    /** Notifications that came before their handler: the server starts before the page is ready for them. */
    private readonly unheard = new Map<string, unknown[]>();

    constructor(private readonly worker: Worker) {
        worker.addEventListener('message', event => this.receive(event.data as Message));
    }

    request<R>(method: string, params: unknown): Promise<R> {
        const id = this.nextId++;
        return new Promise<R>((resolve, reject) => {
            this.pending.set(id, { resolve: value => resolve(value as R), reject });
            this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
        });
    }

    notify(method: string, params: unknown): void {
        this.worker.postMessage({ jsonrpc: '2.0', method, params });
    }

    onNotification(method: string, handler: Handler): void {
        this.handlers.set(method, handler);
        for (const params of this.unheard.get(method) ?? []) handler(params);
        this.unheard.delete(method);
    }

    private receive(message: Message): void {
        if (message.method !== undefined) {
            if (message.id !== undefined) {
                // A request from the server (e.g. workspace/configuration): nothing is configured here.
                this.worker.postMessage({ jsonrpc: '2.0', id: message.id, result: serverRequestResult(message) });
            } else {
                const handler = this.handlers.get(message.method);
                if (handler) handler(message.params);
                else this.unheard.set(message.method, [...(this.unheard.get(message.method) ?? []), message.params]);
            }
            return;
        }
        const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
        if (!pending) return;
        this.pending.delete(message.id as number);
        if (message.error) pending.reject(new Error(message.error.message));
        else pending.resolve(message.result);
    }
}

/** workspace/configuration wants one value per item asked for; other requests want nothing. */
function serverRequestResult(message: Message): unknown {
    if (message.method === 'workspace/configuration') {
        const items = (message.params as { items?: unknown[] } | undefined)?.items ?? [];
        return items.map(() => null);
    }
    return null;
}

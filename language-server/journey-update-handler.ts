// A change the preview has already drawn (a label edit, see quick-diagram.ts)
// waits briefly before its full build: while someone types a label, every
// keystroke is drawn from the tree linked before the burst, and the build (with
// the diagnostics) runs once at the pause. A change that is not drawn quickly
// builds at once, with any change still waiting. Every request waits for the
// state of the documents it reads (DocumentBuilder.waitUntil): a change still
// waiting is let in first, so no answer (formatting, a quick fix, a hover) is
// computed from the tree of before the burst against the text of after it.
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

export class JourneyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    /** Set by the preview: draws a change at once when it can, and says whether it did. */
    drawQuickly: (document: TextDocument) => boolean = () => false;
    /** How long the build waits after the last quick change, and at most after the first one of a burst (milliseconds). */
    quietPeriod = 250;
    longestWait = 2000;
    private readonly waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();

    constructor(services: LangiumSharedServices) {
        super(services);
        const builder = this.documentBuilder;
        const waitUntil = builder.waitUntil.bind(builder) as (...args: unknown[]) => Promise<unknown>;
        // Langium has no seam before a request reads a document; this wrapper is that seam.
        builder.waitUntil = (async (...args: unknown[]) => {
            await Promise.all([...this.waiting.keys()].map(uri => this.buildNow(uri)));
            return waitUntil(...args);
        }) as typeof builder.waitUntil;
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(change.document.uri).toString();
        const waiting = this.waiting.get(uri);
        if (waiting) clearTimeout(waiting.timer);
        if (!this.drawQuickly(change.document)) {
            this.waiting.delete(uri);
            super.didChangeContent(change);
            return;
        }
        const since = waiting?.since ?? Date.now();
        const wait = Math.max(0, Math.min(this.quietPeriod, since + this.longestWait - Date.now()));
        this.waiting.set(uri, { since, timer: setTimeout(() => void this.buildNow(uri), wait) });
    }

    /** Starts the build of a change that is waiting, if any. Resolves once the build has taken the change in (the document is no longer built). */
    async buildNow(uri: string): Promise<void> {
        const waiting = this.waiting.get(uri);
        if (!waiting) return;
        clearTimeout(waiting.timer);
        this.waiting.delete(uri);
        await this.workspaceManager.ready;
        await new Promise<void>(resolve => {
            // The update marks the document changed (and announces it) before it can be cancelled.
            const listener = this.documentBuilder.onUpdate(changed => {
                if (!changed.some(u => u.toString() === uri)) return;
                listener.dispose();
                resolve();
            });
            void this.workspaceLock.write(token => this.documentBuilder.update([URI.parse(uri)], [], token));
        });
    }
}

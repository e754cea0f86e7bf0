// A change the preview has already drawn (a label edit, see quick-diagram.ts)
// waits briefly before its full build: while someone types a label, every
// keystroke is drawn from the tree linked before the burst, and the build (with
// the diagnostics) runs once at the pause. A change that is not drawn quickly
// builds at once, with any change still waiting.
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

export class JourneyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    /** Set by the preview: draws a change at once when it can, and says whether it did. */
    drawQuickly: (document: TextDocument) => boolean = () => false;
    /** How long the build waits after the last quick change, and at most after the first one of a burst (milliseconds). */
    quietPeriod = 250;
    longestWait = 2000;
    private readonly waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();

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

    /** Starts the build of a change that is waiting, if any: before someone asks for the document as it is now. Resolves once the build is queued. */
    async buildNow(uri: string): Promise<void> {
        const waiting = this.waiting.get(uri);
        if (!waiting) return;
        clearTimeout(waiting.timer);
        this.waiting.delete(uri);
        await this.workspaceManager.ready;
        void this.workspaceLock.write(token => this.documentBuilder.update([URI.parse(uri)], [], token));
    }
}

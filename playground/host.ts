// The diagram app's host in the playground, in place of VS Code's webview API: the
// view state lives in memory (and goes into share links), exports are downloads,
// "reveal in text" moves the editor's cursor.
import type { WebviewHost } from '../webview/app.js';
import type { FromWebview, WebviewState } from '../webview/protocol.js';

export interface HostActions {
    reveal(elementId: string): void;
    save(format: 'svg' | 'png', data: string): void;
    copy(text: string): void;
    error(message: string): void;
    stateChanged(): void;
}

export class PlaygroundHost implements WebviewHost {
    constructor(private state: WebviewState | undefined, private readonly actions: HostActions) {}

    postMessage(message: FromWebview): void {
        switch (message.type) {
            case 'reveal': return this.actions.reveal(message.elementId);
            case 'export': return this.actions.save(message.format, message.data);
            case 'copySvg': return this.actions.copy(message.svg);
            case 'error': return this.actions.error(message.message);
        }
    }

    getState(): WebviewState | undefined {
        return this.state;
    }

    setState(state: WebviewState): void {
        this.state = state;
        this.actions.stateChanged();
    }
}

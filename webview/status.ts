// What the view says when it cannot show a current diagram.
import type { ToWebview } from './protocol.js';

type DiagramMessage = Extract<ToWebview, { type: 'diagram' }>;

const errors = (n: number) => `${n} error${n === 1 ? '' : 's'}`;

/** The status bar over a stale diagram; undefined when the diagram is current. */
export function staleStatus(message: DiagramMessage): string | undefined {
    if (!message.model || !message.stale) return undefined;
    return `Showing the last correct diagram — ${errors(message.errors)} in ${message.fileName}`;
}

/** The empty state when there is no diagram at all. */
export function emptyMessage(message: DiagramMessage): string {
    return message.errors > 0
        ? `Fix the ${errors(message.errors)} in ${message.fileName} to see the diagram.`
        : `${message.fileName} has no journey yet. Add journey name "Title" { … } to see its map.`;
}

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
    // A file of shared definitions never has a map of its own, errors or not: say what it is for.
    if (message.shared) {
        const fix = message.errors > 0 ? `Fix the ${errors(message.errors)} in ${message.fileName}. ` : '';
        return `${fix}${message.fileName} holds shared definitions (${sharedCounts(message.shared)}) for the journeys that import it; `
            + 'it has no map of its own. Open a journey that imports it to see a map.';
    }
    if (message.errors > 0) return `Fix the ${errors(message.errors)} in ${message.fileName} to see the diagram.`;
    return `${message.fileName} has no journey yet. Add journey name "Title" { … } to see its map.`;
}

function sharedCounts(shared: NonNullable<DiagramMessage['shared']>): string {
    const count = (n: number, word: string) => n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`];
    return [...count(shared.personas, 'persona'), ...count(shared.channels, 'channel'), ...count(shared.departments, 'department')].join(', ');
}

// What the view says when it cannot show a current diagram.
import type { ToWebview } from './protocol.js';
import { w } from '../diagram-core/words.js';

type DiagramMessage = Extract<ToWebview, { type: 'diagram' }>;

const errors = (n: number) => (n === 1 ? w('1 error') : w('{0} errors', n));

/** The status bar over a stale diagram; undefined when the diagram is current. */
export function staleStatus(message: DiagramMessage): string | undefined {
    if (!message.model || !message.stale) return undefined;
    return w('Showing the last correct diagram — {0} in {1}', errors(message.errors), message.fileName);
}

/** The empty state when there is no diagram at all. */
export function emptyMessage(message: DiagramMessage): string {
    // A file of shared definitions never has a map of its own, errors or not: say what it is for.
    if (message.shared) {
        const fix = message.errors > 0 ? w('Fix the {0} in {1}.', errors(message.errors), message.fileName) + ' ' : '';
        return fix + w('{0} holds shared definitions ({1}) for the journeys that import it; '
            + 'it has no map of its own. Open a journey that imports it to see a map.', message.fileName, sharedCounts(message.shared));
    }
    if (message.errors > 0) return w('Fix the {0} in {1} to see the diagram.', errors(message.errors), message.fileName);
    return w('{0} has no journey yet. Add journey name "Title" { … } to see its map.', message.fileName);
}

function sharedCounts(shared: NonNullable<DiagramMessage['shared']>): string {
    const count = (n: number, one: string, many: string) => n === 0 ? [] : [n === 1 ? one : w(many, n)];
    return [...count(shared.personas, w('1 persona'), '{0} personas'), ...count(shared.channels, w('1 channel'), '{0} channels'),
        ...count(shared.departments, w('1 department'), '{0} departments')].join(', ');
}

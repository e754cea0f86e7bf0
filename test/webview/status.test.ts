// What the preview says when it has no current diagram: pure text, no browser needed.
import { describe, expect, test } from 'vitest';
import { emptyMessage, staleStatus } from '../../webview/status.js';

const message = { type: 'diagram' as const, uri: 'file:///w/company.journey', fileName: 'company.journey', errors: 0, stale: false };

describe('status texts', () => {
    test('a file of only shared definitions is not told it has no journey yet', () => {
        expect(emptyMessage({ ...message, shared: { personas: 2, channels: 1, departments: 0 } })).toBe('company.journey holds shared definitions '
            + '(2 personas, 1 channel) for the journeys that import it; it has no map of its own. Open a journey that imports it to see a map.');
    });

    test('a file of shared definitions with an error is asked to fix it, not promised a diagram it never has', () => {
        expect(emptyMessage({ ...message, errors: 1, shared: { personas: 1, channels: 0, departments: 3 } })).toBe('Fix the 1 error in company.journey. '
            + 'company.journey holds shared definitions (1 persona, 3 departments) for the journeys that import it; it has no map of its own. '
            + 'Open a journey that imports it to see a map.');
    });

    test('an empty file is invited to start a journey; a broken one to fix its errors first', () => {
        expect(emptyMessage(message)).toBe('company.journey has no journey yet. Add journey name "Title" { … } to see its map.');
        expect(emptyMessage({ ...message, errors: 1 })).toBe('Fix the 1 error in company.journey to see the diagram.');
        expect(staleStatus({ ...message, errors: 1 })).toBeUndefined();
    });
});

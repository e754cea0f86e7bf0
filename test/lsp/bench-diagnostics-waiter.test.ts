// The server bench's wait for diagnostics, against the bundled server: the 10 MB
// row once waited forever because waiting for a second file's diagnostics
// replaced the handler of the first (a connection keeps one per method).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { diagnosticsWaiter, startServer } from '../../bench/server.bench.js';

let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
    server = await startServer();
});

afterAll(() => server?.stop());

test('diagnostics awaited for two files at once both arrive', async () => {
    const nextDiagnostics = diagnosticsWaiter(server.connection);
    const uris = ['file:///bench/first.journey', 'file:///bench/second.journey'];
    const arrived = uris.map(uri => nextDiagnostics(uri));
    for (const uri of uris) {
        await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri, languageId: 'journey', version: 1, text: 'journey j "J" {\n    phase a "A"\n}\n' },
        });
    }
    const times = await Promise.all(arrived);
    expect(times.every(time => typeof time === 'number')).toBe(true);
});

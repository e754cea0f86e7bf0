// The quick diagram over a real LSP connection (the bundled server as a
// process): every keystroke of a label burst is drawn at once, in order, and
// equals what the full build gives; the build does not send it again.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, InitializeRequest, InitializedNotification,
    PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagramChangedNotification, DiagramRequest, type DiagramResult } from '../../language-server/protocol.js';

const URI = 'file:///tmp/journey-quick-test/shop.journey';
const TEXT = `journey shop "Shop" {
    phase visit "Visit" { does "Looks around" }
    phase buy "Buy"
    touchpoint door "Front door" { between visit and buy score 4 } touchpoint till "Till" { in buy }
}
`;

let server: ChildProcess;
let connection: ProtocolConnection;
const diagrams: DiagramResult[] = [];
let diagnostics = 0;
/** What reached the client, in order. */
const events: string[] = [];

beforeAll(async () => {
    server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(DiagramChangedNotification, result => {
        diagrams.push(result);
        events.push('diagram');
    });
    connection.onNotification(PublishDiagnosticsNotification.type, () => {
        diagnostics++;
        events.push('diagnostics');
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'journey', version: 1, text: TEXT } });
    await connection.sendRequest(DiagramRequest, { uri: URI });
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

const change = (version: number, text: string) =>
    connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version }, contentChanges: [{ text }] });

test('each keystroke of a label burst gets its diagram at once, equal to the full build, and the build sends nothing more', async () => {
    diagrams.length = 0;
    events.length = 0;
    const labels = ['Front doo', 'Front do', 'Front d', 'Front da', 'Front dat'];
    for (const [i, label] of labels.entries()) await change(i + 2, TEXT.replace('"Front door"', `"${label}"`).replace('score 4', `score ${i + 1}`));
    await expect.poll(() => diagrams.length, { timeout: 10_000 }).toBe(labels.length);
    expect(diagrams.map(d => [d.model?.touchpoints[0].label, d.model?.touchpoints[0].score, d.errors])).toEqual(labels.map((label, i) => [label, i + 1, 0]));
    // The ranges after the label on its line moved with it: the next touchpoint starts earlier.
    const till = TEXT.split('\n')[3].indexOf('touchpoint till');
    expect(diagrams.at(-1)?.model?.touchpoints[1].range.start.character).toBe(till - 1);
    // The request builds the text as it is now (the burst's build may still be waiting) and answers the same diagram.
    const built = await connection.sendRequest(DiagramRequest, { uri: URI });
    expect(built.model).toEqual(diagrams.at(-1)?.model);
    expect(diagrams).toHaveLength(labels.length);
    // Drawn before any build: the first keystroke after the preview opened too, and the diagnostics follow the burst.
    expect(events.slice(0, labels.length + 1)).toEqual([...labels.map(() => 'diagram'), 'diagnostics']);
});

test('a structural edit is not drawn quickly: its diagram comes from the build, with the diagnostics', async () => {
    diagrams.length = 0;
    diagnostics = 0;
    const moved = TEXT.replace('{ in buy }', '{ in visit }');
    await change(20, moved);
    await expect.poll(() => diagrams.length, { timeout: 10_000 }).toBe(1);
    expect(diagrams[0].model?.touchpoints[1].placement).toEqual({ kind: 'in', phase: 'visit' });
    await expect.poll(() => diagnostics, { timeout: 10_000 }).toBeGreaterThan(0);
    // A label edit right after it is quick again: the build linked the new text.
    await change(21, moved.replace('"Till"', '"Tills"'));
    await expect.poll(() => diagrams.length, { timeout: 10_000 }).toBe(2);
    expect(diagrams[1].model?.touchpoints[1]).toMatchObject({ label: 'Tills', placement: { kind: 'in', phase: 'visit' } });
    expect((await connection.sendRequest(DiagramRequest, { uri: URI })).model).toEqual(diagrams[1].model);
});

test('a request right after a quick keystroke answers for the text as it is now, not the tree of before', async () => {
    // Back to the first text, built: the keystroke below is then a label edit (from the previous test's text it was not).
    await change(30, TEXT);
    await connection.sendRequest(DiagramRequest, { uri: URI });
    diagrams.length = 0;
    const text = TEXT.replace('"Front door"', '"Front door, the big glass one"');
    await change(31, text);
    // Hover on `buy` after the longer label: read in the tree of before, that place is another word.
    const line = text.split('\n')[3];
    const hover = () => connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 3, character: line.indexOf('buy') + 1 } });
    const now = await hover();
    expect(diagrams).toHaveLength(1);
    await connection.sendRequest(DiagramRequest, { uri: URI });
    expect(now).toEqual(await hover());
    expect(JSON.stringify(now)).toContain('Buy');
});

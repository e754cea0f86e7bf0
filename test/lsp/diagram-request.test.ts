// The preview's server side over a real LSP connection: diagram models after
// changes, sent before the checks run, and the last good model (stale) while
// the text is broken.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializeRequest, InitializedNotification,
    PublishDiagnosticsNotification, createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagramChangedNotification, DiagramRequest, type DiagramResult } from '../../language-server/protocol.js';

const URI = 'file:///tmp/journey-diagram-test/shop.journey';
const TEXT = `journey shop "Shop" {
    phase visit "Visit"
    phase buy "Buy"
    touchpoint door "Front door" {
        between visit and buy
    }
}
`;

let server: ChildProcess;
let connection: ProtocolConnection;
let changed: string[] = [];
/** What reached the client since the last change, in order: diagrams and diagnostics. */
let events: Array<{ diagram: DiagramResult } | { diagnostics: number }> = [];

beforeAll(async () => {
    server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification(DiagramChangedNotification, result => {
        changed.push(result.uri);
        events.push({ diagram: result });
    });
    connection.onNotification(PublishDiagnosticsNotification.type, ({ diagnostics }) => { events.push({ diagnostics: diagnostics.length }); });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'journey', version: 1, text: TEXT } });
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

async function change(version: number, text: string): Promise<void> {
    changed = [];
    events = [];
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version }, contentChanges: [{ text }] });
    await expect.poll(() => changed, { timeout: 10_000 }).toContain(URI);
}

describe('journey/diagram', () => {
    test('returns the model of the journey', async () => {
        const result = await connection.sendRequest(DiagramRequest, { uri: URI });
        expect(result).toMatchObject({ uri: URI, errors: 0, stale: false, journeys: ['shop'] });
        expect(result.model?.phases.map(p => p.id)).toEqual(['phase:visit', 'phase:buy']);
        expect(result.model?.touchpoints[0]).toMatchObject({ id: 'touchpoint:door', placement: { kind: 'after', phase: 'visit' } });
        expect(result.model?.touchpoints[0].range.start.line).toBe(3);
    });

    test('notifies after a change and serves the new model', async () => {
        await change(2, TEXT.replace('"Front door"', '"Shop window"'));
        const result = await connection.sendRequest(DiagramRequest, { uri: URI });
        expect(result.model?.touchpoints[0].label).toBe('Shop window');
    });

    test('the notification carries the new diagram, and comes before the diagnostics', async () => {
        await change(3, TEXT.replace('"Front door"', '"Side door"'));
        await expect.poll(() => events.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
        const [first, second] = events;
        expect(first).toMatchObject({ diagram: { uri: URI, errors: 0, stale: false } });
        expect('diagram' in first && first.diagram.model?.touchpoints[0].label).toBe('Side door');
        expect(second).toEqual({ diagnostics: 0 });
    });

    test('an error the checks find: the new diagram first, then the last good one, stale', async () => {
        await change(4, TEXT.replace('"Front door"', '"Back door"').replace('between visit and buy', 'between visit and buy\n        score 9'));
        await expect.poll(() => events.filter(e => 'diagram' in e).length, { timeout: 10_000 }).toBe(2);
        const diagrams = events.flatMap(e => 'diagram' in e ? [e.diagram] : []);
        expect(diagrams.map(d => [d.model?.touchpoints[0].label, d.errors, d.stale])).toEqual([['Back door', 0, false], ['Side door', 1, true]]);
        const result = await connection.sendRequest(DiagramRequest, { uri: URI });
        expect([result.model?.touchpoints[0].label, result.stale]).toEqual(['Side door', true]);
    });

    test('while the text is broken: the last good model, marked stale, with the error count', async () => {
        changed = [];
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 5 }, contentChanges: [{ text: TEXT.replace('between visit and buy', 'between visit and') }] });
        const result = await connection.sendRequest(DiagramRequest, { uri: URI });
        expect(result.stale).toBe(true);
        expect(result.errors).toBe(1);
        expect(result.model?.touchpoints[0].label).toBe('Side door');
        // The client shows this diagram (stale, one error) since the last change: it is not sent again.
        expect(changed).toEqual([]);
    });

    test('a file no editor has open (a preview restored after a reload) is read and validated on request', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-closed-'));
        const file = path.join(dir, 'closed.journey');
        fs.writeFileSync(file, TEXT.replace('journey shop "Shop"', 'journey closed "Closed"'));
        const result = await connection.sendRequest(DiagramRequest, { uri: `file://${file}` });
        expect(result).toMatchObject({ errors: 0, stale: false, journeys: ['closed'] });
        expect(result.model?.title).toBe('Closed');
    });

    test('a file of only shared definitions says what it offers instead of having no journey', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-shared-'));
        const file = path.join(dir, 'company.journey');
        fs.writeFileSync(file, 'persona family "Family"\nchannel web "Web" digital\nchannel store "Store" physical\ndepartment sales "Sales"\n');
        const result = await connection.sendRequest(DiagramRequest, { uri: `file://${file}` });
        expect(result).toEqual({ uri: `file://${file}`, errors: 0, stale: false, journeys: [], shared: { personas: 1, channels: 2, departments: 1 } });
        const empty = path.join(dir, 'empty.journey');
        fs.writeFileSync(empty, '// nothing yet\n');
        expect((await connection.sendRequest(DiagramRequest, { uri: `file://${empty}` })).shared).toBeUndefined();
    });
});

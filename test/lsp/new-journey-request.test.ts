// `journey/newJourney` over a real LSP connection (build dist/ first): the text the
// editor's New Journey… writes is the text `journey new` writes, and it checks without errors.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    InitializeRequest, InitializedNotification, ResponseError,
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { KINDS } from '../../language-server/journey-kinds.js';
import { newJourneyText } from '../../language-server/new-journey.js';
import { findPhaseModel, PHASE_MODELS } from '../../language-server/phase-models.js';
import { NewJourneyRequest } from '../../language-server/protocol.js';
import { validate } from '../language-server/journey-test-services.js';

let server: ChildProcess;
let connection: ProtocolConnection;

beforeAll(async () => {
    server = spawn(process.execPath, [path.resolve('dist/language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification(InitializedNotification.type, {});
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

describe('journey/newJourney', () => {
    test.each(PHASE_MODELS.flatMap(model => KINDS.map(kind => [model.key, kind] as const)))('model %s, kind %s: the template of journey new, without errors', async (key, kind) => {
        const { id, text } = await connection.sendRequest(NewJourneyRequest, { kind, model: key, title: `  A "${kind}" map ` });
        expect(id).toBe(`a_${kind}_map`);
        expect(text).toBe(newJourneyText({ kind, model: findPhaseModel(key)!, title: `A "${kind}" map`, id }));
        expect(text).toContain(`journey a_${kind}_map "A \\"${kind}\\" map" {\n    kind ${kind}\n`);
        const errors = ((await validate(text)).diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error);
        expect(errors).toEqual([]);
    });

    test('a title that would make a keyword or a number an id gets an id the grammar accepts', async () => {
        expect((await connection.sendRequest(NewJourneyRequest, { kind: 'current', model: '5', title: 'Phase' })).id).toBe('journey_phase');
        expect((await connection.sendRequest(NewJourneyRequest, { kind: 'current', model: '5', title: '2026 renovation' })).id).toBe('journey_2026_renovation');
        expect((await connection.sendRequest(NewJourneyRequest, { kind: 'current', model: '5', title: 'Überweisung' })).id).toBe('uberweisung');
    });

    test('without a title, or with an unknown model or kind, it answers an error in journey words', async () => {
        for (const params of [{ kind: 'current', model: '5', title: '  ' }, { kind: 'current', model: '6', title: 'T' }, { kind: 'past', model: '5', title: 'T' }]) {
            const error = await connection.sendRequest(NewJourneyRequest, params).then(() => undefined, (e: unknown) => e);
            expect(error).toBeInstanceOf(ResponseError);
            expect((error as ResponseError<void>).message).toBe('A new journey needs a phase model, a kind and a title.');
        }
    });
});

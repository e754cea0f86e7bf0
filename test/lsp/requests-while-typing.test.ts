// Hover and completion during a burst of edits, through the bundled server as a
// process. Each change cancels the build of the one before, so the journey is not
// linked again until the edits stop; every request must still be answered for the
// text as it was when the request was made (never an older or a later version).
// The messages are sent without waiting in between, as an editor does while typing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CompletionRequest, DidChangeTextDocumentNotification, HoverRequest,
    type CompletionItem, type CompletionList, type Hover, type MarkupContent, type Position,
} from 'vscode-languageserver-protocol/node';
import { generateJourney } from '../../bench/generate-journey.js';
import { tempFolder } from '../cli/run-cli.js';
import { LspSession } from './lsp-session.js';

let dir: string;
let session: LspSession;
let version = 1;

beforeAll(async () => {
    dir = tempFolder({});
    session = await LspSession.start(dir);
});

afterAll(() => {
    session?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Opens a 100-touchpoint journey (a build long enough to be cancelled by the next change) and waits for its first build. */
async function openJourney(name: string): Promise<{ uri: string; lines: string[] }> {
    const uri = pathToFileURL(path.join(dir, name)).href;
    const text = generateJourney(100);
    version = 1;
    await session.open(uri, text);
    return { uri, lines: text.split('\n') };
}

/** Sends the lines as the document's next version, without waiting for anything. */
function change(uri: string, lines: string[]): void {
    void session.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: ++version }, contentChanges: [{ text: lines.join('\n') }],
    });
}

function hover(uri: string, position: Position): Promise<string> {
    return session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })
        .then(result => ((result as Hover | null)?.contents as MarkupContent | undefined)?.value ?? '');
}

function completion(uri: string, position: Position): Promise<string[]> {
    return session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })
        .then(result => ((result as CompletionList | null)?.items ?? (result as CompletionItem[] | null) ?? []).map(item => item.label));
}

const lineOf = (lines: string[], text: string, from = 0) => {
    const index = lines.findIndex((line, i) => i >= from && line.includes(text));
    expect(index, text).toBeGreaterThanOrEqual(0);
    return index;
};

describe('requests while typing', () => {
    test('a hover during a burst of edits describes the version it was asked on', async () => {
        const { uri, lines } = await openJourney('hover.journey');
        const phaseLine = lineOf(lines, 'phase p1 "');
        const inLine = lineOf(lines, '        in p1', lineOf(lines, 'touchpoint t1 "'));
        const onReference = { line: inLine, character: lines[inLine].indexOf('p1') + 1 };
        const answers: Array<Promise<string>> = [];
        for (let edit = 1; edit <= 8; edit++) {
            lines[phaseLine] = lines[phaseLine].replace(/"[^"]*"/, `"Phase two, edit ${edit}"`);
            change(uri, lines);
            answers.push(hover(uri, onReference));
        }
        const hovers = await Promise.all(answers);
        hovers.forEach((text, i) => {
            expect(text).toContain('**Phase**');
            expect(text).toContain(`Phase two, edit ${i + 1}`);
        });
    });

    test('a hover on the text being typed describes it as typed', async () => {
        const { uri, lines } = await openJourney('typed.journey');
        const phaseLine = lineOf(lines, 'phase p2 "');
        const answers: Array<Promise<string>> = [];
        for (const word of ['Ch', 'Check', 'Checkout']) {
            lines[phaseLine] = lines[phaseLine].replace(/"[^"]*"/, `"${word}"`);
            change(uri, lines);
            answers.push(hover(uri, { line: phaseLine, character: lines[phaseLine].indexOf('p2') }));
        }
        const [first, second, third] = await Promise.all(answers);
        expect(first).toContain('**Phase** Ch `p2`');
        expect(second).toContain('**Phase** Check `p2`');
        expect(third).toContain('**Phase** Checkout `p2`');
    });

    test('completion in the text being typed offers the names of that same version', async () => {
        const { uri, lines } = await openJourney('completion.journey');
        const channelLine = lineOf(lines, 'channel store "');
        const viaLine = lineOf(lines, '        via ', lineOf(lines, 'touchpoint t1 "'));
        const named = lines[viaLine].trim().slice('via '.length);
        const offered: Array<Promise<string[]>> = [];
        // A new channel and a list being typed after `via`, in one version; then the channel renamed.
        lines.splice(channelLine + 1, 0, '    channel kiosk "Kiosk" digital');
        const viaAt = viaLine + 1;
        lines[viaAt] = `${lines[viaAt]}, `;
        change(uri, lines);
        offered.push(completion(uri, { line: viaAt, character: lines[viaAt].length }));
        lines[channelLine + 1] = '    channel booth "Booth" digital';
        change(uri, lines);
        offered.push(completion(uri, { line: viaAt, character: lines[viaAt].length }));
        const [withKiosk, withBooth] = await Promise.all(offered);
        expect(withKiosk).toContain('kiosk');
        expect(withKiosk).not.toContain('booth');
        expect(withKiosk).not.toContain(named); // already in the list
        expect(withBooth).toContain('booth');
        expect(withBooth).not.toContain('kiosk');
    });

    test('after the burst the journey is built as usual: its problems are those of the last version', async () => {
        const { uri, lines } = await openJourney('after.journey');
        const inLine = lineOf(lines, '        in p1', lineOf(lines, 'touchpoint t1 "'));
        lines[inLine] = '        in nowhere';
        const problems = session.nextDiagnostics(uri);
        change(uri, lines);
        const answered = await hover(uri, { line: inLine, character: lines[inLine].indexOf('nowhere') + 1 });
        expect(answered).not.toContain('**Phase**'); // the reference leads nowhere in this version
        expect((await problems).map(d => d.message).join('\n')).toMatch(/no phase called 'nowhere'/i);
    });
});

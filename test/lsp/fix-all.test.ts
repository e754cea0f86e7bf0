// "Fix all" (`source.fixAll`) and the guide links of problems, over LSP with the
// bundled server: only the fixes with one meaning are applied, in one edit that
// keeps the file formatted; every problem links to its code's entry in the guide.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { tempFolder } from '../cli/run-cli.js';
import { LspSession, applyEdits } from './lsp-session.js';

const TEXT = `journey shop "Shop" {
    persona family "Family" {
        age 45-35
    }
    channel website "Website" digital
    channel store "Store"
    phase orientation "Orientation"
    phase purchase "Purchase"
    // journey-ignore unused-channel: kept for the next campaign
    touchpoint ads "Ads" {
        between orientation and purchase
        via website, store, website
        score 3
        score 3
    }
    touchpoint visit "Visit" {
        in purchase
        via store
        score 4
        score 2
    }
}
`;

const FIXED = `journey shop "Shop" {
    persona family "Family" {
        age 35-45
    }
    channel website "Website" digital
    channel store "Store"
    phase orientation "Orientation"
    phase purchase "Purchase"
    touchpoint ads "Ads" {
        after orientation
        via website, store
        score 3
    }
    touchpoint visit "Visit" {
        in purchase
        via store
        score 4
        score 2
    }
}
`;

let dir: string;
let session: LspSession;
let uri: string;
let before: Diagnostic[];

beforeAll(async () => {
    dir = tempFolder({});
    session = await LspSession.start(dir);
    uri = pathToFileURL(path.join(dir, 'shop.journey')).href;
    before = await session.open(uri, TEXT);
});

afterAll(() => {
    session?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Fix all over LSP', () => {
    test('applies the fixes with one meaning, leaves the choices, and keeps the file formatted', async () => {
        expect(before.map(d => d.code).sort()).toEqual([
            'age-range-reversed', 'channel-mode-missing', 'repeated-channel', 'repeated-fact', 'repeated-fact', 'unused-suppression',
        ]);
        const actions = await session.codeActions(uri, [], ['source.fixAll']);
        expect(actions.map(a => [a.kind, a.title])).toEqual([['source.fixAll.journey', 'Fix all problems with one clear fix']]);
        const fixed = applyEdits(TEXT, actions[0].edit!.changes![uri]);
        expect(fixed).toBe(FIXED);
        const after = await session.change(uri, fixed);
        // Left: the channel's mode (the writer's choice) and two different scores (which one is right?).
        expect(after.map(d => d.code).sort()).toEqual(['channel-mode-missing', 'repeated-fact']);
        expect(await session.format(uri)).toEqual([]);
        await session.change(uri, TEXT);
    });

    test('is offered only when asked for: not in the light bulb, not among quick fixes', async () => {
        expect((await session.codeActions(uri, before)).map(a => a.kind)).not.toContain('source.fixAll.journey');
        expect(await session.codeActions(uri, [], ['quickfix'])).toEqual([]);
        expect((await session.codeActions(uri, [], ['source'])).map(a => a.kind)).toEqual(['source.fixAll.journey']);
    });

    test('every problem links its code to the code\'s entry in the language guide', () => {
        const guide = fs.readFileSync('LANGUAGE-GUIDE.md', 'utf8');
        expect(before.length).toBeGreaterThan(0);
        for (const problem of before) {
            expect(problem.codeDescription?.href).toBe(`https://github.com/journey-maps/journey/blob/main/LANGUAGE-GUIDE.md#code-${problem.code}`);
            expect(guide).toContain(`<a id="code-${problem.code}"></a>`);
        }
    });
});

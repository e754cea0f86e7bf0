// Every quick fix, over LSP with the bundled server: applied to a sample, the
// problem it repairs is gone, no new problem appears, and Format Document
// leaves the fixed file as it is. Samples under strict/ run with the quality gates on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol/node';
import { tempFolder } from '../cli/run-cli.js';
import { LspSession, applyEdits } from './lsp-session.js';

interface Case {
    name: string;
    code: string;
    text: string;
    /** The title of the fix to apply. */
    pick: string | RegExp;
    strict?: boolean;
    /** Something the fixed text must contain. */
    expect?: string;
}

const journey = (body: string, header = 'journey shop "Shop" {') => `${header}\n${body.replace(/^\n/, '')}}\n`;

const BASE = `    department sales "Sales"
    channel website "Website" digital
    channel store "Store" physical
    phase orientation "Orientation" {
        owner sales
    }
    phase purchase "Purchase" {
        owner sales
    }
`;

const CASES: Case[] = [
    {
        name: 'a channel without its mode gets `digital`', code: 'channel-mode-missing', pick: /^Add `digital`/,
        text: journey(BASE.replace('"Website" digital', '"Website"') + '    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n'),
        expect: 'channel website "Website" digital\n',
    },
    {
        name: 'a misspelt phase becomes the phase the message suggests', code: 'unknown-reference', pick: "Change 'orientaton' to 'orientation'",
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientaton\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: 'in orientation\n',
    },
    {
        name: 'a phase without owner gets the owner of the phase next to it', code: 'phase-without-owner', pick: /^Add `owner sales`/,
        text: journey(BASE.replace('    department sales "Sales"\n', '    department sales "Sales"\n    department service "Service"\n')
            .replace('"Purchase" {\n        owner sales\n    }', '"Purchase"')
            + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: 'phase purchase "Purchase" {\n        owner sales\n    }\n',
    },
    {
        name: 'an unplaced touchpoint goes in the phase of the touchpoint written before it', code: 'touchpoint-not-placed', pick: /`in purchase`/,
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n    touchpoint pay "Pay" {\n        via store\n    }\n'),
        expect: '    touchpoint pay "Pay" {\n        in purchase\n        via store\n',
    },
    {
        name: 'an unplaced touchpoint written without a block gets one', code: 'touchpoint-not-placed', pick: /`in orientation`/,
        text: journey(BASE + '    touchpoint ads "Ads"\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: '    touchpoint ads "Ads" {\n        in orientation\n    }\n',
    },
    {
        name: 'a duplicate phase id is renamed to a free one', code: 'duplicate-id', pick: "Rename this phase to 'purchase2'",
        text: journey(BASE + '    phase purchase "Payment"\n    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: 'phase purchase2 "Payment"',
    },
    {
        name: 'an age range written backwards is turned around', code: 'age-range-reversed', pick: /youngest age first/,
        text: journey('    persona family "Family" {\n        age 45-35\n    }\n' + BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: 'age 35-45\n',
    },
    {
        name: 'an emotion above the scale becomes its top', code: 'emotion-out-of-range', pick: 'Change 5 to 3',
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n        emotion 5\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'a score above the scale becomes its top', code: 'score-out-of-range', pick: 'Change 7 to 5',
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n        score 7\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'a fact said twice loses its repeat', code: 'repeated-fact', pick: /^Remove this line/,
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n        owner sales\n        owner sales\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'a channel named twice loses its repeat', code: 'repeated-channel', pick: "Remove the repeated channel 'website'",
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website, store, website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: 'via website, store\n',
    },
    {
        name: 'a day in the life without phases gets the day model', code: 'journey-without-phases', pick: /day in the life/,
        text: journey('    kind day\n    persona anna "Anna"\n'),
        expect: '    persona anna "Anna"\n    phase morning "Morning"\n',
    },
    {
        name: 'a moment of truth at risk goes on the action plan as a new improvement', code: 'moment-of-truth-at-risk', pick: /a new improvement/,
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n        critical\n        score 1\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
        expect: '    improvement improve_ads "Improve Ads" {\n        addresses ads\n    }\n}\n',
    },
    {
        name: 'a future state without `improves` names the current journey', code: 'future-without-current', pick: /^Add `improves now`/,
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n', 'journey now "Now" {')
            + journey('    kind future\n    phase orientation "Orientation"\n    touchpoint ads "Ads" {\n        in orientation\n    }\n', 'journey next "Next" {'),
        expect: '    kind future\n    improves now\n',
    },
    {
        name: '`improves` in a current-state journey: it becomes a future state', code: 'improves-wrong-journey', pick: /kind future/,
        text: journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n', 'journey now "Now" {')
            + journey('    kind current\n    improves now\n    phase orientation "Orientation"\n    touchpoint ads "Ads" {\n        in orientation\n    }\n', 'journey next "Next" {'),
        expect: '    kind future\n    improves now\n',
    },
    {
        name: 'a persona named but not followed is followed', code: 'persona-not-followed', pick: 'Add `follows visitor` to the journey',
        text: 'persona visitor "Visitor"\n' + journey('    persona family "Family"\n' + BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n        for visitor\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n        for family\n    }\n'),
        expect: 'journey shop "Shop" {\n    follows visitor\n',
    },
    {
        name: 'an unused top-level persona is followed by the journey of the file', code: 'unused-persona', pick: /^Add `follows family`/,
        text: 'persona family "Family"\n' + journey(BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'an unused channel is removed', code: 'unused-channel', pick: "Remove channel 'Phone'",
        text: journey(BASE + '    channel phone "Phone" physical\n    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'a journey-ignore that accepts nothing is removed', code: 'unused-suppression', pick: 'Remove this `journey-ignore` comment',
        text: journey(BASE + '    // journey-ignore unused-channel: kept for the next campaign\n    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'a journey-ignore with a misspelt code gets the code it meant', code: 'invalid-suppression', pick: "Change 'unused-chanel' to 'unused-channel'",
        text: journey(BASE + '    // journey-ignore unused-chanel: kept for the next campaign\n    channel phone "Phone" physical\n    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n'),
    },
    {
        name: 'a scored touchpoint without evidence gets `evidence research`', code: 'score-without-evidence', pick: 'Add `evidence research`', strict: true,
        text: 'touchpoint ads "Ads" {\n        in orientation\n        via website\n        owner sales\n        score 4\n    }\n',
        expect: '        score 4\n        evidence research\n',
    },
    {
        name: 'a critical touchpoint without a score gets one', code: 'critical-without-score', pick: 'Add `score 3`', strict: true,
        text: 'touchpoint ads "Ads" {\n        in orientation\n        via website\n        owner sales\n        evidence data\n        critical\n    }\n',
        expect: '        critical\n        score 3\n',
    },
    {
        name: 'a touchpoint without channel gets one', code: 'touchpoint-without-channel', pick: /^Add `via website`/, strict: true,
        text: 'touchpoint ads "Ads" {\n        in orientation\n        owner sales\n    }\n',
    },
    {
        name: 'a touchpoint without owner gets one', code: 'touchpoint-without-owner', pick: /^Add `owner sales`/, strict: true,
        text: 'touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n',
    },
    {
        name: 'an improvement for a moment of truth gets the priority it lacks', code: 'moment-of-truth-without-plan', pick: /`priority now`/, strict: true,
        text: 'touchpoint ads "Ads" {\n        in orientation\n        via website\n        owner sales\n        evidence data\n        critical\n        score 1\n    }\n'
            + '    improvement faster "Faster site" {\n        owner sales\n        addresses ads\n    }\n',
    },
];

/** A strict journey that only lacks an evaluation period, around `touchpoints`. */
const strictJourney = (touchpoints: string, evaluation = true) => journey(`    persona family "Family" {
        pain "No time"
        gain "A bike that lasts"
    }
${evaluation ? '    evaluation "Every quarter"\n' : ''}${BASE}    ${touchpoints}    touchpoint visit "Visit" {
        in purchase
        via store
        owner sales
    }
`);

CASES.push({
    name: 'a journey without evaluation period gets one', code: 'journey-without-evaluation', pick: 'Add `evaluation "Every quarter"`', strict: true,
    text: '', expect: '    evaluation "Every quarter"\n',
});

let dir: string;
let session: LspSession;

beforeAll(async () => {
    dir = tempFolder({ 'strict/journey.config.json': JSON.stringify({ extends: 'strict' }) });
    session = await LspSession.start(dir);
});

afterAll(() => {
    session?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const counts = (list: Diagnostic[]) => list.reduce((all, d) => all.set(String(d.code), (all.get(String(d.code)) ?? 0) + 1), new Map<string, number>());

function textOf(c: Case): string {
    if (!c.strict) return c.text;
    if (c.code === 'journey-without-evaluation') return strictJourney('touchpoint ads "Ads" {\n        in orientation\n        via website\n        owner sales\n    }\n', false);
    return strictJourney(c.text);
}

describe('quick fixes over LSP', () => {
    test('the server announces quick fixes, rewrites and Fix all', () => {
        expect(session.initializeResult.capabilities.codeActionProvider).toEqual({
            codeActionKinds: ['quickfix', 'refactor.rewrite', 'source.fixAll', 'source.fixAll.journey'],
        });
    });

    test.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
        const uri = pathToFileURL(path.join(dir, c.strict ? 'strict' : '', `case${i}.journey`)).href;
        const text = textOf(c);
        const before = await session.open(uri, text);
        const problem = before.find(d => d.code === c.code);
        expect(problem, `no ${c.code} in ${before.map(d => d.code).join(', ')}`).toBeDefined();
        const actions = await session.codeActions(uri, [problem!]);
        const action = actions.find(a => (typeof c.pick === 'string' ? a.title === c.pick : c.pick.test(a.title)));
        expect(action, `no fix '${c.pick}' in ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
        expect(action!.kind).toBe('quickfix');
        expect(action!.diagnostics).toEqual([problem]);
        const fixed = applyEdits(text, action!.edit!.changes![uri]);
        if (c.expect) expect(fixed).toContain(c.expect);
        const after = await session.change(uri, fixed);
        expectFixed(before, after, problem!);
        expect(await session.format(uri)).toEqual([]);
    });

    test('a missing import: the file with the closest name is imported instead', async () => {
        fs.writeFileSync(path.join(dir, 'company.journey'), 'department sales "Sales"\n');
        const uri = pathToFileURL(path.join(dir, 'typo.journey')).href;
        const text = `import "compny.journey"\n${journey(BASE.replace('    department sales "Sales"\n', '') + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n')}`;
        const before = await session.open(uri, text);
        const problem = before.find(d => d.code === 'import-not-found')!;
        const actions = await session.codeActions(uri, [problem]);
        expect(actions[0]).toMatchObject({ title: "Import 'company.journey' instead", isPreferred: true });
        const fixed = applyEdits(text, actions[0].edit!.changes![uri]);
        expect(fixed.split('\n')[0]).toBe('import "company.journey"');
        expect(await session.change(uri, fixed)).toEqual([]);
        expect(await session.format(uri)).toEqual([]);
    });

    test('a missing import: the file is created with the definitions this file expects from it', async () => {
        const uri = pathToFileURL(path.join(dir, 'shop.journey')).href;
        const text = `import "people.journey"\n${journey('    follows family\n' + BASE + '    touchpoint ads "Ads" {\n        in orientation\n        via website\n    }\n    touchpoint visit "Visit" {\n        in purchase\n        via store\n    }\n')}`;
        const before = await session.open(uri, text);
        expect(before.map(d => d.code).sort()).toEqual(['import-not-found', 'unknown-reference']);
        const actions = await session.codeActions(uri, [before.find(d => d.code === 'import-not-found')!]);
        const create = actions.find(a => a.title === "Create 'people.journey'")!;
        const [file, content] = create.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
        const created = pathToFileURL(path.join(dir, 'people.journey')).href;
        expect(file).toMatchObject({ kind: 'create', uri: created });
        expect(content.textDocument.uri).toBe(created);
        const newText = (content.edits[0] as TextEdit).newText;
        expect(newText).toBe('// Shared definitions for the journeys that import this file.\npersona family\n');
        fs.writeFileSync(path.join(dir, 'people.journey'), newText);
        expect(await session.created(created, uri)).toEqual([]);
    });
});

function expectFixed(before: Diagnostic[], after: Diagnostic[], problem: Diagnostic): void {
    const same = (d: Diagnostic) => d.code === problem.code && d.message === problem.message;
    expect(after.filter(same).length, `still: ${problem.message}`).toBe(before.filter(same).length - 1);
    const was = counts(before);
    for (const [code, count] of counts(after)) expect(count, `new problem ${code}`).toBeLessThanOrEqual(was.get(code) ?? 0);
}

// The quality gates, switched on by a journey.config.json ("extends": "strict")
// next to the documents, as a team would.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { JourneyFile } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { GATE_CODES } from '../../language-server/rules/rule-catalog.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-gates-'));
fs.writeFileSync(path.join(dir, 'journey.config.json'), '{ "extends": "strict" }\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const services = createJourneyServices(NodeFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);
const uriOf = (name: string) => URI.file(path.join(dir, name)).toString();

/** The problems of `text`, validated with `others`. */
async function validate(text: string, others: Record<string, string> = {}): Promise<Diagnostic[]> {
    await clearDocuments(services);
    for (const [name, content] of Object.entries(others)) await parse(content, { documentUri: uriOf(name) });
    const document: LangiumDocument = await parse(text, { documentUri: uriOf('test.journey') });
    await services.shared.workspace.DocumentBuilder.build(services.shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
    return document.diagnostics ?? [];
}

/** The gate problems of `text` (validated with `others`), as "line:code". */
async function gates(text: string, others: Record<string, string> = {}): Promise<string[]> {
    return (await validate(text, others)).filter(d => GATE_CODES.includes(d.code as never))
        .map(d => `${d.range.start.line + 1}:${d.code}`);
}

/** A journey that passes every gate; each test breaks one thing. */
const GOOD = `journey shop "Shop" {
    evaluation "Every quarter"
    persona family "Family" {
        pain "No time" evidence research
        gain "Done in one visit"
    }
    department sales "Sales"
    channel store "Store" physical
    phase visit "Visit" {
        owner sales
    }
    touchpoint counter "Counter" {
        in visit
        via store
        owner sales
        critical
        score 2
        evidence data
    }
    improvement faster "Faster counter" {
        owner sales
        priority now
        addresses counter
    }
}
`;

describe('quality gates (strict)', () => {
    test('a journey that meets every standard passes every gate', async () => {
        expect(await gates(GOOD)).toEqual([]);
    });

    test('score-without-evidence: a score on an assumption, or on nothing', async () => {
        expect(await gates(GOOD.replace('evidence data', 'evidence assumption'))).toEqual(['17:score-without-evidence']);
        expect(await gates(GOOD.replace('        evidence data\n', ''))).toEqual(['17:score-without-evidence']);
        expect(await gates(GOOD.replace('evidence data', 'evidence research'))).toEqual([]);
    });

    test('critical-without-score: a moment of truth nobody measures; not in a future-state map', async () => {
        const unscored = GOOD.replace('        score 2\n        evidence data\n', '');
        expect(await gates(unscored)).toEqual(['16:critical-without-score']);
        const future = unscored.replace('evaluation "Every quarter"', 'evaluation "Every quarter"\n    kind future');
        expect(await gates(future)).toEqual([]);
    });

    test('moment-of-truth-without-plan: addressed, but no improvement has both an owner and a priority', async () => {
        expect(await gates(GOOD.replace('        priority now\n', ''))).toEqual(['16:moment-of-truth-without-plan']);
        expect(await gates(GOOD.replace('        owner sales\n        priority now', '        priority now'))).toEqual(['16:moment-of-truth-without-plan']);
        expect(await gates(GOOD.replace('score 2', 'score 3').replace('        priority now\n', ''))).toEqual([]);
        // Not on the action plan at all: that is moment-of-truth-at-risk, not this gate.
        expect(await gates(GOOD.replace('        addresses counter\n', ''))).toEqual([]);
    });

    test('moment-of-truth-without-plan: one planned improvement of several is enough; unplanned ones are all named', async () => {
        const second = '    improvement later "Later" {\n        addresses counter, counter\n    }\n}\n';
        const withSecond = (text: string) => text.replace(/}\n$/, second);
        expect(await gates(withSecond(GOOD))).toEqual([]);
        const unplanned = await validate(withSecond(GOOD.replace('        priority now\n', '')));
        const message = unplanned.find(d => d.code === 'moment-of-truth-without-plan')?.message;
        expect(message).toContain("('Faster counter', 'Later')");
    });

    test('touchpoint-without-channel and touchpoint-without-owner', async () => {
        expect(await gates(GOOD.replace('        via store\n', '').replace('    channel store "Store" physical\n', '')))
            .toEqual(['11:touchpoint-without-channel']);
        expect(await gates(GOOD.replace('        via store\n        owner sales\n', '        via store\n'))).toEqual(['12:touchpoint-without-owner']);
    });

    test('phases-without-owners: no phase has an owner (when some do, phase-without-owner names the others)', async () => {
        const unowned = GOOD.replace('    phase visit "Visit" {\n        owner sales\n    }', '    phase visit "Visit"');
        expect(await gates(unowned)).toEqual(['1:phases-without-owners']);
        const partly = GOOD.replace('    touchpoint counter', '    phase pay "Pay"\n    touchpoint counter');
        expect(await gates(partly)).toEqual([]);
    });

    test('persona-without-pain-or-gain, for personas in a journey and shared ones', async () => {
        expect(await gates(GOOD.replace('        gain "Done in one visit"\n', ''))).toEqual(['3:persona-without-pain-or-gain']);
        const shared = `persona solo "Solo"\n${GOOD.replace('    persona family', '    follows solo\n    persona family')}`;
        expect(await gates(shared)).toEqual(['1:persona-without-pain-or-gain']);
    });

    test('journey-without-evaluation', async () => {
        expect(await gates(GOOD.replace('    evaluation "Every quarter"\n', ''))).toEqual(['1:journey-without-evaluation']);
    });

    test('future-misses-moment-of-truth: each at-risk moment of the improved journey has a touchpoint with its id', async () => {
        const current = GOOD.replace('journey shop', 'journey shop_now').replace('    evaluation', '    kind current\n    evaluation');
        const future = (touchpoint: string) => `import "current.journey"
journey shop_next "Shop, next year" {
    kind future
    improves shop_now
    evaluation "Every quarter"
    follows family
    department desk "Desk"
    channel app "App" digital
    phase visit "Visit" {
        owner desk
    }
    touchpoint ${touchpoint} "The moment, redesigned" {
        in visit
        via app
        owner desk
    }
}
persona family "Family" {
    pain "No time"
    gain "Done in one visit"
}
`;
        expect(await gates(future('self_scan'), { 'current.journey': current })).toEqual(['4:future-misses-moment-of-truth']);
        expect(await gates(future('counter'), { 'current.journey': current })).toEqual([]);
        // A moment that scores well in the current journey needs nothing.
        expect(await gates(future('self_scan'), { 'current.journey': current.replace('score 2', 'score 4') })).toEqual([]);
    });
});

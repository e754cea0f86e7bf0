// The quick diagram of a label edit equals the full build's, over many
// generated edits; and what is not a label edit is left to the full build.
import * as fs from 'node:fs';
import type { LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { JourneyFile } from '../../language-server/generated/ast.js';
import { journeyModelsOf } from '../../language-server/journey-diff-models.js';
import { quickModelsOf } from '../../language-server/quick-diagram.js';
import { services } from './journey-test-services.js';

const parse = parseHelper<JourneyFile>(services);
let documents = 0;

// Two members on one line, signed scores, quantities, ages, comments, a description of the journey itself.
const TAIL = `
journey extra "Extra" {
    description "A journey of odd layouts"
    persona solo "Solo" { age 30-40 pain "No \\"time\\"" evidence data } persona duo "Duo"
    follows solo, duo
    department ops "Operations"   channel app "App" digital
    phase one "One" { emotion solo -2 does "Looks" for solo evidence research metric m "M" current -5 target 10% }
    phase two "Two" /* a note */ touchpoint t1 "T1" { in one score 3 emotion +1 owner ops via app metric k "K" current 4.5 } touchpoint t2 "T2" { after one }
    improvement fix "Fix" { addresses t1, two priority now description "Do it" metric g "G" target 99% }
}
`;
const BASE = fs.readFileSync('examples/floor-renovation.journey', 'utf8') + TAIL;

async function linked(text: string): Promise<LangiumDocument> {
    const document = await parse(text, { documentUri: `file:///quick/doc-${documents++}.journey` });
    expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).toBe(0);
    return document;
}

/** Every literal token of the text: [start, end) offsets and whether it is a number. */
function literals(text: string): Array<{ start: number; end: number; number: boolean }> {
    const { tokens } = services.parser.Lexer.tokenize(text);
    return tokens.filter(t => t.tokenType.name === 'STRING' || t.tokenType.name === 'NUMBER')
        .map(t => ({ start: t.startOffset, end: t.endOffset! + 1, number: t.tokenType.name === 'NUMBER' }));
}

/** A small deterministic random source, so a failure can be replayed. */
function random(seed: number): () => number {
    return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** A literal edit: text typed, removed or replaced inside a string, or a number changed. */
function literalEdit(text: string, next: () => number): string {
    const all = literals(text);
    const token = all[Math.floor(next() * all.length)];
    if (token.number) {
        const digits = String(Math.floor(next() * 1000));
        const fraction = next() < 0.3 ? `.${Math.floor(next() * 100)}` : '';
        return text.slice(0, token.start) + digits + fraction + text.slice(token.end);
    }
    const inside = token.start + 1 + Math.floor(next() * (token.end - token.start - 1));
    const kind = next();
    if (kind < 0.4) return text.slice(0, inside) + ['x', 'Wörd ', ' ', '\\"', 'é€'][Math.floor(next() * 5)] + text.slice(inside);
    const to = Math.min(token.end - 1, inside + 1 + Math.floor(next() * 6));
    if (kind < 0.7) return text.slice(0, inside) + text.slice(to);
    return text.slice(0, token.start + 1) + 'Replaced label' + text.slice(token.end - 1);
}

describe('the quick diagram', () => {
    test('equals the full build over many label edits, ranges after the edit included', async () => {
        const next = random(11);
        let base = await linked(BASE);
        let quick = 0;
        for (let i = 0; i < 120; i++) {
            const text = literalEdit(base.textDocument.getText(), next);
            const built = journeyModelsOf(base);
            const builtBefore = JSON.stringify(built);
            const models = quickModelsOf(services, base, text);
            const fromBuilt = quickModelsOf(services, base, text, built);
            const full = await linked(text);
            expect(models, `edit ${i} is a label edit`).toBeDefined();
            expect(models).toEqual(journeyModelsOf(full));
            // From the models built for the previous text, only the edited element is built again; those models stay as they were.
            expect(fromBuilt).toEqual(models);
            expect(JSON.stringify(built)).toBe(builtBefore);
            quick++;
            // Now and then the next edit starts from the new text, so edits pile up as in a burst of typing.
            if (next() < 0.3) base = full;
        }
        expect(quick).toBe(120);
    });

    test('several literal edits inside one member at once are quick and exact', async () => {
        const base = await linked(BASE);
        const text = BASE.replace('score 3 emotion +1', 'score 5 emotion +3').replace('current 4.5 }', 'current 12 }');
        const full = journeyModelsOf(await linked(text));
        expect(quickModelsOf(services, base, text)).toEqual(full);
        expect(quickModelsOf(services, base, text, journeyModelsOf(base))).toEqual(full);
    });

    test('spaces typed inside a member move the ranges after them on that line', async () => {
        const base = await linked(BASE);
        const text = BASE.replace('{ in one score 3', '{   in one  score 3');
        const models = quickModelsOf(services, base, text, journeyModelsOf(base));
        expect(models).toEqual(journeyModelsOf(await linked(text)));
        const t2 = models?.find(m => m.name === 'extra')?.touchpoints.find(t => t.name === 't2');
        expect(t2?.range.start.character).toBe(TAIL.split('\n').find(l => l.includes('touchpoint t1'))!.indexOf('touchpoint t2') + 3);
    });

    test('an unchanged text gives the same models', async () => {
        const base = await linked(BASE);
        expect(quickModelsOf(services, base, BASE)).toEqual(journeyModelsOf(base));
    });
});

describe('not a label edit: left to the full build', () => {
    const cases: Array<[string, (text: string) => string]> = [
        ['an id renamed', t => t.replace('touchpoint t1 "T1"', 'touchpoint t9 "T1"')],
        ['a keyword changed', t => t.replace('priority now', 'priority later')],
        ['a reference changed', t => t.replace('owner ops via app', 'owner ops via web')],
        ['a comment edited', t => t.replace('/* a note */', '/* a nose */')],
        ['a comment added', t => t.replace('"T1" { in one', '"T1" { /* new */ in one')],
        ['a line comment typed after a member', t => t.replace('"Operations"   channel', '"Operations" // channel')],
        ['an edit across two members', t => t.replace('"Solo" { age 30-40 pain "No \\"time\\"" evidence data } persona duo "Duo"', '"Solx" { age 30-40 pain "No \\"time\\"" evidence data } persona duo "Dux"')],
        ['a string made unterminated', t => t.replace('"Do it"', '"Do it')],
        ['a string that swallows the next token', t => t.replace('description "Do it"', 'description "Do it\\"')],
        ['a line break typed inside a member', t => t.replace('{ in one score 3', '{ in one\n score 3')],
        ['a label added', t => t.replace('touchpoint t2 "T2"', 'touchpoint t2 "T2" "more"')],
        ['a number made negative in a plain number', t => t.replace('age 30-40', 'age 30--40')],
        ['the journey\'s own label', t => t.replace('journey extra "Extra"', 'journey extra "Extras"')],
        ['a token glued to a number', t => t.replace('current 4.5 }', 'current 4.5x }')],
    ];
    test.each(cases)('%s', async (_name, change) => {
        const base = await linked(BASE);
        const text = change(BASE);
        expect(text).not.toBe(BASE);
        expect(quickModelsOf(services, base, text)).toBeUndefined();
    });
});

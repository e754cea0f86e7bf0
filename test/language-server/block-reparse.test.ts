// An edit inside one block is parsed by reparsing only that block: the result
// must be exactly what a full parse of the new text gives (AST, CST with every
// offset and range, errors), after many random edits in a row, each spliced
// into the tree the previous ones left behind.
import * as fs from 'node:fs';
import { EmptyFileSystem, type ParseResult } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateJourney } from '../../bench/generate-journey.js';
import { reparseBlock } from '../../language-server/block-reparse.js';
import { changedRange } from '../../language-server/changed-range.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { randomSource } from '../fuzz/mutator.js';
import { parseShape } from './parse-shape.js';
import { applyEdit, placesOf, randomEdit, type Edit } from './reparse-edits.js';

const parser = createJourneyServices(EmptyFileSystem).Journey.parser.LangiumParser;

const COMMENTED = `// a journey
persona walker "Walker" { age 20-30 } // top level
journey shop "Shop" { // after the brace
    /* before a phase */ phase visit "Visit" {
        // inside, first
        owner sales // after a fact
        pain "Queues" evidence data
    }
    department sales "Sales"
    channel web "Web" digital
    // before a touchpoint
    touchpoint counter "Counter" {
        in /* mid-line */ visit
        score -2
        metric wait "Wait" current 5 target 10%
    }
    phase pay "Pay" // at the end of a line
    improvement quick "Quick" { addresses counter, visit priority now }
}
// trailing
`;

const examples = fs.readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.journey'))
    .map(file => [file, fs.readFileSync(`examples/${file}`, 'utf8')] as const);

const texts: (readonly [string, string])[] = [
    ['generated 12 touchpoints', generateJourney(12, 4)],
    ['generated, phases on one line', generateJourney(8, 5, false)],
    ['generated, CRLF', generateJourney(6, 3).replaceAll('\n', '\r\n')],
    ['commented', COMMENTED],
    ...examples,
];

const SEEDS = 3, STEPS = 40;

interface Tally { incremental: number; full: number }

/**
 * Applies `steps` random edits in a row; after each, the reparse (when it takes place) must equal a full parse.
 * The next edit starts from the new text when it is valid; from a text with errors only once in a while, for one step.
 */
function checkEdits(seed: number, text: string, steps: number, tally: Tally): void {
    const random = randomSource(seed);
    let valid = { text, parse: parser.parse(text) }, current = valid;
    for (let step = 0; step < steps; step++) {
        const edit = randomEdit(random, current.text, placesOf(current.parse.value.$cstNode!.root));
        const next = applyEdit(current.text, edit);
        const full = parser.parse(next);
        const reparsed = reparseBlock(current.parse, next, parser);
        if (reparsed) {
            tally.incremental++;
            expectSameParse(reparsed, full, describeEdit(seed, step, edit, current.text));
        } else {
            tally.full++;
            expect(current.parse.value.$cstNode!.root.fullText, 'a refused reparse leaves the last parse alone').toBe(current.text);
        }
        if (full.lexerErrors.length === 0 && full.parserErrors.length === 0) current = valid = { text: next, parse: reparsed ?? full };
        else current = current === valid && random() < 0.3 ? { text: next, parse: full } : valid;
    }
}

/** Compares as JSON first (quick), with vitest's diff only when they differ. */
function expectSameParse(actual: ParseResult, expected: ParseResult, message: string): void {
    const [a, b] = [parseShape(actual), parseShape(expected)];
    if (JSON.stringify(a) !== JSON.stringify(b)) expect(a, message).toEqual(b);
}

const describeEdit = (seed: number, step: number, edit: Edit, text: string) =>
    `seed ${seed}, step ${step}, ${edit.name}: ${JSON.stringify(text.slice(Math.max(0, edit.start - 30), edit.end + 30))} [${edit.start}, ${edit.end}) -> ${JSON.stringify(edit.insert)}`;

describe('the changed range of two texts', () => {
    /** Character by character, the obvious way. */
    function naive(a: string, b: string) {
        let start = 0, tail = 0;
        while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
        while (tail < Math.min(a.length, b.length) - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
        return { start, oldEnd: a.length - tail, newEnd: b.length - tail };
    }

    test('is the common start and end left out, for texts around the chunk size and edits anywhere', () => {
        const random = randomSource(11);
        for (let i = 0; i < 400; i++) {
            const length = Math.floor(random() * 5000);
            const a = Array.from({ length }, () => 'ab\n'[Math.floor(random() * 3)]).join('');
            const at = Math.floor(random() * (length + 1)), cut = Math.floor(random() * 3000);
            const b = a.slice(0, at) + 'ab'.slice(0, Math.floor(random() * 3)) + a.slice(Math.min(length, at + cut));
            expect(changedRange(a, b), `case ${i}`).toEqual(naive(a, b));
        }
    });
});

describe('reparsing one block', () => {
    test.each(texts)('random edits of %s give what a full parse gives', (_name, text) => {
        const tally: Tally = { incremental: 0, full: 0 };
        for (let seed = 1; seed <= SEEDS; seed++) checkEdits(seed * 7919 + text.length, text, STEPS, tally);
        expect(tally.incremental + tally.full).toBe(SEEDS * STEPS);
        // Many edits were reparsed as one block (about 40% here), so the comparisons above test the splice.
        expect(tally.incremental).toBeGreaterThanOrEqual(SEEDS * STEPS / 4);
    }, 120_000);

    const edits: [string, (text: string) => string, boolean][] = [
        ['a letter in a touchpoint label', text => text.replace('"Touchpoint 3 with', '"Touchpoint 3x with'), true],
        ['a letter at the end of an id that ends the block', text => text.replace('channel store "Store" physical', 'channel store "Store" physicalx'), false],
        ['a new line inside a phase', text => text.replace('        owner sales\n', '        owner sales\n        description "New"\n'), true],
        ['a line removed inside a touchpoint', text => text.replace('        critical\n', ''), true],
        ['a line added between two blocks', text => text.replace('    department sales "Sales"\n', '    department sales "Sales"\n    department support "Support"\n'), false],
        ['a touchpoint turned into a phase', text => text.replace('touchpoint t5 ', 'phase t5 '), false],
        ['a brace deleted', text => text.replace('critical\n    }', 'critical\n    '), false],
        ['the journey renamed', text => text.replace('journey generated_12', 'journey renamed'), false],
        ['an edit in two touchpoints at once', text => text.replace('Touchpoint 2 with', 'Touchpoint 2b with').replace('Touchpoint 3 with', 'Touchpoint 3b with'), false],
    ];

    test.each(edits)('%s', (_name, change, reparsed) => {
        const text = generateJourney(12, 4);
        const next = change(text);
        expect(next).not.toBe(text);
        const result = reparseBlock(parser.parse(text), next, parser);
        expect(result !== undefined).toBe(reparsed);
        if (result) expectSameParse(result, parser.parse(next), 'one edit');
    });

    test('an id that would run into the next member is parsed whole (blocks written without a space between)', () => {
        const text = 'journey j {\n    department d "D"channel c "C"\n}\n';
        const next = text.replace('d "D"', 'dx');
        expect(reparseBlock(parser.parse(text), next, parser)).toBeUndefined();
        expect(parser.parse(next).parserErrors.length).toBeGreaterThan(0);
        const spaced = text.replace('"D"channel', '"D" channel');
        expect(reparseBlock(parser.parse(spaced), spaced.replace('d "D"', 'dx'), parser)).toBeDefined();
    });
});

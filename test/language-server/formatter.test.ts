// The formatter behind "Format Document" and `journey format`: the canonical
// layout of every construct, comments kept where they are, idempotent, and
// lossless (same tokens, same comments, same AST) on every example.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument, type AstNode } from 'langium';
import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { FormattingOptions } from 'vscode-languageserver';
import type { JourneyFile } from '../../language-server/generated/ast.js';
import { services } from './journey-test-services.js';

const parse = parseHelper<JourneyFile>(services);
const expectFormatted = expectFormatting(services);

async function format(text: string, options: FormattingOptions = { tabSize: 4, insertSpaces: true }): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every token and comment, in order; whitespace is all that may differ. */
function tokens(text: string): string[] {
    const { tokens, hidden } = services.parser.Lexer.tokenize(text);
    return [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset)
        .map(t => t.image.startsWith('//') ? t.image.trimEnd() : t.image);
}

/** The AST as JSON, without CST or positions, references by name, comments included. */
async function ast(text: string): Promise<unknown> {
    const document = await parse(text);
    expect(document.parseResult.parserErrors).toEqual([]);
    return JSON.parse(services.serializer.JsonSerializer.serialize(document.parseResult.value as AstNode, { refText: true, comments: true }));
}

async function expectLossless(before: string): Promise<void> {
    const after = await format(before);
    expect(tokens(after)).toEqual(tokens(before));
    expect(await ast(after)).toEqual(await ast(before));
}

/** Formats, checks the result, and checks that formatting the result changes nothing. */
async function expectCanonical(before: string, after: string): Promise<void> {
    await expectFormatted({ before, after });
    await expectFormatted({ before: after, after });
    await expectLossless(before);
}

const MESSY_EVERYTHING = `import   "company.journey"
import "shared/people.journey"
journey   shop"Shop"{kind current
market B2C
   goal    "More orders"
  description   "From first visit to order"
evaluation "Every quarter"
improves old_shop
follows family ,retiree
persona kid "Kid"{age 8 - 12
gender "any" evidence assumption
pain "Boring" }
department sales "Sales"
channel web "Web"   digital
  phase visit "Visit" {
owner sales
description "Comes in"
emotion - 2
emotion family +1
thinks "Hmm" for family,retiree evidence research
metric visits "Visits" current 2.5 % target -3
}
touchpoint site "Site" { in visit via web owner sales for family score 4 critical evidence data emotion retiree 1 metric m current 1 description "x" }
touchpoint step{between visit
and pay}
touchpoint onward "Onward"{after   visit via web ,store,  phone
}
improvement better "Better" {owner sales priority now addresses site , visit description "d" metric conv target 60%}
}
persona family "Family"
channel store "Store" physical
department support`;

const CANONICAL_EVERYTHING = `import "company.journey"
import "shared/people.journey"
journey shop "Shop" {
    kind current
    market B2C
    goal "More orders"
    description "From first visit to order"
    evaluation "Every quarter"
    improves old_shop
    follows family, retiree
    persona kid "Kid" {
        age 8-12
        gender "any" evidence assumption
        pain "Boring"
    }
    department sales "Sales"
    channel web "Web" digital
    phase visit "Visit" {
        owner sales
        description "Comes in"
        emotion -2
        emotion family +1
        thinks "Hmm" for family, retiree evidence research
        metric visits "Visits" current 2.5% target -3
    }
    touchpoint site "Site" {
        in visit
        via web
        owner sales
        for family
        score 4
        critical
        evidence data
        emotion retiree 1
        metric m current 1
        description "x"
    }
    touchpoint step {
        between visit and pay
    }
    touchpoint onward "Onward" {
        after visit
        via web, store, phone
    }
    improvement better "Better" {
        owner sales
        priority now
        addresses site, visit
        description "d"
        metric conv target 60%
    }
}
persona family "Family"
channel store "Store" physical
department support
`;

describe('canonical layout', () => {
    test('every construct: one fact per line, 4 spaces per level, one space between words', async () => {
        await expectCanonical(MESSY_EVERYTHING, CANONICAL_EVERYTHING);
    });

    test('a block written on one line becomes one fact per line', async () => {
        await expectCanonical('journey j {\n    touchpoint t "T" { in a  score 3 }\n}\n',
            'journey j {\n    touchpoint t "T" {\n        in a\n        score 3\n    }\n}\n');
    });

    test('a header split over lines is joined, with `{` at its end', async () => {
        await expectCanonical('journey j\n"J"\n{\nphase a\n    "A"\n    {\n    does "x"\n    }\n}\n',
            'journey j "J" {\n    phase a "A" {\n        does "x"\n    }\n}\n');
    });

    test('ages, signs, percentages and lists: `35-45`, `-1`, `+2`, `2%`, `a, b`', async () => {
        await expectCanonical(
            'persona p { age 35 -  45 }\njourney j {\n    follows a,b ,  c\n    phase x { emotion -  1 emotion p + 2 metric m current - 2.5 % target 3 % }\n}\n',
            'persona p {\n    age 35-45\n}\njourney j {\n    follows a, b, c\n    phase x {\n        emotion -1\n        emotion p +2\n        metric m current -2.5% target 3%\n    }\n}\n');
    });

    test('empty blocks become `{}` on the header line', async () => {
        await expectCanonical('journey j {\n    phase a {}\n    phase b { }\n    phase c {\n\n    }\n}\n',
            'journey j {\n    phase a {}\n    phase b {}\n    phase c {}\n}\n');
    });

    test('blank lines: at most one, none after `{`, before `}`, at the start or at the end', async () => {
        await expectCanonical('\n\n\njourney j "J" {\n\n\n    phase a "A"\n\n\n\n    phase b "B"\n    phase c "C"\n\n}\n\n\n\npersona p "P"\n\n\n',
            'journey j "J" {\n    phase a "A"\n\n    phase b "B"\n    phase c "C"\n}\n\npersona p "P"\n');
    });

    test('trailing whitespace goes, and the file ends with exactly one line break', async () => {
        await expectCanonical('journey j {   \n    phase a "A"\t\n}', 'journey j {\n    phase a "A"\n}\n');
        await expectCanonical('department d', 'department d\n');
    });

    test('tabs become four spaces, whatever the tab settings of the editor (so editor and CI agree)', async () => {
        const tabbed = 'journey j {\n\tphase a {\n\t\tdoes "x"\n  }\n}\n';
        const canonical = 'journey j {\n    phase a {\n        does "x"\n    }\n}\n';
        expect(await format(tabbed)).toBe(canonical);
        expect(await format(tabbed, { tabSize: 2, insertSpaces: false })).toBe(canonical);
        expect(await format(tabbed, { tabSize: 2, insertSpaces: true })).toBe(canonical);
    });

    test('Windows line ends stay Windows line ends', async () => {
        expect(await format('journey j {\r\n  phase a\r\n\r\n\r\n  phase b\r\n}')).toBe('journey j {\r\n    phase a\r\n\r\n    phase b\r\n}\r\n');
    });

    test('an empty file stays empty; whitespace alone becomes empty', async () => {
        expect(await format('')).toBe('');
        expect(await format('  \n\n')).toBe('');
    });

    test('text inside quotes is never touched', async () => {
        await expectCanonical('journey j {   phase a   "Two  spaces   here" { does   "and  \\"here\\"" } }',
            'journey j {\n    phase a "Two  spaces   here" {\n        does "and  \\"here\\""\n    }\n}\n');
    });
});

describe('comments stay where they are', () => {
    test('in every position: file head, end of line, own line, inside a fact, before `}`, end of file', async () => {
        const before = [
            '// File comment   ',
            '/* block',
            '   comment,   kept as written */',
            'import "a.journey"   // why we import',
            'journey j "J" {   // on the brace line',
            '',
            '',
            '  // before a phase, indented wrongly',
            'phase a "A" {',
            '        does "x"     // trailing, far away',
            '   /* own line */',
            '        emotion /* inline */ -1',
            '    // last in the block',
            '',
            '}',
            '  touchpoint t "T" { between a // a note inside a fact',
            '  and b',
            '  }',
            '}',
            '// at the end   ',
        ].join('\n');
        const after = [
            '// File comment',
            '/* block',
            '   comment,   kept as written */',
            'import "a.journey" // why we import',
            'journey j "J" { // on the brace line',
            '    // before a phase, indented wrongly',
            '    phase a "A" {',
            '        does "x" // trailing, far away',
            '        /* own line */',
            '        emotion /* inline */ -1',
            '        // last in the block',
            '    }',
            '    touchpoint t "T" {',
            '        between a // a note inside a fact',
            '            and b',
            '    }',
            '}',
            '// at the end',
            '',
        ].join('\n');
        await expectCanonical(before, after);
    });

    test('a blank line around a comment is kept (at most one)', async () => {
        await expectCanonical('journey j {\n    phase a\n\n\n    // about b\n\n\n    phase b\n}\n',
            'journey j {\n    phase a\n\n    // about b\n\n    phase b\n}\n');
    });

    test('a multi-line block comment keeps its inner lines exactly, only its first line moves', async () => {
        await expectCanonical('journey j {\n/** Phases\n *   in order\n */\nphase a\n}\n',
            'journey j {\n    /** Phases\n *   in order\n */\n    phase a\n}\n');
    });

    test('comments between the words of a header', async () => {
        await expectCanonical('journey j "J" /* x */ { phase a /* y */ }\n', 'journey j "J" /* x */ {\n    phase a /* y */\n}\n');
        await expectCanonical('journey j "J"\n// before the brace\n{\nphase a\n}\n', 'journey j "J"\n    // before the brace\n    {\n    phase a\n}\n');
        await expectCanonical('journey j { phase a {   /* nothing yet */   } }\n', 'journey j {\n    phase a { /* nothing yet */\n    }\n}\n');
    });
});

describe('syntax errors', () => {
    test('a document with syntax errors gets no edits at all', async () => {
        for (const broken of ['journey j {\n  phase a "A" {\n}', 'journey j {   phase é }', 'journey j { phase phase }  ']) {
            await expectFormatted({ before: broken, after: broken });
        }
    });
});

const EXAMPLES = path.resolve('examples');
const examples = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.journey')).sort();

/** An example with its layout wrecked: no indentation, extra spaces, trailing blanks, and (if asked) extra blank lines. */
function wreck(text: string, blankLines: boolean): string {
    return text.split('\n')
        .map(line => line.trim().replace(/^(\w+) /, '$1   '))
        .map(line => blankLines && line.startsWith('phase') ? `\n\n\n${line}` : `${line}  `)
        .join('\n');
}

describe('examples', () => {
    test('there are examples', () => {
        expect(examples.length).toBeGreaterThan(5);
    });

    test.each(examples)('%s is canonical: formatting changes nothing', async (file) => {
        const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
        expect(await format(text)).toBe(text);
    });

    test.each(examples)('%s with a wrecked layout is formatted back to the original', async (file) => {
        const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
        const messy = wreck(text, false);
        expect(messy).not.toBe(text);
        expect(await format(messy)).toBe(text);
    });

    test.each(examples)('%s with a wrecked layout and blank lines: same tokens, comments and AST; stable after one pass', async (file) => {
        const messy = wreck(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'), true);
        await expectLossless(messy);
        const once = await format(messy);
        expect(await format(once)).toBe(once);
    });
});

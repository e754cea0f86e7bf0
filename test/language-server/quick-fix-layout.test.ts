// Quick fixes write lines as the file around them is written: its indentation
// (two spaces, tabs), its line endings, blocks written on one line or empty.
import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { codesOf, services, validate, withCode } from './journey-test-services.js';

/** Applies the fix titled `title` for the first problem `code` of `text`; returns the new text. */
async function fix(text: string, code: string, title: RegExp): Promise<string> {
    const document = await validate(text);
    const [diagnostic] = withCode(document, code);
    expect(diagnostic, `no ${code} in ${codesOf(document).join(', ')}`).toBeDefined();
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    const action = actions.find(a => title.test(a.title));
    expect(action, `no '${title}' in ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    const edits = Object.values(action!.edit!.changes!)[0];
    return TextDocument.applyEdits(TextDocument.create('file:///x.journey', 'journey', 1, text), edits);
}

const twoSpaces = (body: string) => `journey shop "Shop" {\n  department sales "Sales"\n  phase visit "Visit" {\n    owner sales\n  }\n${body}}\n`;

describe('quick fixes keep the layout of the file', () => {
    test('two-space indentation: a new block and a new line are indented by two', async () => {
        const text = twoSpaces('  phase pay "Pay"\n  touchpoint a "A" {\n    in visit\n  }\n  touchpoint b "B" {\n    in pay\n  }\n');
        expect(await fix(text, IssueCodes.PhaseWithoutOwner, /owner sales/))
            .toContain('  phase pay "Pay" {\n    owner sales\n  }\n  touchpoint a');
    });

    test('tabs stay tabs', async () => {
        const text = 'journey shop "Shop" {\n\tphase visit "Visit"\n\ttouchpoint a "A" {\n\t\tvia x\n\t}\n}\n';
        expect(await fix(text, IssueCodes.TouchpointNotPlaced, /in visit/)).toContain('\ttouchpoint a "A" {\n\t\tin visit\n\t\tvia x\n\t}');
    });

    test('CRLF line endings stay CRLF', async () => {
        const text = 'journey shop "Shop" {\r\n    phase visit "Visit"\r\n    touchpoint a "A" {\r\n        via x\r\n    }\r\n}\r\n';
        const fixed = await fix(text, IssueCodes.TouchpointNotPlaced, /in visit/);
        expect(fixed).toBe(text.replace('"A" {\r\n', '"A" {\r\n        in visit\r\n'));
    });

    test('an empty block and a block on one line get their line inside', async () => {
        const empty = 'journey shop "Shop" {\n    phase visit "Visit"\n    touchpoint a "A" {}\n}\n';
        expect(await fix(empty, IssueCodes.TouchpointNotPlaced, /in visit/)).toBe(empty.replace('{}', '{\n        in visit\n    }'));
        const oneLine = 'journey shop "Shop" {\n    department sales "Sales"\n    phase visit "Visit" { owner sales }\n    phase pay "Pay" { description "Paying" }\n'
            + '    touchpoint a "A" {\n        in visit\n    }\n    touchpoint b "B" {\n        in pay\n    }\n}\n';
        const fixed = await fix(oneLine, IssueCodes.PhaseWithoutOwner, /owner sales/);
        expect(codesOf(await validate(fixed))).toEqual([]);
    });

    test('a comment after `{` stays on its line; the new line comes after it', async () => {
        const text = 'journey shop "Shop" {\n    phase visit "Visit"\n    touchpoint a "A" { // from the interviews\n        via x\n    }\n}\n';
        expect(await fix(text, IssueCodes.TouchpointNotPlaced, /in visit/))
            .toContain('touchpoint a "A" { // from the interviews\n        in visit\n        via x\n');
    });

    test('a new channel mode goes before a comment at the end of the line', async () => {
        const text = 'journey shop "Shop" {\n    channel web "Web" // the shop\n}\n';
        expect(await fix(text, IssueCodes.ChannelModeMissing, /physical/)).toContain('channel web "Web" physical // the shop\n');
    });
});

describe('quick fixes in blocks written on one line', () => {
    const placed = (touchpoint: string) => `journey shop "Shop" {\n    phase visit "Visit"\n    ${touchpoint}\n}\n`;

    test('`{ via x }` is spread over lines, the placement first', async () => {
        expect(await fix(placed('touchpoint a "A" { via x }'), IssueCodes.TouchpointNotPlaced, /in visit/))
            .toBe(placed('touchpoint a "A" {\n        in visit\n        via x\n    }'));
    });

    test('a line after a fact at the end of a one-line block stays inside the block', async () => {
        const text = 'journey now "Now" {\n    phase visit "Visit"\n}\njourney next "Next" { kind future }\n';
        const fixed = await fix(text, IssueCodes.FutureWithoutCurrent, /improves now/);
        expect(fixed).toContain('journey next "Next" { kind future\nimproves now }');
        expect(codesOf(await validate(fixed))).not.toContain(IssueCodes.FutureWithoutCurrent);
    });

    test('`}` after the last fact on its line: the new line goes before it, `}` on its own line', async () => {
        const text = 'journey shop "Shop" {\n    department sales "Sales"\n    phase visit "Visit" {\n        owner sales }\n'
            + '    phase pay "Pay" {\n        description "Paying" }\n    touchpoint a "A" {\n        in visit\n    }\n    touchpoint b "B" {\n        in pay\n    }\n}\n';
        expect(await fix(text, IssueCodes.PhaseWithoutOwner, /owner sales/)).toContain('        description "Paying"\n        owner sales\n    }\n');
    });

    test('a repeat inside a one-line block goes without the rest of the line; a repeat with a comment after it keeps the comment', async () => {
        const text = placed('touchpoint a "A" { in visit description "x" description "x" }');
        expect(await fix(text, IssueCodes.RepeatedFact, /Remove this line/)).toBe(placed('touchpoint a "A" { in visit description "x" }'));
        const commented = placed('touchpoint a "A" {\n        in visit\n        description "x"\n        description "x" // from the survey\n    }');
        expect(await fix(commented, IssueCodes.RepeatedFact, /Remove this line/)).toContain('        description "x"\n        // from the survey\n    }');
    });
});

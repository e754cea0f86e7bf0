import { describe, expect, test } from 'vitest';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { validate } from './journey-test-services.js';

async function syntaxMessages(text: string): Promise<string[]> {
    const document = await validate(text);
    return (document.diagnostics ?? []).filter(d => d.code === IssueCodes.SyntaxError).map(d => String(d.message));
}

describe('syntax errors speak the user\'s language', () => {
    test('a missing label quote', async () => {
        expect(await syntaxMessages('journey j "J" {\n    goal Fewer drop-outs\n}')).toEqual([
            expect.stringMatching(/^Expected a quoted text such as "Online ads" after 'goal', but found 'Fewer'\./),
        ]);
    });

    test('after asks for a phase', async () => {
        expect(await syntaxMessages('journey j "J" {\n    phase a "A"\n    touchpoint t "T" {\n        after "A"\n    }\n}')).toEqual([
            expect.stringMatching(/^Expected the id of a phase after 'after', but found '"A"'\./),
        ]);
    });

    test('an unclosed block', async () => {
        expect(await syntaxMessages('journey j "J" {\n    phase a "A" {\n')).toContainEqual(
            "A block opened with '{' is not closed: add '}' at its end.");
    });

    test('an unknown word in a journey lists what may come', async () => {
        const [message] = await syntaxMessages('journey j "J" {\n    stage a "A"\n}');
        expect(message).toMatch(/^'stage' is not expected in a journey\. A line here starts with 'kind', .*'phase', 'touchpoint' or 'improvement', or '}' to close it\./);
        expect(message).not.toMatch(/token|Token|ID|STRING/);
    });

    test('an unclosed quoted text', async () => {
        expect(await syntaxMessages('journey j "J" {\n    goal "Fewer drop-outs\n}')).toContainEqual(
            'This quoted text is not closed: add " before the end of the line.');
    });

    test('a stray character', async () => {
        expect(await syntaxMessages('journey j "J" {\n    # goal\n}')).toContainEqual(
            expect.stringMatching(/^The character '#' is not allowed here/));
    });

    test('broken text is recovered: later problems are still found', async () => {
        const document = await validate('journey j "J" {\n    goal\n    phase a "A"\n    touchpoint t "T" { in b }\n}');
        const codes = (document.diagnostics ?? []).map(d => d.code);
        expect(codes).toContain(IssueCodes.SyntaxError);
        expect(codes).toContain(IssueCodes.UnknownReference);
    });

    test('labels in any script, and both comment styles', async () => {
        const document = await validate(`// comment
/* block
   comment */
journey j "Klantreis — 顧客の旅 — رحلة العميل" {
    phase a "Oriëntatie" // trailing comment
    touchpoint t "Winkel \\"De Hoek\\"" { in a }
}`);
        expect(document.diagnostics).toEqual([]);
        expect(document.parseResult.value.elements[0]).toMatchObject({ label: 'Klantreis — 顧客の旅 — رحلة العميل' });
    });

    test('keywords can be used as ids where they are common words', async () => {
        const document = await validate(`journey j "J" {
    department support "Customer support"
    channel data "Data portal" digital
    phase current "Current" {
        owner support
    }
    touchpoint t "T" {
        in current
        via data
    }
}`);
        expect(document.diagnostics).toEqual([]);
    });
});

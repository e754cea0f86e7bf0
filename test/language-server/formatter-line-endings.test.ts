// Issue 10 §4: "Format Document" (and `journey format`) keep the file's line
// endings: CRLF stays CRLF, a CR-only file stays CR, never a mix.
import { TextDocument } from 'langium';
import { parseHelper } from 'langium/test';
import { expect, test } from 'vitest';
import type { JourneyFile } from '../../language-server/generated/ast.js';
import { services } from './journey-test-services.js';

const parse = parseHelper<JourneyFile>(services);

async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const UNFORMATTED = 'journey j "J" {\n  phase a "A" { emotion 1 }\n\n\n  // note\n  phase b "B"\n}';
const FORMATTED = 'journey j "J" {\n    phase a "A" {\n        emotion 1\n    }\n\n    // note\n    phase b "B"\n}\n';

test.each([['CRLF', '\r\n'], ['CR', '\r'], ['LF', '\n']])('%s line endings stay as they are', async (_, eol) => {
    expect(await format(UNFORMATTED.replace(/\n/g, eol))).toBe(FORMATTED.replace(/\n/g, eol));
});

test('a mixed file gets its most used line ending where lines are added', async () => {
    const mixed = 'journey j "J" {\r\n  phase a "A" { emotion 1 }\r\n  phase b "B"\n}';
    expect(await format(mixed)).not.toMatch(/[^\r]\n/);
});

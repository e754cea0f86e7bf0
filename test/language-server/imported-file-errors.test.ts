// Issue 10 §3: a broken imported file (or a binary one named .journey) is
// reported at the import line; an unclosed `/*` says so, where it starts.
import { expect, test } from 'vitest';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { validate, withCode } from './journey-test-services.js';

const IMPORTER = 'import "company.journey"\njourney j "J" {\n    phase a "A"\n}\n';

test('an imported file with syntax errors: an error at the import line, with the count', async () => {
    const document = await validate(IMPORTER, { 'company.journey': 'persona p "P" {\n    pain Spelt without quotes\n}\nchannel ?\n' });
    const [error] = withCode(document, IssueCodes.ImportHasErrors);
    expect(error.message).toMatch(/^The imported file 'company\.journey' has \d+ syntax errors, so some of its definitions may be missing here/);
    expect(error.range.start).toEqual({ line: 0, character: 7 });
});

test('a PNG renamed to .journey is reported the same way', async () => {
    const png = '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000';
    const document = await validate(IMPORTER, { 'company.journey': png });
    expect(withCode(document, IssueCodes.ImportHasErrors)).toHaveLength(1);
});

test('a clean imported file: no such error', async () => {
    const document = await validate(IMPORTER, { 'company.journey': 'persona p "P"\n' });
    expect(withCode(document, IssueCodes.ImportHasErrors)).toEqual([]);
});

test('an unclosed comment is named as such, where it starts', async () => {
    const document = await validate('journey j "J" {\n    phase a "A"\n    /* not finished\n    phase b "B"\n}\n');
    const first = withCode(document, IssueCodes.SyntaxError)[0];
    expect(first.message).toBe('The comment that starts here (line 3, column 5) is not closed: add */ where it ends.');
    expect(first.range.start).toEqual({ line: 2, character: 4 });
});

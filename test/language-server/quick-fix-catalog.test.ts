// Every problem code has been decided on: a quick fix, or a reason why it has
// none; and the guide has an entry (with an anchor the editor links to) that
// says the same.
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FIX_ALL_CODES, QUICK_FIXES, WITHOUT_QUICK_FIX } from '../../language-server/code-actions/quick-fixes.js';
import { GUIDE_URL, guideLink } from '../../language-server/guide-links.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';

const guide = fs.readFileSync('LANGUAGE-GUIDE.md', 'utf8');
const row = (code: string) => guide.split('\n').find(line => line.startsWith(`| \`${code}\` | <a id="code-${code}"></a>`));

describe('quick fix catalog', () => {
    test.each(Object.values(IssueCodes))('%s has a quick fix or a reason for none, and the guide says which', code => {
        expect(code in QUICK_FIXES !== code in WITHOUT_QUICK_FIX, 'in exactly one of the tables').toBe(true);
        const cells = row(code)?.split(' | ');
        expect(cells, 'a row with an anchor in the guide').toBeDefined();
        const fixCell = cells!.at(-1)!.replace(/ \|$/, '');
        expect(fixCell.startsWith('—')).toBe(code in WITHOUT_QUICK_FIX);
    });

    test('links go to the guide on the repository of package.json', () => {
        const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { repository: { url: string } };
        expect(manifest.repository.url).toBe('git+https://github.com/journey-maps/journey.git');
        expect(GUIDE_URL).toBe('https://github.com/journey-maps/journey/blob/main/LANGUAGE-GUIDE.md');
        expect(guideLink('duplicate-id')).toBe(`${GUIDE_URL}#code-duplicate-id`);
    });
});

describe('Fix all', () => {
    test('looks only at the problems whose fixes can be safe, and each of those has a fix', () => {
        for (const code of FIX_ALL_CODES) expect(QUICK_FIXES[code as keyof typeof QUICK_FIXES], code).toBeDefined();
    });
});

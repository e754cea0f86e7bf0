// Every shipped example parses, links and validates without errors, and no
// prefix of one (text as it is while typing) makes a check crash.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { loadJourneyWorkspace } from '../../src/cli/journey-workspace.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { validate } from './journey-test-services.js';

const EXAMPLES = path.resolve('examples');
const files = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.journey')).sort();

describe('examples', () => {
    test('there are examples of every kind', () => {
        const text = files.map(f => fs.readFileSync(path.join(EXAMPLES, f), 'utf8')).join('\n');
        for (const kind of ['current', 'future', 'day', 'blueprint']) expect(text).toMatch(new RegExp(`^\\s*kind ${kind}$`, 'm'));
        expect(text).toMatch(/^import "/m);
    });

    test.each(files)('%s has no errors or warnings', async (file) => {
        const { documents } = await loadJourneyWorkspace([path.join(EXAMPLES, file)]);
        const problems = (documents[0].diagnostics ?? []).filter(d => d.severity! <= DiagnosticSeverity.Warning);
        expect(problems.map(d => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
    });

    test.each(files)('%s: every prefix is handled without a crash', async (file) => {
        const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
        const step = Math.max(1, Math.floor(text.length / 150));
        for (let end = 0; end <= text.length; end += step) {
            const document = await validate(text.slice(0, end));
            const crashes = (document.diagnostics ?? []).filter(d => d.code === IssueCodes.InternalError);
            expect(crashes.map(d => d.message), `prefix of ${end} characters`).toEqual([]);
        }
    });
});

import { describe, expect, test } from 'vitest';
import { inertJson, inertLine, inertLines, inertMarkdown } from '../../diagram-core/inert-text.js';
import { expectInert, PAYLOADS } from '../cli/hostile-text.js';

/** The payloads as the parser hands them over: string escapes turned into the characters. */
const texts = Object.values(PAYLOADS).map(p => p.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\t/g, '\t'));

describe('inertLine', () => {
    test.each(texts)('%j is one inert line', text => {
        const line = inertLine(text);
        expect(line).not.toMatch(/\n/);
        expectInert(line);
        expectInert(`::error file=x,line=1,col=1,endLine=1,endColumn=1,title=Journey [x]::${line}`, { commands: 1 });
    });

    test('what a reader sees: breaks as spaces, controls as \uFFFD, commands as look-alikes', () => {
        expect(inertLine('a\nb\r\nc\td')).toBe('a b c d');
        expect(inertLine('\u001b[2J \u202Eevil')).toBe('\uFFFD[2J \uFFFDevil');
        expect(inertLine('  ::error::x')).toBe('  \u2236:error::x');
        expect(inertLine('a ##[error]b')).toBe('a #\uFF03[error]b');
        expect(inertLine('mid-line :: is harmless')).toBe('mid-line :: is harmless');
    });

    test('inert text stays as it is: made inert twice reads the same', () => {
        for (const text of texts) expect(inertLine(inertLine(text))).toBe(inertLine(text));
    });
});

test('inertLines keeps the output\'s own lines and guards each', () => {
    expect(inertLines('title x\n    ::error::y: 3\n')).toBe('title x\n    \u2236:error::y: 3\n');
});

test('inertJson: the same values, nothing raw on a terminal', () => {
    const value = { texts };
    const json = inertJson(JSON.stringify(value, undefined, 2));
    expectInert(json);
    expect(JSON.parse(json)).toEqual(value);
});

describe('inertMarkdown', () => {
    test('mentions, URLs and issue references are broken by a word joiner', () => {
        expect(inertMarkdown('@octocat https://x.example www.x.example #1'))
            .toBe('@\u2060octocat https:\u2060//x.example www\u2060.x.example \\#\u20601');
    });
});

// The Monarch tokenizer generated from the TextMate grammar: the rules are the
// grammar's own, so a keyword added to the grammar is highlighted in the playground too.
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { monarchFromTextMate, type MonarchRule, type TextMateGrammar } from '../../playground/monarch.js';

const grammar = JSON.parse(fs.readFileSync('syntaxes/journey.tmLanguage.json', 'utf8')) as TextMateGrammar;

/** The token of the first rule of `state` that matches at the start of `text` (as Monarch tries them), and the state it goes to. */
function firstMatch(rules: MonarchRule[], text: string): { token: string; next?: string; matched: string } | undefined {
    for (const [regex, action] of rules) {
        const match = new RegExp(`^(?:${regex.source})`).exec(text);
        if (match) return typeof action === 'string' ? { token: action, matched: match[0] } : { ...action, matched: match[0] };
    }
    return undefined;
}

describe('monarchFromTextMate', () => {
    const language = monarchFromTextMate(grammar);
    const root = language.tokenizer.root;

    test('starts in root, and names tokens by the grammar\'s scopes', () => {
        expect(language.start).toBe('root');
        expect(language.tokenPostfix).toBe('.journey');
        expect(firstMatch(root, 'touchpoint x')).toEqual({ token: 'keyword.control', matched: 'touchpoint' });
        expect(firstMatch(root, 'touchpoints')?.matched).not.toBe('touchpoint');
    });

    test('a line comment ends with its line; a block comment and a string are regions that end at their closing mark', () => {
        expect(firstMatch(root, '// phase "x"')).toEqual({ token: 'comment.line', matched: '// phase "x"' });
        const block = firstMatch(root, '/* a');
        expect(block).toMatchObject({ token: 'comment.block', matched: '/*' });
        expect(firstMatch(language.tokenizer[block!.next!.slice(1)], '*/ phase')).toEqual({ token: 'comment.block', next: '@pop', matched: '*/' });
        const string = firstMatch(root, '"Order"');
        expect(string).toMatchObject({ token: 'string.quoted.double', matched: '"' });
        const inside = language.tokenizer[string!.next!.slice(1)];
        expect(firstMatch(inside, '\\" more')).toEqual({ token: 'constant.character.escape', matched: '\\"' });
        expect(firstMatch(inside, '" after')).toEqual({ token: 'string.quoted.double', next: '@pop', matched: '"' });
    });

    test('every keyword of the grammar is one', () => {
        const source = grammar.patterns.find(p => p.name?.startsWith('keyword'))!.match!;
        const keywords = /\\b\(([^)]*)\)\\b/.exec(source)![1].split('|');
        expect(keywords.length).toBeGreaterThan(30);
        for (const keyword of keywords) expect(firstMatch(root, `${keyword} `)).toEqual({ token: 'keyword.control', matched: keyword });
    });
});

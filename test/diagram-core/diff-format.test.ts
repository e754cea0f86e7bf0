// The words of a journey diff: summary lines, values, sparklines and Markdown escaping.
import { describe, expect, test } from 'vitest';
import { diffJourneys } from '../../diagram-core/journey-diff.js';
import { escapeMarkdown, formatMarkdown, formatText, plain, sparkline, summaryPhrase } from '../../diagram-core/diff-format.js';
import { modelOf } from '../diagram-core/journey-models.js';

const SHOP = `journey shop "Shop" {
    phase visit "Visit" {
        emotion -1
    }
    touchpoint ads "Online ads" {
        in visit
        score 3
    }
}
`;

describe('summary line', () => {
    test('counts per element and kind; up to three changes in words', async () => {
        const diff = diffJourneys(await modelOf(SHOP), await modelOf(SHOP.replace('score 3', 'score 2').replace('    }\n}\n',
            '    }\n    touchpoint a "A" {\n        in visit\n    }\n    touchpoint b "B" {\n        in visit\n    }\n}\n')));
        expect(summaryPhrase(diff)).toBe("2 touchpoints added, score of 'Online ads' 3 → 2");
    });

    test('more than three changes: how many elements changed', async () => {
        const diff = diffJourneys(await modelOf(SHOP), await modelOf(SHOP.replace('score 3', 'score 2\n        critical\n        evidence data\n        description "New"')));
        expect(summaryPhrase(diff)).toBe('1 touchpoint changed');
    });

    test('added and removed journeys say what they hold', async () => {
        const model = await modelOf(SHOP);
        expect(summaryPhrase(diffJourneys(undefined, model))).toBe('new journey with 1 phase, 1 touchpoint');
        expect(summaryPhrase(diffJourneys(model, undefined))).toBe('journey removed (it had 1 phase, 1 touchpoint)');
        expect(summaryPhrase(diffJourneys(model, model))).toBe('no changes');
    });
});

test('sparkline: -3…+3 as block heights, · where a phase has no emotion', () => {
    expect(sparkline([-3, 0, 3, null, 1])).toBe('▁▄▇·▅');
});

describe('escaping user text', () => {
    test('Markdown: no HTML, no table breaks, no code, links, emphasis or mentions', () => {
        expect(escapeMarkdown('a | b <img src=x onerror=alert(1)>')).toBe('a \\| b &lt;img src=x onerror=alert\\(1\\)&gt;');
        expect(escapeMarkdown('`x` *y* _z_ [l](u) @all $m$ &amp;')).toBe('\\`x\\` \\*y\\* \\_z\\_ \\[l\\]\\(u\\) @\u2060all \\$m\\$ &amp;amp;');
        expect(escapeMarkdown('two\nlines\r\nhere')).toBe('two lines here');
    });

    test('text: no control characters, so no terminal escapes', () => {
        expect(plain('red \u001b[31mtext\u001b[0m\nnext')).toBe('red \uFFFD[31mtext\uFFFD[0m next');
    });

    test('a hostile journey title stays inside its bold', async () => {
        const model = await modelOf(SHOP.replace('"Shop"', '"**x** <b>y</b>"'));
        const markdown = formatMarkdown([{ path: 'shop|.journey', before: 'HEAD', after: 'working tree', journeys: [diffJourneys(model, model)] }]);
        expect(markdown).toBe('### shop\\|.journey\n\n_HEAD → working tree_\n\n**\\*\\*x\\*\\* &lt;b&gt;y&lt;/b&gt;**: no changes\n');
        expect(formatText([])).toBe('');
    });
});

// The words of a journey diff: summary lines, values, sparklines and Markdown escaping.
import * as fs from 'node:fs';
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

describe('renames and items in words', () => {
    const RICH = `journey shop "Shop" {
    persona family "Family" {
        pain "No time"
    }
    channel website "Website" digital
    channel store "Store" physical
    phase visit "Visit"
    touchpoint ads "Online ads" {
        in visit
        via website
        metric clicks "Clicks" current 5%
    }
}
`;

    test('an id rename: one line, one row, one summary phrase', async () => {
        const diff = diffJourneys(await modelOf(RICH), await modelOf(RICH.replace(/\bvisit\b/g, 'browse')));
        expect(summaryPhrase(diff)).toBe('phase id visit → browse');
        const files = [{ path: 'shop.journey', before: 'HEAD', after: 'working tree', journeys: [diff] }];
        expect(formatText(files).split('\n')[2]).toBe("    ~ phase 'Visit': id visit → browse");
        expect(formatMarkdown(files)).toContain('| phase | Visit | id | visit | browse |');
    });

    test('a journey with a new id and label is renamed once', async () => {
        const diff = diffJourneys(await modelOf(RICH), await modelOf(RICH.replace('journey shop "Shop"', 'journey webshop "Webshop"')));
        const files = [{ path: 'shop.journey', before: 'HEAD', after: 'working tree', journeys: [diff] }];
        expect(formatText(files).split('\n').slice(1, 3)).toEqual([
            "  Webshop (webshop): journey id shop → webshop",
            "    ~ journey 'Webshop': id shop → webshop, label 'Shop' → 'Webshop'",
        ]);
        expect(formatMarkdown(files)).toContain('| journey | Webshop | id and label | Shop \\(shop\\) | Webshop \\(webshop\\) |');
    });

    test('channels, metrics and persona lines added or removed say so', async () => {
        const diff = diffJourneys(await modelOf(RICH), await modelOf(RICH
            .replace('via website', 'via website, store').replace('metric clicks', 'metric click_rate').replace('pain "No time"', 'gain "Quiet"')));
        const lines = formatText([{ path: 'shop.journey', before: 'a', after: 'b', journeys: [diff] }]).split('\n').slice(2, -1);
        expect(lines).toEqual([
            "    ~ persona 'Family': pain removed: No time",
            "    ~ persona 'Family': gain added: Quiet",
            "    ~ touchpoint 'Online ads': channel added: Store",
            "    ~ touchpoint 'Online ads': metric id clicks → click_rate",
        ]);
        expect(summaryPhrase(diff)).toBe('1 touchpoint changed, 1 persona changed');
    });
});

test("the guide's example of what changed is what the diff says", async () => {
    const before = `journey shop "Shop" {
    persona family "Family" {
        pain "No time"
    }
    channel website "Website" digital
    channel store "Store" physical
    phase visit "Visit"
    phase delivery "Delivery"
    phase usage "Usage"
    touchpoint ads "Online ads" {
        in visit
        via website
        score 3
    }
    touchpoint van "Delivery van" {
        in delivery
        via store
    }
    touchpoint review "Review request" {
        after delivery
        via website
    }
}
`;
    // F2 on `delivery`, the phase block moved after `usage`, a channel and a pain added.
    const after = before.replace(/\bdelivery\b/g, 'handover')
        .replace('    phase handover "Delivery"\n    phase usage "Usage"\n', '    phase usage "Usage"\n    phase handover "Delivery"\n')
        .replace('via website\n        score 3', 'via website, store\n        score 3')
        .replace('        pain "No time"\n', '        pain "No time"\n        pain "Noisy neighbours"\n');
    const text = formatText([{ path: 'shop.journey', before: 'HEAD', after: 'working tree', journeys: [diffJourneys(await modelOf(before), await modelOf(after))] }]);
    const guide = fs.readFileSync('LANGUAGE-GUIDE.md', 'utf8');
    const section = guide.slice(guide.indexOf('\n## What changed: comparing versions'));
    expect(text).toBe(/```text\n([\s\S]*?)```/.exec(section)![1]);
});

// The semantic journey diff on pairs of journeys with known changes: each kind
// of change alone, all together, and reformats that are no change at all.
import { describe, expect, test } from 'vitest';
import {
    diffJourneyLists, diffJourneys, diffMarks, drawnId, emptyJourney, longestCommonSubsequence, mergedModel, type JourneyChange,
} from '../../diagram-core/journey-diff.js';
import { diagramToSvg } from '../../diagram-core/standalone-svg.js';
import { modelOf } from './journey-models.js';

const BASE = `journey shop "Shop" {
    kind current
    market B2C
    goal "Sell more floors"
    evaluation "Every quarter"
    persona family "Family" {
        age 30-40
        lives "A commuter town"
        gender "Mixed"
    }
    persona seniors "Seniors"
    department marketing "Marketing"
    department sales "Sales"
    channel website "Website" digital
    channel store "Store" physical
    phase orientation "Orientation" {
        owner marketing
        description "Looks around"
        thinks "Which floor suits us?"
        does "Searches online"
        does "Asks friends"
        does "Visits a showroom"
        emotion -1
        emotion family 1
        metric visits "Visits" current 10 target 20
    }
    phase purchase "Purchase" {
        owner sales
        does "Orders the floor"
        emotion 2
    }
    phase delivery "Delivery" {
        owner sales
        pain "Waiting at home all day" for family evidence research
        emotion 0
    }
    touchpoint ads "Online ads" {
        in orientation
        via website
        owner marketing
        for family, seniors
        score 3
        emotion 1
        emotion family 2
        critical
        evidence data
        description "Banner ads"
        metric clicks "Clicks" current 5%
    }
    touchpoint counter "Counter" {
        between orientation and purchase
        via store
        score 4
    }
    touchpoint van "Delivery van" {
        in delivery
        via store
    }
    improvement faster "Faster delivery" {
        owner sales
        priority now
        addresses van, delivery
        description "Next-day delivery"
    }
}
`;

/** BASE with each [from, to] replaced once; fails when `from` is not there, so a test cannot silently test nothing. */
function edit(...replacements: Array<[string, string]>): string {
    let text = BASE;
    for (const [from, to] of replacements) {
        expect(text, `BASE contains ${JSON.stringify(from)}`).toContain(from);
        text = text.replace(from, to);
    }
    return text;
}

async function diffOf(before: string, after: string) {
    return diffJourneys(await modelOf(before), await modelOf(after));
}

/** The changes without ids and empty fields, for readable expectations. */
const brief = (changes: JourneyChange[]) => changes.map(({ kind, element, label, property, before, after, context, formerLabel }) =>
    Object.fromEntries(Object.entries({ kind, element, label, property, before, after, context, formerLabel }).filter(([, v]) => v !== undefined)));

describe('no change', () => {
    test('the same text', async () => {
        const diff = await diffOf(BASE, BASE);
        expect(diff.changes).toEqual([]);
        expect(diff.status).toBe('unchanged');
        expect(diff.summary.total).toBe(0);
    });

    test('a reformat: other indentation, blank lines, comments, one-line blocks', async () => {
        const reformatted = edit(['touchpoint van "Delivery van" {\n        in delivery\n        via store\n    }', 'touchpoint van "Delivery van" { in delivery via store }'])
            .replace(/^( {4})+/gm, indent => '\t'.repeat(indent.length / 4))
            .replace('phase purchase "Purchase" {', '// the second phase\n\nphase   purchase   "Purchase"   {   /* ordering */');
        expect(reformatted).toContain('{ in delivery via store }');
        expect((await diffOf(BASE, reformatted)).changes).toEqual([]);
    });

    test('lines in another order inside a block, and blocks of touchpoints in another order', async () => {
        const reordered = edit(
            // touchpoint lines
            ['        in orientation\n        via website\n        owner marketing\n        for family, seniors\n        score 3\n        emotion 1\n        emotion family 2\n        critical\n',
                '        critical\n        emotion family 2\n        score 3\n        for seniors, family\n        owner marketing\n        emotion 1\n        via website\n        in orientation\n'],
            // lanes of a phase interleaved differently (the order within a lane kept), emotions and metric moved
            ['        thinks "Which floor suits us?"\n        does "Searches online"\n', '        does "Searches online"\n        emotion family 1\n        thinks "Which floor suits us?"\n'],
            ['        emotion -1\n        emotion family 1\n', '        emotion -1\n'],
            // persona facts, improvement lines, addresses
            ['        lives "A commuter town"\n        gender "Mixed"\n', '        gender "Mixed"\n        lives "A commuter town"\n'],
            ['        priority now\n        addresses van, delivery\n', '        addresses delivery, van\n        priority now\n'],
            // two touchpoint blocks swapped
            ['    touchpoint counter "Counter" {\n        between orientation and purchase\n        via store\n        score 4\n    }\n    touchpoint van "Delivery van" {\n        in delivery\n        via store\n    }\n',
                '    touchpoint van "Delivery van" {\n        in delivery\n        via store\n    }\n    touchpoint counter "Counter" {\n        between orientation and purchase\n        via store\n        score 4\n    }\n'],
        );
        expect((await diffOf(BASE, reordered)).changes).toEqual([]);
    });

    test('an id written as its own label', async () => {
        const text = `journey j "J" {\n    phase a\n}\n`;
        expect((await diffOf(text, text.replace('phase a', 'phase a "a"'))).changes).toEqual([]);
    });
});

describe('phases', () => {
    test('added, with its lane entries', async () => {
        const diff = await diffOf(BASE, edit(['    touchpoint ads', '    phase usage "Usage" {\n        does "Walks on it"\n    }\n    touchpoint ads']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'added', element: 'phase', label: 'Usage' },
            { kind: 'added', element: 'entry', label: 'Walks on it', context: 'Usage · Does' },
        ]);
        expect(diff.changes[0].id).toBe('phase:usage');
        expect(diff.status).toBe('changed');
    });

    test('removed', async () => {
        const diff = await diffOf(BASE.replace('between orientation and purchase', 'in orientation'),
            edit(['between orientation and purchase', 'in orientation'], ['    phase purchase "Purchase" {\n        owner sales\n        does "Orders the floor"\n        emotion 2\n    }\n', '']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'removed', element: 'phase', label: 'Purchase' },
            { kind: 'removed', element: 'entry', label: 'Orders the floor', context: 'Purchase · Does' },
        ]);
    });

    test('renamed: the same id with a new label', async () => {
        const diff = await diffOf(BASE, edit(['phase orientation "Orientation"', 'phase orientation "Oriëntatie"']));
        expect(brief(diff.changes)).toEqual([{ kind: 'renamed', element: 'phase', label: 'Oriëntatie', property: 'label', before: 'Orientation', after: 'Oriëntatie' }]);
    });

    test('a new id (what F2 Rename does) is one rename: touchpoints, entries and improvements follow it unreported', async () => {
        const diff = await diffOf(BASE, edit(['phase delivery', 'phase handover'], ['in delivery', 'in handover'], ['addresses van, delivery', 'addresses van, handover']));
        expect(diff.changes).toEqual([
            { kind: 'renamed', element: 'phase', id: 'phase:handover', label: 'Delivery', property: 'id', before: 'delivery', after: 'handover' },
        ]);
        expect(diff.emotion.before).toEqual(diff.emotion.after);
    });

    test('a new id and other changes: still one phase, renamed and changed', async () => {
        const diff = await diffOf(BASE, edit(['phase delivery', 'phase handover'], ['in delivery', 'in handover'], ['addresses van, delivery', 'addresses van, handover'],
            ['        emotion 0\n', '        emotion -1\n']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'renamed', element: 'phase', label: 'Delivery', property: 'id', before: 'delivery', after: 'handover' },
            { kind: 'changed', element: 'phase', label: 'Delivery', property: 'emotion', before: 0, after: -1 },
        ]);
    });

    test('a new id and a new label: a removed and an added phase', async () => {
        const diff = await diffOf(BASE, edit(['phase delivery "Delivery"', 'phase handover "Handover"'], ['in delivery', 'in handover'],
            ['addresses van, delivery', 'addresses van, handover'], ['        emotion 0\n', '        emotion -1\n']));
        expect(diff.changes.filter(c => c.element === 'phase').map(c => [c.kind, c.id])).toEqual([['added', 'phase:handover'], ['removed', 'phase:delivery']]);
    });

    test('reordered: the phase that left the common order, with old and new positions', async () => {
        const purchase = '    phase purchase "Purchase" {\n        owner sales\n        does "Orders the floor"\n        emotion 2\n    }\n';
        const text = edit([purchase, ''], ['    touchpoint ads', `${purchase}    touchpoint ads`], ['between orientation and purchase', 'in purchase']);
        const diff = await diffOf(BASE.replace('between orientation and purchase', 'in purchase'), text);
        expect(brief(diff.changes)).toEqual([{ kind: 'reordered', element: 'phase', label: 'Purchase', property: 'position', before: 2, after: 3 }]);
        expect(diff.emotion.before.phases.map(p => p.name)).toEqual(['orientation', 'purchase', 'delivery']);
        expect(diff.emotion.after.phases.map(p => p.name)).toEqual(['orientation', 'delivery', 'purchase']);
        expect(diff.emotion.after.curves[0]).toEqual({ persona: null, label: 'Customer', values: [-1, 0, 2] });
    });

    test('owner, description, emotions and metrics', async () => {
        const diff = await diffOf(BASE, edit(
            ['        owner marketing\n        description "Looks around"', '        owner sales\n        description "Looks around a lot"'],
            ['        emotion -1\n        emotion family 1\n', '        emotion -2\n        emotion seniors 0\n'],
            ['metric visits "Visits" current 10 target 20', 'metric visits "Visits" current 12 target 20\n        metric calls "Calls"'],
        ));
        expect(brief(diff.changes)).toEqual([
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'owner', before: 'Marketing', after: 'Sales' },
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'description', before: 'Looks around', after: 'Looks around a lot' },
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'emotion', before: -1, after: -2 },
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'emotion:family', before: 1, after: null },
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'emotion:seniors', before: null, after: 0 },
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'metric:visits', before: 'Visits, current 10, target 20', after: 'Visits, current 12, target 20' },
            { kind: 'changed', element: 'phase', label: 'Orientation', property: 'metric:calls', before: null, after: 'Calls' },
        ]);
    });
});

describe('touchpoints', () => {
    test('added and removed, with where they are', async () => {
        const diff = await diffOf(BASE, edit(
            ['    touchpoint van "Delivery van" {\n        in delivery\n        via store\n    }\n', ''],
            ['    improvement faster', '    touchpoint call "Confirmation call" {\n        between purchase and delivery\n    }\n    improvement faster'],
            ['addresses van, delivery', 'addresses delivery'],
        ));
        expect(brief(diff.changes.filter(c => c.element === 'touchpoint'))).toEqual([
            { kind: 'added', element: 'touchpoint', label: 'Confirmation call', context: 'after Purchase' },
            { kind: 'removed', element: 'touchpoint', label: 'Delivery van', context: 'in Delivery' },
        ]);
    });

    test('renamed', async () => {
        const diff = await diffOf(BASE, edit(['touchpoint ads "Online ads"', 'touchpoint ads "Display ads"']));
        expect(brief(diff.changes)).toEqual([{ kind: 'renamed', element: 'touchpoint', label: 'Display ads', property: 'label', before: 'Online ads', after: 'Display ads' }]);
    });

    test('moved to another phase, and to between other phases', async () => {
        const diff = await diffOf(BASE, edit(['        in orientation\n        via website', '        in purchase\n        via website'],
            ['between orientation and purchase', 'between purchase and delivery']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'moved', element: 'touchpoint', label: 'Online ads', property: 'placement', before: 'in Orientation', after: 'in Purchase' },
            { kind: 'moved', element: 'touchpoint', label: 'Counter', property: 'placement', before: 'after Orientation', after: 'after Purchase' },
        ]);
    });

    test('score, emotions, channel, owner, personas, critical, evidence, description, metrics', async () => {
        const diff = await diffOf(BASE, edit(
            ['        via website\n        owner marketing\n        for family, seniors\n        score 3\n        emotion 1\n        emotion family 2\n        critical\n        evidence data\n        description "Banner ads"\n        metric clicks "Clicks" current 5%',
                '        via store\n        owner sales\n        for family\n        score 2\n        emotion -1\n        emotion family 2\n        evidence research\n        description "Banner and video ads"\n        metric clicks "Clicks" current 4%'],
        ));
        expect(brief(diff.changes).map(c => [c.property, c.before, c.after])).toEqual([
            ['channel:store', null, 'Store'],
            ['channel:website', 'Website', null],
            ['owner', 'Marketing', 'Sales'],
            ['for', ['family', 'seniors'], ['family']],
            ['score', 3, 2],
            ['emotion', 1, -1],
            ['critical', true, false],
            ['evidence', 'data', 'research'],
            ['description', 'Banner ads', 'Banner and video ads'],
            ['metric:clicks', 'Clicks, current 5%', 'Clicks, current 4%'],
        ]);
        expect(new Set(diff.changes.map(c => `${c.kind} ${c.id}`))).toEqual(new Set(['changed touchpoint:ads']));
        expect(diff.summary).toMatchObject({ changed: 10, total: 10 });
    });

    test('a score added and a critical mark added', async () => {
        const diff = await diffOf(BASE, edit(['        in delivery\n        via store\n', '        in delivery\n        via store\n        score 1\n        critical\n']));
        expect(brief(diff.changes).map(c => [c.label, c.property, c.before, c.after])).toEqual([
            ['Delivery van', 'score', null, 1], ['Delivery van', 'critical', false, true],
        ]);
    });
});

describe('personas', () => {
    test('added, removed, renamed, facts changed', async () => {
        const diff = await diffOf(BASE, edit(
            ['persona family "Family" {\n        age 30-40', 'persona family "Young family" {\n        age 30-45'],
            ['    persona seniors "Seniors"\n', '    persona students "Students"\n'],
            ['for family, seniors', 'for family'],
        ));
        expect(brief(diff.changes.filter(c => c.element === 'persona'))).toEqual([
            { kind: 'renamed', element: 'persona', label: 'Young family', property: 'label', before: 'Family', after: 'Young family' },
            { kind: 'changed', element: 'persona', label: 'Young family', property: 'age', before: '30–40', after: '30–45' },
            { kind: 'added', element: 'persona', label: 'Students' },
            { kind: 'removed', element: 'persona', label: 'Seniors' },
        ]);
    });
});

describe('persona lines, one change each', () => {
    const PERSONA = `journey j "J" {
    persona family "Family" {
        age 30-40
        pain "No time" evidence research
        pain "Noisy neighbours"
        gain "A quiet home"
        interest "DIY"
    }
    phase a "A"
}
`;

    test('added, removed, changed and evidence, in the words of the persona', async () => {
        const diff = await diffOf(PERSONA, PERSONA
            .replace('pain "No time" evidence research', 'pain "No time" evidence data')
            .replace('        pain "Noisy neighbours"\n', '')
            .replace('gain "A quiet home"', 'gain "A quiet, warm home"')
            .replace('interest "DIY"', 'interest "DIY"\n        interest "Gardening"\n        description "Both work full time"'));
        expect(brief(diff.changes)).toEqual([
            { kind: 'changed', element: 'persona', label: 'Family', property: 'pain', before: 'No time (evidence research)', after: 'No time (evidence data)' },
            { kind: 'changed', element: 'persona', label: 'Family', property: 'pain', before: 'Noisy neighbours', after: null },
            { kind: 'changed', element: 'persona', label: 'Family', property: 'gain', before: 'A quiet home', after: 'A quiet, warm home' },
            { kind: 'changed', element: 'persona', label: 'Family', property: 'interest', before: null, after: 'Gardening' },
            { kind: 'changed', element: 'persona', label: 'Family', property: 'description', before: null, after: 'Both work full time' },
        ]);
    });

    test('lines in another order are no change', async () => {
        const swapped = PERSONA.replace('        pain "No time" evidence research\n        pain "Noisy neighbours"\n', '        pain "Noisy neighbours"\n        pain "No time" evidence research\n');
        expect(swapped).not.toBe(PERSONA);
        expect((await diffOf(PERSONA, swapped)).changes).toEqual([]);
    });
});

describe('channels, departments and metrics', () => {
    test('a channel added to a touchpoint and one removed: one change each', async () => {
        const diff = await diffOf(BASE, edit(['        in orientation\n        via website', '        in orientation\n        via store, website']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'changed', element: 'touchpoint', label: 'Online ads', property: 'channel:store', before: null, after: 'Store' },
        ]);
        const removed = await diffOf(edit(['        in orientation\n        via website', '        in orientation\n        via website, store']), BASE);
        expect(brief(removed.changes)).toEqual([
            { kind: 'changed', element: 'touchpoint', label: 'Online ads', property: 'channel:store', before: 'Store', after: null },
        ]);
    });

    test('a new id or label of a department or channel is reported once, not on every element that uses it', async () => {
        const diff = await diffOf(BASE, BASE.replace('"Sales"', '"Sales team"').replace(/\bstore\b/g, 'shop'));
        expect(brief(diff.changes)).toEqual([
            { kind: 'renamed', element: 'department', label: 'Sales team', property: 'label', before: 'Sales', after: 'Sales team' },
            { kind: 'renamed', element: 'channel', label: 'Store', property: 'id', before: 'store', after: 'shop' },
        ]);
        expect(diff.changes[1].id).toBe('channel:shop');
        const idOnly = await diffOf(BASE, BASE.replace(/\bsales\b/g, 'sales_team'));
        expect(brief(idOnly.changes)).toEqual([{ kind: 'renamed', element: 'department', label: 'Sales', property: 'id', before: 'sales', after: 'sales_team' }]);
        // A new id and a new label: another department, so the owners changed.
        const other = await diffOf(BASE, BASE.replace(/\bsales\b/g, 'sales_team').replace('"Sales"', '"Sales team"'));
        expect(other.changes.map(c => `${c.kind} ${c.property} ${c.label}`)).toEqual(['changed owner Purchase', 'changed owner Delivery', 'changed owner Faster delivery']);
        const mode = await diffOf(BASE, BASE.replace('channel store "Store" physical', 'channel store "Store" digital'));
        expect(brief(mode.changes)).toEqual([{ kind: 'changed', element: 'channel', label: 'Store', property: 'mode', before: 'physical', after: 'digital' }]);
    });

    test('metrics of an improvement, and a metric with a new id', async () => {
        const diff = await diffOf(BASE, edit(['        description "Next-day delivery"\n', '        description "Next-day delivery"\n        metric complaints "Complaints" target 5\n'],
            ['metric clicks "Clicks" current 5%', 'metric click_rate "Clicks" current 5%']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'renamed', element: 'touchpoint', label: 'Online ads', property: 'metric:click_rate', before: 'clicks', after: 'click_rate' },
            { kind: 'changed', element: 'improvement', label: 'Faster delivery', property: 'metric:complaints', before: null, after: 'Complaints, target 5' },
        ]);
    });

    test('a persona, touchpoint or improvement with a new id: one rename, its references follow', async () => {
        const diff = await diffOf(BASE, BASE.replace(/\bfamily\b/g, 'household').replace(/\b(touchpoint|addresses) van\b/g, '$1 truck').replace(/\bfaster\b/g, 'quicker'));
        expect(brief(diff.changes)).toEqual([
            { kind: 'renamed', element: 'persona', label: 'Family', property: 'id', before: 'family', after: 'household' },
            { kind: 'renamed', element: 'touchpoint', label: 'Delivery van', property: 'id', before: 'van', after: 'truck' },
            { kind: 'renamed', element: 'improvement', label: 'Faster delivery', property: 'id', before: 'faster', after: 'quicker' },
        ]);
        expect(diff.emotion.before.curves.map(c => c.persona)).toEqual(['', 'household'].map(p => p || null));
    });
});

describe('lane entries', () => {
    const DOES = '        does "Searches online"\n        does "Asks friends"\n        does "Visits a showroom"\n';

    test('added and removed', async () => {
        const diff = await diffOf(BASE, edit([DOES, '        does "Searches online"\n        does "Visits a showroom"\n        feels "Excited"\n']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'added', element: 'entry', label: 'Excited', context: 'Orientation · Feels' },
            { kind: 'removed', element: 'entry', label: 'Asks friends', context: 'Orientation · Does' },
        ]);
    });

    test('an edited text between the same neighbours is one changed entry', async () => {
        const diff = await diffOf(BASE, edit([DOES, '        does "Searches online"\n        does "Asks friends and family"\n        does "Visits a showroom"\n']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'changed', element: 'entry', label: 'Asks friends and family', context: 'Orientation · Does', property: 'text', before: 'Asks friends', after: 'Asks friends and family' },
        ]);
        expect(diff.changes[0].id).toBe('entry:orientation:2');
    });

    test('a new entry before an edited one: added, then the edit', async () => {
        const diff = await diffOf(BASE, edit([DOES, '        does "Reads reviews"\n        does "Searches online"\n        does "Asks friends and family"\n        does "Visits a showroom"\n']));
        expect(brief(diff.changes).map(c => [c.kind, c.label, c.before])).toEqual([
            ['added', 'Reads reviews', undefined], ['changed', 'Asks friends and family', 'Asks friends'],
        ]);
    });

    test('reordered within a lane: positions in the lane', async () => {
        const diff = await diffOf(BASE, edit([DOES, '        does "Asks friends"\n        does "Searches online"\n        does "Visits a showroom"\n']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'reordered', element: 'entry', label: 'Searches online', context: 'Orientation · Does', property: 'position', before: 1, after: 2 },
        ]);
    });

    test('moved to another phase, and to another lane', async () => {
        const diff = await diffOf(BASE, edit(
            [DOES, '        does "Searches online"\n        thinks "Asks friends"\n'],
            ['        does "Orders the floor"\n', '        does "Orders the floor"\n        does "Visits a showroom"\n'],
        ));
        expect(brief(diff.changes)).toEqual([
            { kind: 'moved', element: 'entry', label: 'Asks friends', context: 'Orientation · Thinks', property: 'placement', before: 'Orientation · Does', after: 'Orientation · Thinks' },
            { kind: 'moved', element: 'entry', label: 'Visits a showroom', context: 'Purchase · Does', property: 'placement', before: 'Orientation · Does', after: 'Purchase · Does' },
        ]);
    });

    test('personas and evidence of an entry', async () => {
        const diff = await diffOf(BASE, edit(['pain "Waiting at home all day" for family evidence research', 'pain "Waiting at home all day" evidence assumption']));
        expect(brief(diff.changes).map(c => [c.label, c.property, c.before, c.after])).toEqual([
            ['Waiting at home all day', 'for', ['family'], []], ['Waiting at home all day', 'evidence', 'research', 'assumption'],
        ]);
    });

    test('duplicate texts in a lane are matched one to one', async () => {
        const text = (n: number) => `journey j "J" {\n    phase a "A" {\n${'        does "Same"\n'.repeat(n)}    }\n}\n`;
        expect(brief((await diffOf(text(2), text(3))).changes)).toEqual([{ kind: 'added', element: 'entry', label: 'Same', context: 'A · Does' }]);
        expect((await diffOf(text(3), text(2))).changes.map(c => c.kind)).toEqual(['removed']);
    });
});

describe('improvements', () => {
    test('added, removed, renamed, owner, priority, addresses, description', async () => {
        const diff = await diffOf(BASE, edit(
            ['improvement faster "Faster delivery" {\n        owner sales\n        priority now\n        addresses van, delivery\n        description "Next-day delivery"',
                'improvement faster "Same-day delivery" {\n        owner marketing\n        priority next\n        addresses van, ads\n        description "Same-day delivery"'],
            ['    }\n}\n', '    }\n    improvement ads_test "Test new ads" {\n        addresses ads\n    }\n}\n'],
        ));
        expect(brief(diff.changes)).toEqual([
            { kind: 'renamed', element: 'improvement', label: 'Same-day delivery', property: 'label', before: 'Faster delivery', after: 'Same-day delivery' },
            { kind: 'changed', element: 'improvement', label: 'Same-day delivery', property: 'owner', before: 'Sales', after: 'Marketing' },
            { kind: 'changed', element: 'improvement', label: 'Same-day delivery', property: 'priority', before: 'now', after: 'next' },
            { kind: 'changed', element: 'improvement', label: 'Same-day delivery', property: 'addresses', before: ['Delivery', 'Delivery van'], after: ['Online ads', 'Delivery van'] },
            { kind: 'changed', element: 'improvement', label: 'Same-day delivery', property: 'description', before: 'Next-day delivery', after: 'Same-day delivery' },
            { kind: 'added', element: 'improvement', label: 'Test new ads' },
        ]);
        const removed = await diffOf(BASE, edit(['    improvement faster "Faster delivery" {\n        owner sales\n        priority now\n        addresses van, delivery\n        description "Next-day delivery"\n    }\n', '']));
        expect(brief(removed.changes)).toEqual([{ kind: 'removed', element: 'improvement', label: 'Faster delivery' }]);
    });
});

describe('the journey', () => {
    test('title, kind, market, goal, evaluation', async () => {
        const diff = await diffOf(BASE, edit(['journey shop "Shop"', 'journey shop "Webshop"'], ['kind current', 'kind future'], ['market B2C', 'market B2B'],
            ['goal "Sell more floors"', 'goal "Sell more floors online"'], ['    evaluation "Every quarter"\n', '']));
        expect(brief(diff.changes)).toEqual([
            { kind: 'renamed', element: 'journey', label: 'Webshop', property: 'label', before: 'Shop', after: 'Webshop' },
            { kind: 'changed', element: 'journey', label: 'Webshop', property: 'kind', before: 'current', after: 'future' },
            { kind: 'changed', element: 'journey', label: 'Webshop', property: 'market', before: 'B2C', after: 'B2B' },
            { kind: 'changed', element: 'journey', label: 'Webshop', property: 'goal', before: 'Sell more floors', after: 'Sell more floors online' },
            { kind: 'changed', element: 'journey', label: 'Webshop', property: 'evaluation', before: 'Every quarter', after: null },
        ]);
    });

    test('the journey\'s description: added, changed and removed, apart from the goal', async () => {
        const described = edit(['goal "Sell more floors"', 'goal "Sell more floors"\n    description "From showroom to floor"']);
        const added = await diffOf(BASE, described);
        expect(brief(added.changes)).toEqual([
            { kind: 'changed', element: 'journey', label: 'Shop', property: 'description', before: null, after: 'From showroom to floor' },
        ]);
        const changed = await diffOf(described, described.replace('From showroom to floor', 'From showroom to fitted floor'));
        expect(brief(changed.changes)).toEqual([
            { kind: 'changed', element: 'journey', label: 'Shop', property: 'description', before: 'From showroom to floor', after: 'From showroom to fitted floor' },
        ]);
        const removed = await diffOf(described, BASE);
        expect(brief(removed.changes)).toEqual([
            { kind: 'changed', element: 'journey', label: 'Shop', property: 'description', before: 'From showroom to floor', after: null },
        ]);
    });

    test('journeys of a file: added, removed, and one whose id changed', async () => {
        const other = 'journey other "Other" {\n    phase a "A"\n    touchpoint t "T" {\n        in a\n    }\n}\n';
        const [shop, otherModel] = [await modelOf(BASE), await modelOf(other)];
        const added = diffJourneyLists([shop], [shop, otherModel]);
        expect(added.map(d => [d.journey, d.status])).toEqual([['shop', 'unchanged'], ['other', 'added']]);
        expect(brief(added[1].changes)).toEqual([
            { kind: 'added', element: 'journey', label: 'Other' },
            { kind: 'added', element: 'phase', label: 'A' },
            { kind: 'added', element: 'touchpoint', label: 'T', context: 'in A' },
        ]);
        const removed = diffJourneyLists([shop, otherModel], [shop]);
        expect(removed.map(d => [d.journey, d.status])).toEqual([['shop', 'unchanged'], ['other', 'removed']]);
        expect(removed[1].changes.every(c => c.kind === 'removed')).toBe(true);
        const renamed = diffJourneyLists([shop], [await modelOf(BASE.replace('journey shop', 'journey webshop'))]);
        expect(renamed.map(d => [d.journey, d.status])).toEqual([['webshop', 'changed']]);
        expect(brief(renamed[0].changes)).toEqual([{ kind: 'renamed', element: 'journey', label: 'Shop', property: 'id', before: 'shop', after: 'webshop' }]);
        // A new id and a new label: one rename, which keeps the old label.
        const both = diffJourneyLists([shop], [await modelOf(BASE.replace('journey shop "Shop"', 'journey webshop "Webshop"'))]);
        expect(brief(both[0].changes)).toEqual([
            { kind: 'renamed', element: 'journey', label: 'Webshop', property: 'id', before: 'shop', after: 'webshop', formerLabel: 'Shop' },
        ]);
        // Without a label the id is what shows: a new id is no new label.
        const bare = 'journey j {\n    phase a\n}\n';
        expect(brief(diffJourneys(await modelOf(bare), await modelOf(bare.replace('journey j', 'journey k'))).changes)).toEqual([
            { kind: 'renamed', element: 'journey', label: 'k', property: 'id', before: 'j', after: 'k' },
        ]);
    });
});

describe('everything at once', () => {
    const ALL = edit(
        ['journey shop "Shop"', 'journey shop "Floor shop"'],
        ['goal "Sell more floors"', 'goal "Sell more floors online"'],
        ['    persona seniors "Seniors"\n', '    persona seniors "Retired couples"\n    persona students "Students"\n'],
        ['phase orientation "Orientation"', 'phase orientation "Oriëntatie"'],
        ['        does "Searches online"\n        does "Asks friends"\n', '        does "Asks friends"\n        does "Searches online"\n        feels "Overwhelmed"\n'],
        ['        emotion -1\n        emotion family 1\n', '        emotion -2\n        emotion family 1\n'],
        ['    phase delivery "Delivery" {\n        owner sales\n        pain "Waiting at home all day" for family evidence research\n        emotion 0\n    }\n',
            '    phase delivery "Delivery" {\n        owner sales\n        pain "Waiting at home all day" for family evidence research\n        emotion 0\n    }\n    phase usage "Usage" {\n        gain "A quiet floor"\n    }\n'],
        ['        in orientation\n        via website', '        between orientation and purchase\n        via website'],
        ['        score 3\n', '        score 2\n'],
        ['    touchpoint counter "Counter" {', '    touchpoint review "Review request" {\n        in usage\n        via website\n    }\n    touchpoint counter "Counter" {'],
        ['    touchpoint van "Delivery van" {\n        in delivery\n        via store\n    }\n', ''],
        ['        addresses van, delivery', '        addresses delivery'],
        ['        priority now', '        priority later'],
    );

    test('each change reported once, counted in the summary', async () => {
        const diff = await diffOf(BASE, ALL);
        expect(brief(diff.changes).map(c => `${c.kind} ${c.element} ${c.label}${c.property ? ` ${c.property}` : ''}`)).toEqual([
            'renamed journey Floor shop label',
            'changed journey Floor shop goal',
            'renamed persona Retired couples label',
            'added persona Students',
            'renamed phase Oriëntatie label',
            'changed phase Oriëntatie emotion',
            'added phase Usage',
            'reordered entry Searches online position',
            'added entry Overwhelmed',
            'added entry A quiet floor',
            'moved touchpoint Online ads placement',
            'changed touchpoint Online ads score',
            'added touchpoint Review request',
            'removed touchpoint Delivery van',
            'changed improvement Faster delivery priority',
            'changed improvement Faster delivery addresses',
        ]);
        expect(diff.summary).toEqual({ added: 5, removed: 1, renamed: 3, moved: 1, reordered: 1, changed: 5, total: 16 });
        expect(diff.emotion.before.curves.map(c => [c.label, c.values])).toEqual([['Customer', [-1, 2, 0]], ['Family', [1, null, null]]]);
        expect(diff.emotion.after.curves.map(c => [c.label, c.values])).toEqual([['Customer', [-2, 2, 0, null]], ['Family', [1, null, null, null]]]);
    });

    test('marks for the renderer, and removed elements drawn from the merged model', async () => {
        const [before, after] = [await modelOf(BASE), await modelOf(ALL)];
        const diff = diffJourneys(before, after);
        const marks = diffMarks(diff);
        expect(marks.get('touchpoint:review')).toBe('diff-added');
        expect(marks.get('touchpoint:van')).toBe('diff-removed');
        expect(marks.get('touchpoint:ads')).toBe('diff-moved');
        expect(marks.get('phase:usage')).toBe('diff-added');
        expect(marks.get('phase:orientation')).toBe('diff-changed');
        expect(marks.get('persona:students')).toBe('diff-added');
        expect(marks.get('improvement:faster')).toBe('diff-changed');
        expect(marks.has('journey:shop')).toBe(false);
        const merged = mergedModel(before, after, diff);
        expect(merged.touchpoints.map(t => t.id)).toEqual(['touchpoint:ads', 'touchpoint:review', 'touchpoint:counter', 'touchpoint:van']);
        const svg = diagramToSvg(merged, 'light', { marks });
        expect(svg).toMatch(/class="card touchpoint[^"]*diff-removed" data-element-id="touchpoint:van"/);
        expect(svg).toMatch(/class="card touchpoint[^"]*diff-added" data-element-id="touchpoint:review"/);
    });
});

describe('drawing removed elements', () => {
    test('removed phases go back after the phase they followed; removed entries get their own ids', async () => {
        const before = await modelOf(BASE.replace('between orientation and purchase', 'in orientation'));
        const after = await modelOf(edit(['between orientation and purchase', 'in orientation'],
            ['    phase purchase "Purchase" {\n        owner sales\n        does "Orders the floor"\n        emotion 2\n    }\n', ''],
            ['        does "Searches online"\n', '']));
        const diff = diffJourneys(before, after);
        const merged = mergedModel(before, after, diff);
        expect(merged.phases.map(p => p.name)).toEqual(['orientation', 'purchase', 'delivery']);
        const removedEntry = diff.changes.find(c => c.kind === 'removed' && c.label === 'Searches online')!;
        expect(removedEntry.id).toBe('entry:orientation:1');
        expect(drawnId(removedEntry)).toBe('entry:orientation:1:removed');
        // The old id now belongs to "Asks friends", which must not be marked removed.
        const marks = diffMarks(diff);
        expect(marks.get('entry:orientation:1')).toBeUndefined();
        expect(marks.get('entry:orientation:1:removed')).toBe('diff-removed');
        expect(merged.phases[0].entries.map(e => [e.id, e.text])).toEqual([
            ['entry:orientation:0', 'Which floor suits us?'], ['entry:orientation:1:removed', 'Searches online'],
            ['entry:orientation:1', 'Asks friends'], ['entry:orientation:2', 'Visits a showroom'],
        ]);
        expect(merged.phases[1].entries.map(e => e.id)).toEqual(['entry:purchase:0:removed']);
        expect(marks.get('entry:purchase:0:removed')).toBe('diff-removed');
    });

    test('a removed journey is drawn whole, everything marked removed', async () => {
        const before = await modelOf(BASE);
        const diff = diffJourneys(before, undefined);
        expect(diff.status).toBe('removed');
        const merged = mergedModel(before, undefined, diff);
        expect(merged.touchpoints).toHaveLength(3);
        expect(merged.phases.flatMap(p => p.entries)).toHaveLength(before.phases.flatMap(p => p.entries).length);
        expect([...diffMarks(diff).values()].every(m => m === 'diff-removed')).toBe(true);
        expect(emptyJourney(before)).toMatchObject({ id: 'journey:shop', phases: [], touchpoints: [] });
    });
});

test('longest common subsequence keeps the unchanged order', () => {
    const swapped = longestCommonSubsequence(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd']);
    expect(swapped).toHaveLength(3);
    expect(swapped).toContainEqual([0, 0]);
    expect(swapped).toContainEqual([3, 3]);
    expect(longestCommonSubsequence(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([[0, 0], [2, 2]]);
    expect(longestCommonSubsequence([], ['a'])).toEqual([]);
    expect(longestCommonSubsequence(['x', 'a'], ['a', 'x'])).toHaveLength(1);
});

// `journey export --to mermaid`: the text, and Mermaid's own parser reading it
// (in headless Chromium, see mermaid-browser.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { emotionToScore, KEYWORD_GUARD, mermaidText, toMermaidJourney, touchpointScore } from '../../src/cli/mermaid-export.js';
import { EXAMPLE_FILES, exampleModels, modelOf } from '../diagram-core/journey-models.js';
import { openMermaid, type MermaidPage } from './mermaid-browser.js';

const SHOP = `journey shop "Shop" {
    persona family "Family"
    persona seniors "Seniors"
    phase visit "Visit"
    phase buy "Buy"
    touchpoint ads "Ads" {
        between visit and buy
        score 2
    }
    touchpoint site "Site" {
        in visit
        for seniors
        emotion 3
    }
    touchpoint counter "Counter" {
        in buy
        emotion family -2
        emotion seniors -1
    }
    touchpoint door "Door" {
        in buy
    }
}
`;

/** Labels built to break Mermaid's journey syntax if they were written as they are. */
const NASTY = `journey nasty "Title; with # and: colon" {
    description "Description: 100%; #1 %%{init: {}}%% } accDescr { and a <br> tag"
    persona a "Actor, with comma: and colon"
    persona b "B #1; %%{init: {}}%%"
    phase p1 "Section: one; #2"
    phase p2 "section"
    touchpoint t1 "Task: with colon" {
        in p1
    }
    touchpoint t2 "title of the task" {
        in p1
        for a
        score 4
    }
    touchpoint t3 "section two" {
        in p2
    }
    touchpoint t4 "Journey planning" {
        in p2
    }
    touchpoint t5 "%% not a comment" {
        in p2
    }
    touchpoint t6 "a%%b; c # d" {
        in p2
    }
    touchpoint t7 "accTitle: sneaky" {
        in p2
    }
    touchpoint t8 "accDescr {" {
        in p2
    }
    touchpoint t9 "Tab\\tand \\"quotes\\" and 50% off" {
        in p2
    }
}
`;

describe('Mermaid export (text)', () => {
    test('phases become sections, touchpoints tasks; between-touchpoints after those in the first phase; actors only from `for`', async () => {
        const text = toMermaidJourney(await modelOf(SHOP));
        const lines = text.split('\n').filter(line => !line.trim().startsWith('%%'));
        expect(lines).toEqual([
            'journey',
            '    title Shop',
            '    accTitle: Shop',
            '    section Visit',
            '      Site: 5: Seniors',
            '      Ads: 2',
            '    section Buy',
            '      Counter: 2',
            '      Door: 3',
            '',
        ]);
        expect(text).toMatch(/%% \(one after a phase is listed in its section, after those in it\); actors are whom a touchpoint is for/);
    });

    test('a journey that says `for` nowhere is about all its personas: every task has them all', async () => {
        const text = toMermaidJourney(await modelOf(SHOP.replace('        for seniors\n', '')));
        expect(text.split('\n').filter(line => /^ {6}/.test(line))).toEqual([
            '      Site: 5: Family, Seniors', '      Ads: 2: Family, Seniors', '      Counter: 2: Family, Seniors', '      Door: 3: Family, Seniors',
        ]);
    });

    test('after the last phase: in its section, after those in it; several channels: one task; the description is accDescr, the goal is not', async () => {
        const model = await modelOf(`journey j "J" {
    goal "Fewer returns"
    description "From visit to survey"
    channel website "Website" digital
    channel store "Store" physical
    channel phone "Phone" physical
    phase visit "Visit"
    phase buy "Buy"
    touchpoint survey "Survey" {
        after buy
        via website, phone
    }
    touchpoint till "Till" {
        in buy
        via store, website, phone
        score 4
    }
}
`);
        expect(model.touchpoints[1].channels).toHaveLength(3);
        const lines = toMermaidJourney(model).split('\n').filter(line => !line.trim().startsWith('%%'));
        expect(lines).toEqual(['journey', '    title J', '    accTitle: J', '    accDescr: From visit to survey',
            '    section Visit', '    section Buy', '      Till: 4', '      Survey: 3', '']);
    });

    test('emotion -3..3 maps onto 1..5; score wins over emotion; 3 without either', async () => {
        expect([-3, -2, -1, 0, 1, 2, 3].map(emotionToScore)).toEqual([1, 2, 2, 3, 4, 4, 5]);
        const model = await modelOf(SHOP);
        expect(model.touchpoints.map(touchpointScore)).toEqual([2, 5, 2, 3]);
    });

    test('--fenced wraps the diagram for Markdown', async () => {
        const text = toMermaidJourney(await modelOf(SHOP), { fenced: true });
        expect(text.startsWith('```mermaid\njourney\n')).toBe(true);
        expect(text.endsWith('\n```\n')).toBe(true);
    });

    test('reserved characters become look-alikes; a leading keyword gets a zero-width guard', () => {
        expect(mermaidText('a: b; c # d', 'task')).toBe('a\u2236 b\uFF1B c \uFF03 d');
        expect(mermaidText('Title: x', 'title')).toBe('Title: x');
        expect(mermaidText('Me, you', 'actor')).toBe('Me\u201A you');
        expect(mermaidText('title of it', 'task')).toBe(`${KEYWORD_GUARD}title of it`);
        expect(mermaidText('Titled', 'task')).toBe('Titled');
        expect(mermaidText('line\nbreak', 'section')).toBe('line<br>break');
        expect(mermaidText('line\nbreak', 'title')).toBe('line break');
        expect(mermaidText('a <br> is text', 'task')).toBe('a \uFF1Cbr> is text');
        expect(mermaidText('Goal: 100%; #1 %%{init}%%', 'accessibility')).toBe('Goal: 100%; #1 \uFF05\uFF05{init}\uFF05\uFF05');
        expect(mermaidText('%%{init}%%', 'section')).not.toContain('%%');
    });
});

describe('Mermaid export, read by mermaid.parse', () => {
    let mermaid: MermaidPage;
    beforeAll(async () => { mermaid = await openMermaid(); }, 60_000);
    afterAll(async () => { await mermaid?.close(); });

    test('the check can fail: Mermaid rejects broken journey blocks', async () => {
        expect(await mermaid.parse('journey\n    title T\n    section A\n      Make tea 5 Me\n')).toMatchObject({ ok: false });
        expect(await mermaid.parse('journey\n    section A: 5: Me\n')).toMatchObject({ ok: false });
        expect(await mermaid.parse('journey\n    section A\n      Tea; 5: Me\n')).toMatchObject({ ok: false });
        expect(await mermaid.parse('journey\n    section A\n      Make tea: 5: Me\n')).toEqual({ ok: true, diagramType: 'journey' });
    });

    test.each(EXAMPLE_FILES)('%s: every journey parses as a Mermaid journey', async file => {
        const models = await exampleModels(file);
        for (const model of models) {
            const text = toMermaidJourney(model);
            expect(await mermaid.parse(text), text).toEqual({ ok: true, diagramType: 'journey' });
            const db = await mermaid.journeyDb(text);
            expect(db.title).toBe(model.title);
            expect(db.sections).toHaveLength(model.phases.length);
            expect(db.tasks).toHaveLength(model.touchpoints.length);
            for (const task of db.tasks) {
                expect(task.score).toBeGreaterThanOrEqual(1);
                expect(task.score).toBeLessThanOrEqual(5);
            }
        }
    });

    test('labels that would break the syntax are read back by Mermaid as written', async () => {
        const model = await modelOf(NASTY);
        const text = toMermaidJourney(model);
        expect(await mermaid.parse(text), text).toEqual({ ok: true, diagramType: 'journey' });
        const db = await mermaid.journeyDb(text);
        expect(db.title).toBe(mermaidText(model.title, 'title'));
        expect(db.accTitle).toBe(model.title);
        expect(db.accDescr).toBe(mermaidText(model.description!, 'accessibility'));
        expect(db.accDescr).toBe(model.description!.replace(/%%/g, '\uFF05\uFF05'));
        expect(db.sections.map(s => s.trim())).toEqual(model.phases.map(p => mermaidText(p.label, 'section')));
        expect(db.tasks.map(t => t.task.trim())).toEqual(model.touchpoints.map(t => mermaidText(t.label, 'task')));
        expect(db.tasks.map(t => t.people)).toEqual(model.touchpoints.map(t =>
            t.personas.map(name => mermaidText(model.personas.find(p => p.name === name)!.label, 'actor'))));
        expect(db.tasks.map(t => t.score)).toEqual([3, 4, 3, 3, 3, 3, 3, 3, 3]);
    });
});

import { describe, expect, test } from 'vitest';
import { expectCompletion } from 'langium/test';
import { services } from './journey-test-services.js';

const complete = expectCompletion(services);
const labels = (items: Array<{ label: string }>) => items.map(item => item.label);

const JOURNEY = `journey j "J" {
    channel website "Website" digital
    channel store "Store" physical
    department marketing "Marketing"
    persona family "Family"
    phase orientation "Orientation" {
        <|>
    }
    phase purchase "Purchase"
    touchpoint t "T" {
        via <|>website
        between orientation and <|>purchase
        owner <|>marketing
        <|>
    }
    <|>
    kind <|>current
    improvement i "I" {
        priority <|>now
        addresses <|>t
    }
}`;

async function itemsAt(index: number): Promise<string[]> {
    let result: string[] = [];
    await complete({ text: JOURNEY, index, assert: list => { result = labels(list.items); }, disposeAfterCheck: true });
    return result;
}

describe('completion', () => {
    test('inside a phase: the lanes and phase facts', async () => {
        expect(await itemsAt(0)).toEqual(expect.arrayContaining(['owner', 'emotion', 'thinks', 'feels', 'does', 'pain', 'metric']));
    });

    test('after via: the channels', async () => {
        expect(await itemsAt(1)).toEqual(['website', 'store']);
    });

    test('after between … and: only the phases after the first one', async () => {
        expect(await itemsAt(2)).toEqual(['purchase']);
    });

    test('after owner: the departments', async () => {
        expect(await itemsAt(3)).toEqual(['marketing']);
    });

    test('inside a touchpoint: its facts', async () => {
        expect(await itemsAt(4)).toEqual(expect.arrayContaining(['in', 'after', 'between', 'via', 'score', 'critical', 'evidence', 'for']));
    });

    test('in a journey body: the constructs and the standard phase models', async () => {
        const items = await itemsAt(5);
        expect(items).toEqual(expect.arrayContaining(['phase', 'touchpoint', 'persona', 'improvement', 'kind', 'goal', 'description']));
        expect(items).toEqual(expect.arrayContaining([
            'phases: 3 phases (Lemon & Verhoef)', 'phases: 4 phases (awareness → retention)', 'phases: 5 phases (orientation → loyalty)',
            'phases: 7 phases (suspect → ambassador)', 'phases: 9 phases (need → ambassador)', 'phases: 10 phases (latent need → ambassador)',
        ]));
    });

    test('after kind: the four map kinds', async () => {
        expect(await itemsAt(6)).toEqual(['current', 'future', 'day', 'blueprint']);
    });

    test('after priority: now, next, later', async () => {
        expect(await itemsAt(7)).toEqual(['now', 'next', 'later']);
    });

    test('after addresses: phases and touchpoints', async () => {
        expect(await itemsAt(8)).toEqual(expect.arrayContaining(['orientation', 'purchase', 't']));
    });

    test('after via a, the channels not named yet', async () => {
        const text = JOURNEY.replace('via <|>website', 'via store, <|>');
        let items: string[] = [];
        await complete({ text, index: 1, disposeAfterCheck: true, assert: list => { items = labels(list.items); } });
        expect(items).toEqual(['website']);
    });

    test('in the middle of a via list, the channel being typed is offered again', async () => {
        const text = JOURNEY.replace('channel store "Store" physical', 'channel store "Store" physical\n    channel phone "Phone" physical')
            .replace('via <|>website', 'via website, <|>store, phone');
        let items: string[] = [];
        await complete({ text, index: 1, disposeAfterCheck: true, assert: list => { items = labels(list.items); } });
        expect(items).toEqual(['store']);
    });

    test('after after: the phases', async () => {
        const text = JOURNEY.replace('between orientation and <|>purchase', 'after <|>orientation');
        let items: string[] = [];
        await complete({ text, index: 2, disposeAfterCheck: true, assert: list => { items = labels(list.items); } });
        expect(items).toEqual(['orientation', 'purchase']);
    });

    test('touchpoint skeletons: in a phase, or after one, choosing from the journey\'s phases', async () => {
        let items: Array<{ label: string; insertText?: string }> = [];
        await complete({ text: JOURNEY, index: 5, disposeAfterCheck: true, assert: list => { items = list.items; } });
        const after = items.find(item => item.label === 'touchpoint: after a phase')!;
        expect(after.insertText).toBe('touchpoint ${1:id} "${2:What the customer meets}" {\n    after ${3|orientation,purchase|}\n    via ${4:channel}\n}');
        expect(items.map(item => item.label)).toContain('touchpoint: in a phase');
    });

    test('the 7-phase snippet writes the phases with their owners', async () => {
        await complete({
            text: 'journey j {\n    <|>\n}', index: 0, disposeAfterCheck: true,
            assert: list => {
                const seven = list.items.find(item => item.label.startsWith('phases: 7'))!;
                expect(seven.insertText).toContain('department sales "Sales"');
                expect(seven.insertText).toContain('phase hot_lead "Hot lead" {\n    owner sales\n}');
            },
        });
    });

    test('at the top of a file: journey skeletons per map kind', async () => {
        await complete({
            text: '<|>', index: 0, disposeAfterCheck: true,
            assert: list => expect(labels(list.items)).toEqual(expect.arrayContaining([
                'journey', 'import', 'journey: current state', 'journey: future state', 'journey: day in the life', 'journey: service blueprint',
            ])),
        });
    });
});

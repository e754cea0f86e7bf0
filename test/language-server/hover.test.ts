import { describe, test } from 'vitest';
import { expectHover } from 'langium/test';
import { services } from './journey-test-services.js';

const hover = expectHover(services);
const TEXT = `journey j "J" {
    channel website "Website" digital
    phase orientation "Orientation" {
        emotion -1
    }
    touchpoint ads "Online ads" {
        in <|>orientation
        via web<|>site
        <|>score 2
        critical
    }
}`;

describe('hover', () => {
    test('a phase reference shows the phase and its place', async () => {
        await hover({ text: TEXT, index: 0, hover: /\*\*Phase\*\* Orientation `orientation` — step 1 of 1\s+emotion: -1/, disposeAfterCheck: true });
    });
    test('a channel reference shows digital or physical', async () => {
        await hover({ text: TEXT, index: 1, hover: /\*\*Channel\*\* Website `website` — digital/, disposeAfterCheck: true });
    });
    test('a touchpoint after a phase says where it takes the customer, and all its channels', async () => {
        const text = `journey j "J" {
    channel website "Website" digital
    channel store "Store" physical
    phase orientation "Orientation"
    phase purchase "Purchase"
    touchpoint <|>ads "Online ads" {
        <|>after orientation
        via website, store
    }
    touchpoint <|>thanks "Thank you" {
        after purchase
    }
}`;
        await hover({ text, index: 0, hover: /after Orientation: moves the customer on to Purchase\s+via Website \(digital\), Store \(physical\)/, disposeAfterCheck: true });
        await hover({ text, index: 1, hover: /\*\*after\*\* — This touchpoint sits on the boundary after this phase/, disposeAfterCheck: true });
        await hover({ text, index: 2, hover: /after Purchase: at the end of the map/, disposeAfterCheck: true });
    });
    test('a keyword explains itself in journey terms', async () => {
        await hover({ text: TEXT, index: 2, hover: /How well the company does here today: 1 \(badly\) to 5/, disposeAfterCheck: true });
    });
    test('a journey\'s description line explains itself like a phase\'s', async () => {
        const text = 'journey j "J" {\n    goal "More orders"\n    <|>description "From first visit to order"\n}';
        await hover({ text, index: 0, hover: /\*\*description\*\* — A free description/, disposeAfterCheck: true });
    });
});

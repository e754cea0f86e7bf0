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
    test('a keyword explains itself in journey terms', async () => {
        await hover({ text: TEXT, index: 2, hover: /How well the company does here today: 1 \(badly\) to 5/, disposeAfterCheck: true });
    });
});

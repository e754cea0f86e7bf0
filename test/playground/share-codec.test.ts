// The share link's fragment: text and view survive the round trip (any characters,
// large texts stay short), and a damaged or foreign fragment gives nothing.
import { describe, expect, test } from 'vitest';
import { decodeShared, encodeShared } from '../../playground/share.js';
import { generateJourney } from '../../bench/generate-journey.js';
import { COFFEE, HOSTILE_JOURNEY } from './fixtures.js';

describe('share link fragment', () => {
    test('round-trips the text and the view', async () => {
        const view = { uri: 'file:///playground/journey.journey', documents: { 'file:///playground/journey.journey': { zoom: 1.5, scrollX: 10, scrollY: 20, persona: 'regular' } } };
        for (const text of [COFFEE, HOSTILE_JOURNEY, 'journey café "Ünïcødé ☕ 日本" {}\r\n']) {
            const fragment = await encodeShared({ text, view });
            expect(fragment).toMatch(/^j=[A-Za-z0-9_-]+$/);
            expect(await decodeShared(`#${fragment}`)).toEqual({ text, view });
        }
    });

    test('compresses: a journey of 100 touchpoints fits in a link browsers accept', async () => {
        const text = generateJourney(100);
        const fragment = await encodeShared({ text });
        expect(fragment.length).toBeLessThan(text.length / 3);
        expect((await decodeShared(fragment))?.text).toBe(text);
    });

    test('a damaged, empty or foreign fragment gives nothing', async () => {
        for (const fragment of ['', '#', '#section-2', '#j=', '#j=not-deflate', '#j=@@@']) expect(await decodeShared(fragment)).toBeUndefined();
        const valid = await encodeShared({ text: COFFEE });
        expect(await decodeShared(valid.slice(0, -8))).toBeUndefined();
    });
});

// The preview highlights the element under the text cursor: found again when the
// cursor moves, and when a new diagram arrives, so a touchpoint being typed is
// highlighted as soon as it exists (not only once the cursor moves again).
import { describe, expect, test } from 'vitest';
import { CursorFollower } from '../../src/extension/cursor-follow.js';
import { modelOf } from '../diagram-core/journey-models.js';

const BEFORE = `journey demo "Demo" {
    phase orientation "Orientation" { }
    phase purchase "Purchase" { }
    touchpoint ads "Online ads" { in orientation }
}
`;
// The user typed a touchpoint on line 4 (0-based), after the ads.
const AFTER = BEFORE.replace('    touchpoint ads "Online ads" { in orientation }\n',
    '    touchpoint ads "Online ads" { in orientation }\n    touchpoint kiosk "Kiosk" { in purchase }\n');
const ON_KIOSK = { line: 4, character: 44 };

function follower() {
    const posted: Array<string | undefined> = [];
    return { posted, follower: new CursorFollower(id => posted.push(id)) };
}

describe('following the cursor', () => {
    test('a touchpoint typed at the cursor is highlighted when the diagram that has it arrives', async () => {
        const { posted, follower: f } = follower();
        f.modelChanged(await modelOf(BEFORE), { line: 3, character: 10 });
        expect(posted).toEqual(['touchpoint:ads']);
        // Typing moves the cursor before the new diagram exists: the old diagram has nothing there.
        f.cursorMoved(ON_KIOSK);
        expect(posted.at(-1)).not.toBe('touchpoint:kiosk');
        f.modelChanged(await modelOf(AFTER), ON_KIOSK);
        expect(posted.at(-1)).toBe('touchpoint:kiosk');
    });

    test('a new diagram with the same element under the cursor posts nothing; a cursor move always posts', async () => {
        const { posted, follower: f } = follower();
        const model = await modelOf(AFTER);
        f.modelChanged(model, ON_KIOSK);
        f.modelChanged(await modelOf(AFTER.replace('"Kiosk"', '"Self-service kiosk"')), ON_KIOSK);
        expect(posted).toEqual(['touchpoint:kiosk']);
        f.cursorMoved({ line: 4, character: 10 });
        expect(posted).toEqual(['touchpoint:kiosk', 'touchpoint:kiosk']);
        f.cursorMoved({ line: 1, character: 10 });
        expect(posted.at(-1)).toBe('phase:orientation');
    });

    test('without a diagram or a cursor nothing is posted; reset forgets the document', async () => {
        const { posted, follower: f } = follower();
        f.cursorMoved(ON_KIOSK);
        f.modelChanged(undefined, ON_KIOSK);
        expect(posted).toEqual([]);
        f.modelChanged(await modelOf(AFTER), undefined);
        expect(posted).toEqual(['touchpoint:kiosk']);
        f.reset();
        f.modelChanged(await modelOf(AFTER), undefined);
        expect(posted).toEqual(['touchpoint:kiosk']);
        f.cursorMoved({ line: 3, character: 10 });
        expect(posted.at(-1)).toBe('touchpoint:ads');
    });
});

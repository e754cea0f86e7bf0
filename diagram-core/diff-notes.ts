// Tooltips for `journey diff --svg`: what changed on each marked element, old → new,
// in the words of the text diff.
import { propertyName, showValue } from './diff-format.js';
import { drawnId, type JourneyChange, type JourneyDiff } from './journey-diff.js';
import type { ElementId } from './model.js';

function noteOf(change: JourneyChange): string {
    const values = `${showValue(change.before, change.property)} → ${showValue(change.after, change.property)}`;
    switch (change.kind) {
        case 'added': return 'Added in this version';
        case 'removed': return 'Removed in this version';
        case 'renamed': return `Renamed: ${values}`;
        case 'moved': return `Moved: ${values}`;
        case 'reordered': return `Reordered: position ${values}`;
        case 'changed': return `Changed ${propertyName(change.property)}: ${values}`;
    }
}

/** One sentence per change, joined per element (RenderOptions.notes). */
export function diffNotes(diff: JourneyDiff): Map<ElementId, string> {
    const notes = new Map<ElementId, string[]>();
    for (const change of diff.changes) {
        if (change.element === 'journey') continue;
        const id = drawnId(change);
        notes.set(id, [...notes.get(id) ?? [], noteOf(change)]);
    }
    return new Map([...notes].map(([id, lines]) => [id, lines.join('; ')]));
}

// Which element the preview highlights: the one under the text cursor, found
// again when the cursor moves and when a new diagram arrives, so a touchpoint
// being typed is highlighted as soon as the diagram has it. No VS Code here, so
// the rules are unit-tested.
import { elementAt } from '../../diagram-core/element-at.js';
import type { DiagramModel, ElementId, SourcePosition } from '../../diagram-core/model.js';

export class CursorFollower {
    private model: DiagramModel | undefined;
    private cursor: SourcePosition | undefined;
    /** The element last posted; `posted` is false until something was. */
    private shown: ElementId | undefined;
    private posted = false;

    constructor(private readonly post: (elementId: ElementId | undefined) => void) {}

    /** The cursor moved: always posted, so the view comes back to the element even when it did not change. */
    cursorMoved(cursor: SourcePosition): void {
        this.cursor = cursor;
        this.resolve(true);
    }

    /** A new diagram (with the cursor where it is now, if an editor shows the file): posted only when the element changed. */
    modelChanged(model: DiagramModel | undefined, cursor: SourcePosition | undefined): void {
        this.model = model;
        if (cursor) this.cursor = cursor;
        this.resolve(false);
    }

    /** Another document: nothing is known about it yet. */
    reset(): void {
        this.model = undefined;
        this.cursor = undefined;
        this.shown = undefined;
        this.posted = false;
    }

    private resolve(always: boolean): void {
        if (!this.model || !this.cursor) return;
        const id = elementAt(this.model, this.cursor);
        if (!always && this.posted && id === this.shown) return;
        this.shown = id;
        this.posted = true;
        this.post(id);
    }
}

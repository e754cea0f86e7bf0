// Which part of a big map the preview draws. The layout covers the whole map;
// the DOM holds only the cards (touchpoints, lane entries) near the view, so a
// keystroke, a scroll or a zoom touches a few hundred nodes, not tens of thousands.
// Headers, rows, the emotion chart and the plan are few and always drawn.
import type { Box, DiagramLayout } from '../diagram-core/layout-types.js';

/** Maps with fewer cards are drawn whole: small enough to draw at once, and Find in page sees every card. */
export const WINDOWED_FROM = 100;
/** How much is drawn around the view, in views: scrolling this far needs no new drawing. */
const MARGIN = 0.5;
/** A new part is drawn once the view comes this close to the edge of the drawn part, in views. */
const SLACK = 0.15;

/** The part of the map in view, in diagram units. */
export type ViewRect = Box;

/** A big map's cards by element id; empty for a map drawn whole. */
export function cardBoxes(layout: DiagramLayout): Map<string, Box> {
    const cards = new Map<string, Box>();
    if (layout.touchpoints.length + layout.entries.length < WINDOWED_FROM) return cards;
    for (const card of [...layout.touchpoints, ...layout.entries]) cards.set(card.id, card.box);
    return cards;
}

/** The part to draw for `view`: the view and a margin around it. */
export function drawWindow(view: ViewRect): Box {
    return grow(view, MARGIN);
}

/** Whether the view (with some slack) has left the part drawn. */
export function needsNewWindow(view: ViewRect, drawn: Box | undefined): boolean {
    if (!drawn) return true;
    const near = grow(view, SLACK);
    return near.x < drawn.x || near.y < drawn.y || near.x + near.width > drawn.x + drawn.width || near.y + near.height > drawn.y + drawn.height;
}

export function meets(a: Box, b: Box): boolean {
    return a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;
}

function grow(box: Box, views: number): Box {
    const dx = box.width * views, dy = box.height * views;
    return { x: box.x - dx, y: box.y - dy, width: box.width + 2 * dx, height: box.height + 2 * dy };
}

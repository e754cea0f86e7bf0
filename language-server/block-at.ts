// Finding the block an edit falls in: members and top-level elements are in
// text order, so a binary search keeps a keystroke in a 10,000-touchpoint
// journey cheap.
import type { AstNode } from 'langium';

/** The last of the (ordered) nodes whose text starts before `offset`, or at it when `atToo`. */
export function lastStartingBefore<T extends AstNode>(nodes: readonly T[], offset: number, atToo = false): T | undefined {
    let low = 0, high = nodes.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        const start = nodes[middle].$cstNode?.offset ?? Infinity;
        if (start < offset || (atToo && start === offset)) low = middle + 1;
        else high = middle;
    }
    return low > 0 ? nodes[low - 1] : undefined;
}

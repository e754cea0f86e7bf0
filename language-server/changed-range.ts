// Where two versions of a text differ: the one stretch between their common
// start and common end. Texts are compared a chunk at a time (string comparison
// is native), then a character at a time: a character loop over a 10 MB text
// costs more than reparsing a block.
const CHUNK = 1024;

/** [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface ChangedRange { start: number; oldEnd: number; newEnd: number }

export function changedRange(oldText: string, newText: string): ChangedRange {
    const shorter = Math.min(oldText.length, newText.length);
    const start = commonLength(shorter,
        i => oldText.slice(i, i + CHUNK) === newText.slice(i, i + CHUNK),
        i => oldText.charCodeAt(i) === newText.charCodeAt(i));
    const tail = commonLength(shorter - start,
        i => oldText.slice(oldText.length - i - CHUNK, oldText.length - i) === newText.slice(newText.length - i - CHUNK, newText.length - i),
        i => oldText.charCodeAt(oldText.length - 1 - i) === newText.charCodeAt(newText.length - 1 - i));
    return { start, oldEnd: oldText.length - tail, newEnd: newText.length - tail };
}

/** How many of the first `limit` positions match, by chunks while whole chunks fit, then by characters. */
function commonLength(limit: number, chunkMatches: (at: number) => boolean, charMatches: (at: number) => boolean): number {
    let length = 0;
    while (length + CHUNK <= limit && chunkMatches(length)) length += CHUNK;
    while (length < limit && charMatches(length)) length++;
    return length;
}

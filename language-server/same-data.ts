// Whether two values of plain data (what JSON can carry: a diagram result) are equal.
export function sameData(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
    if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameData(item, (b as unknown[])[i]));
    // A key whose value is undefined is not sent, so it is no difference.
    const keys = (o: object) => Object.keys(o).filter(k => (o as Record<string, unknown>)[k] !== undefined);
    const aKeys = keys(a);
    return aKeys.length === keys(b).length && aKeys.every(k => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

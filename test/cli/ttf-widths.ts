// Advance widths from a TrueType font file (head, hhea, hmtx and a format 4 cmap),
// so tests can compare the shipped font with the layout's width tables.
import * as fs from 'node:fs';

export function advanceWidths(file: string): (ch: string) => number {
    const buf = fs.readFileSync(file);
    const tables = new Map<string, number>();
    for (let i = 0; i < buf.readUInt16BE(4); i++) tables.set(buf.toString('latin1', 12 + i * 16, 16 + i * 16), buf.readUInt32BE(20 + i * 16));
    const head = tables.get('head')!;
    const hhea = tables.get('hhea')!;
    const hmtx = tables.get('hmtx')!;
    const cmap = tables.get('cmap')!;
    const unitsPerEm = buf.readUInt16BE(head + 18);
    const metrics = buf.readUInt16BE(hhea + 34);
    let sub = -1;
    for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
        const at = cmap + 4 + i * 8;
        if (buf.readUInt16BE(at) === 3 && buf.readUInt16BE(at + 2) === 1) sub = cmap + buf.readUInt32BE(at + 4);
    }
    if (sub < 0 || buf.readUInt16BE(sub) !== 4) throw new Error(`${file}: no Unicode BMP cmap`);
    const segments = buf.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    const glyphOf = (code: number): number => {
        for (let i = 0; i < segments; i++) {
            if (code > buf.readUInt16BE(ends + i * 2)) continue;
            const start = buf.readUInt16BE(starts + i * 2);
            if (code < start) return 0;
            const delta = buf.readInt16BE(deltas + i * 2);
            const offset = buf.readUInt16BE(offsets + i * 2);
            if (offset === 0) return (code + delta) & 0xffff;
            const glyph = buf.readUInt16BE(offsets + i * 2 + offset + (code - start) * 2);
            return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        return 0;
    };
    return ch => {
        const glyph = glyphOf(ch.codePointAt(0)!);
        if (glyph === 0) throw new Error(`${file} has no glyph for '${ch}'`);
        return Math.round((buf.readUInt16BE(hmtx + Math.min(glyph, metrics - 1) * 4) * 1000) / unitsPerEm);
    };
}

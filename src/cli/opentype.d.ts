// The part of opentype.js (which ships no types) that render-png-glyphs.ts uses.
declare module 'opentype.js' {
    export interface PathCommand { type: 'M' | 'L' | 'Q' | 'C' | 'Z'; x?: number; y?: number; x1?: number; y1?: number; x2?: number; y2?: number }
    export interface Glyph {
        index: number;
        advanceWidth?: number;
        getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
    }
    export interface Font {
        unitsPerEm: number;
        charToGlyph(char: string): Glyph;
        getKerningValue(left: Glyph, right: Glyph): number;
    }
    export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
}

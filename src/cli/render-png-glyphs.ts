// PNG texts as outlines of the shipped font, laid out here: resvg would shape each
// line itself and read the whole font file again and again while doing so (about
// once per two glyphs; most of a big map's PNG time). The same glyphs, advances and
// kerning as resvg's layout, each distinct word's outline made once, so the picture
// stays the same. A text that resvg might lay out otherwise (another font or weight,
// marks, right-to-left script, spaces that SVG collapses, a character Arimo lacks)
// is left to resvg.
/// <reference path="./opentype.d.ts" />
import * as fs from 'node:fs';
import type { Font, Glyph } from 'opentype.js';
import type { SvgNode } from '../../diagram-core/svg-tree.js';
import { layoutOf, layoutRules, textSelectorsAsLinks, type Layout } from './render-png-css.js';

export interface ShippedFonts { regular: Font; bold: Font }

/** Reads the shipped fonts (their tables are parsed as glyphs are asked for). */
export function loadFonts(regularFile: string, boldFile: string): ShippedFonts {
    // Loaded only for PNGs, like resvg (render-png.ts); a require, as the bundle has no import().
    const { parse } = require('opentype.js') as typeof import('opentype.js');
    const read = (file: string) => {
        const data = fs.readFileSync(file);
        return parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength), { lowMemory: true });
    };
    return { regular: read(regularFile), bold: read(boldFile) };
}

/** Characters resvg would not simply map one to one onto glyphs: controls, marks, formats, right-to-left scripts. */
const NOT_SIMPLE = /[\p{C}\p{M}\p{Zl}\p{Zp}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]|\p{Script=Hebrew}|\p{Script=Arabic}/u;
/** SVG's default white-space handling trims and collapses these: left to resvg. */
const COLLAPSED_SPACE = /^\s|\s$|\s\s|[^\S ]/;

interface Line { text: string; x: number; y: number }
interface Style { font: Font; size: number; anchor: 'start' | 'middle' | 'end'; stroked: boolean }

const round = (value: number) => Math.round(value * 1000) / 1000;

export class GlyphPainter {
    /** Per font, size and word: the id of its outline in `defs` (undefined for a word without one). */
    private readonly ids = new Map<string, string | undefined>();
    private readonly defs: SvgNode[] = [];
    private readonly kerning = new Map<Font, Map<number, number>>();
    private readonly glyphsByChar = new Map<Font, Map<string, Glyph>>();

    constructor(private readonly fonts: ShippedFonts) {}

    /**
     * Replaces each text it can lay out by an `a` element (styled as the text was:
     * the style sheet's `text` selectors become `a` ones) holding its words' outlines.
     * Returns how many texts are left for resvg; undefined (the tree untouched) when
     * the style sheet is beyond render-png-css.ts or the tree has `a` elements of its own.
     */
    convert(tree: SvgNode): number | undefined {
        const style = tree.children?.find(child => child.tag === 'style');
        const css = style?.text ?? '';
        const rules = layoutRules(css);
        const rewritten = textSelectorsAsLinks(css);
        if (!rules || rewritten === undefined || hasLinks(tree)) return undefined;
        if (style) style.text = rewritten;
        let left = 0;
        const walk = (chain: SvgNode[], parent: Layout) => {
            const node = chain[chain.length - 1];
            if (node.tag !== 'text' && !node.children?.length) return; // nothing inside to lay out
            const layout = layoutOf(chain, parent, rules);
            if (node.tag === 'text') {
                if (!this.replace(node, layout)) left++;
                return;
            }
            for (const child of node.children ?? []) walk([...chain, child], layout);
        };
        walk([tree], new Map());
        if (this.defs.length > 0) tree.children!.splice(1, 0, { tag: 'defs', attrs: {}, children: this.defs });
        return left;
    }

    /** Makes `node` an `a` with the outlines of its lines; false when it is left as it was. */
    private replace(node: SvgNode, layout: Layout): boolean {
        const style = this.styleOf(layout);
        const lines = linesOf(node);
        if (!style || !lines || !lines.every(line => this.drawable(line.text, style.font))) return false;
        node.tag = 'a';
        node.children = lines.flatMap(line => this.glyphs(line, style));
        node.text = undefined;
        return true;
    }

    private styleOf(layout: Layout): Style | undefined {
        const supported = new Set(['font-family', 'font-size', 'font-weight', 'text-anchor', 'font-style', 'stroke']);
        if ([...layout.keys()].some(name => !supported.has(name))) return undefined;
        const family = (layout.get('font-family') ?? '').split(',')[0].trim().replace(/^['"]|['"]$/g, '');
        const size = Number(/^([\d.]+)(px)?$/.exec(layout.get('font-size') ?? '')?.[1]);
        const weight = layout.get('font-weight') ?? 'normal';
        const anchor = layout.get('text-anchor') ?? 'start';
        if (family !== 'Arimo' || !(size > 0) || (layout.get('font-style') ?? 'normal') !== 'normal') return undefined;
        if (!['normal', '400', 'bold', '700'].includes(weight) || !['start', 'middle', 'end'].includes(anchor)) return undefined;
        const font = weight === 'bold' || weight === '700' ? this.fonts.bold : this.fonts.regular;
        return { font, size, anchor: anchor as Style['anchor'], stroked: (layout.get('stroke') ?? 'none') !== 'none' };
    }

    private drawable(text: string, font: Font): boolean {
        if (NOT_SIMPLE.test(text) || COLLAPSED_SPACE.test(text)) return false;
        for (const char of text) if (this.glyphOf(font, char).index === 0) return false;
        return true;
    }

    /**
     * One line as a `use` of each word's outline (a word's glyphs stay one path, as
     * resvg draws them), placed and kerned as the font says; a stroked line (a halo)
     * as one path, so no word's stroke covers its neighbour.
     */
    private glyphs(line: Line, style: Style): SvgNode[] {
        const { font, size } = style;
        const chars = Array.from(line.text);
        const glyphs = chars.map(char => this.glyphOf(font, char));
        const pens: number[] = [];
        let pen = 0;
        glyphs.forEach((glyph, i) => {
            pens.push(pen);
            pen += (glyph.advanceWidth ?? 0) + (i + 1 < glyphs.length ? this.kern(font, glyph, glyphs[i + 1]) : 0);
        });
        const scale = size / font.unitsPerEm;
        const shift = style.anchor === 'start' ? 0 : style.anchor === 'middle' ? pen / 2 : pen;
        const x = (units: number) => round(line.x + (units - shift) * scale);
        if (style.stroked) {
            const d = glyphs.map((glyph, i) => outline(glyph, font.unitsPerEm, size, x(pens[i]), line.y)).join('');
            return d ? [{ tag: 'path', attrs: { d } }] : [];
        }
        const uses: SvgNode[] = [];
        // Words are runs of characters between spaces (the only white space drawable() lets through).
        for (let first = 0, end = 0; first < chars.length; first = end + 1) {
            end = chars.indexOf(' ', first);
            if (end < 0) end = chars.length;
            if (end === first) continue;
            const id = this.wordId(style, chars.slice(first, end).join(''), glyphs.slice(first, end), pens.slice(first, end));
            if (id) uses.push({ tag: 'use', attrs: { href: `#${id}`, x: x(pens[first]), y: line.y } });
        }
        return uses;
    }

    private glyphOf(font: Font, char: string): Glyph {
        let byChar = this.glyphsByChar.get(font);
        if (!byChar) this.glyphsByChar.set(font, byChar = new Map());
        let glyph = byChar.get(char);
        if (!glyph) byChar.set(char, glyph = font.charToGlyph(char));
        return glyph;
    }

    private kern(font: Font, left: Glyph, right: Glyph): number {
        let pairs = this.kerning.get(font);
        if (!pairs) this.kerning.set(font, pairs = new Map());
        const key = left.index * 65536 + right.index;
        let value = pairs.get(key);
        if (value === undefined) pairs.set(key, value = font.getKerningValue(left, right));
        return value;
    }

    /** The id of the word's outline at the style's size, its origin at 0,0, added to `defs` the first time. */
    private wordId({ font, size }: Style, word: string, glyphs: Glyph[], pens: number[]): string | undefined {
        const key = `${font === this.fonts.bold ? 'b' : 'r'}${size} ${word}`;
        if (this.ids.has(key)) return this.ids.get(key);
        const scale = size / font.unitsPerEm;
        const d = glyphs.map((glyph, i) => outline(glyph, font.unitsPerEm, size, round((pens[i] - pens[0]) * scale))).join('');
        const id = d ? `w${this.ids.size}` : undefined;
        if (id) this.defs.push({ tag: 'path', attrs: { id, d } });
        this.ids.set(key, id);
        return id;
    }
}

/** The glyph's outline at `size` px, its origin at `dx`,`dy`, as path data. */
function outline(glyph: Glyph, unitsPerEm: number, size: number, dx = 0, dy = 0): string {
    // getPath at one pixel per unit: the font's own coordinates, y pointing down as in SVG.
    const scale = size / unitsPerEm;
    const p = (x = 0, y = 0) => `${round(dx + x * scale)} ${round(dy + y * scale)}`;
    return glyph.getPath(0, 0, unitsPerEm).commands.map(c => {
        if (c.type === 'M' || c.type === 'L') return `${c.type}${p(c.x, c.y)}`;
        if (c.type === 'Q') return `Q${p(c.x1, c.y1)} ${p(c.x, c.y)}`;
        if (c.type === 'C') return `C${p(c.x1, c.y1)} ${p(c.x2, c.y2)} ${p(c.x, c.y)}`;
        return 'Z';
    }).join('');
}

const hasLinks = (node: SvgNode): boolean => node.tag === 'a' || (node.children ?? []).some(hasLinks);

/** The lines of a text element: its own text, or tspans with a position each; undefined when it is anything else. */
function linesOf(node: SvgNode): Line[] | undefined {
    const allowed = new Set(['class', 'x', 'y', 'font-size', 'font-weight', 'text-anchor']);
    if (Object.entries(node.attrs).some(([name, value]) => value !== undefined && !allowed.has(name))) return undefined;
    if (node.text !== undefined) {
        return node.children?.length ? undefined : [{ text: node.text, x: Number(node.attrs.x ?? 0), y: Number(node.attrs.y ?? 0) }];
    }
    const lines: Line[] = [];
    for (const tspan of node.children ?? []) {
        const { x, y, ...others } = tspan.attrs;
        const styled = Object.values(others).some(value => value !== undefined);
        if (tspan.tag !== 'tspan' || tspan.text === undefined || tspan.children?.length || styled) return undefined;
        if (x === undefined || y === undefined) return undefined;
        lines.push({ text: tspan.text, x: Number(x), y: Number(y) });
    }
    return lines;
}

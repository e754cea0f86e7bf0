// The PNG path of `journey render`: texts drawn as glyph outlines by us look as
// resvg's own text layout drew them, and the PNG file holds resvg's pixels exactly.
import * as fs from 'node:fs';
import * as zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { diagramToSvgTree, svgFileText } from '../../diagram-core/standalone-svg.js';
import { el, textNode, type SvgNode } from '../../diagram-core/svg-tree.js';
import { isJourney, type JourneyFile } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { opaquePng } from '../../src/cli/render-png-encode.js';
import { GlyphPainter, loadFonts } from '../../src/cli/render-png-glyphs.js';
import { resolveCustomProperties } from '../../src/cli/render-png.js';

const FONTS = ['Regular', 'Bold'].map(weight => `dist/fonts/Arimo-${weight}.ttf`);
const parse = parseHelper<JourneyFile>(createJourneyServices(EmptyFileSystem).Journey);

async function treeOf(file: string, theme: 'light' | 'dark'): Promise<SvgNode> {
    const document = await parse(fs.readFileSync(file, 'utf8'));
    return diagramToSvgTree(toDiagramModel(document.parseResult.value.elements.find(isJourney)!), theme, { legend: true });
}

/** resvg's pixels of the SVG: with the shipped fonts (and the system's) when it still has texts to lay out. */
function pixels(svg: string, withFonts: boolean) {
    const font = withFonts ? { fontFiles: FONTS, loadSystemFonts: true, defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo' } : { loadSystemFonts: false };
    return new Resvg(resolveCustomProperties(svg), { fitTo: { mode: 'original' }, font, logLevel: 'error' }).render();
}

const painter = () => new GlyphPainter(loadFonts(FONTS[0], FONTS[1]));
const tags = (node: SvgNode): string[] => [node.tag, ...(node.children ?? []).flatMap(tags)];

describe('PNG texts as glyph outlines', () => {
    test.each([
        ['examples/floor-renovation.journey', 'light'],
        ['examples/kinds/service-blueprint.journey', 'dark'],
    ] as const)('%s (%s): every text converted, the picture as resvg lays the texts out, within anti-aliasing', async (file, theme) => {
        const tree = await treeOf(file, theme);
        const before = pixels(svgFileText(tree), true);
        expect(painter().convert(tree)).toBe(0);
        expect(tags(tree)).not.toContain('text');
        const after = pixels(svgFileText(tree), false);
        expect([after.width, after.height]).toEqual([before.width, before.height]);
        const [a, b] = [after.pixels, before.pixels];
        let differing = 0;
        let largest = 0;
        for (let i = 0; i < a.length; i++) {
            const difference = Math.abs(a[i] - b[i]);
            if (difference > 0) differing++;
            largest = Math.max(largest, difference);
        }
        // Glyph edges land a hair apart (resvg positions in 32-bit floats): a few faint pixels, never a moved or missing glyph.
        expect(differing / a.length).toBeLessThan(0.001);
        expect(largest).toBeLessThanOrEqual(96);
    });

    test('texts resvg might lay out otherwise are left to it: other scripts, marks, collapsed spaces, italics, unknown fonts', () => {
        const texts = ['日本語', 'שלום', 'e\u0301', ' leading', 'two  spaces', 'emoji 🙂'].map(text => textNode('text', text, { x: 1, y: 1 }));
        const italic = textNode('text', 'italic', { x: 1, y: 1, class: 'slanted' });
        const serif = el('g', { 'font-family': 'Georgia' }, [textNode('text', 'serif', { x: 1, y: 1 })]);
        const plain = textNode('text', 'Plain words', { x: 1, y: 1, 'text-anchor': 'middle' });
        const css = '.map { font-family: Arimo; font-size: 10px } .map .slanted { font-style: italic } .map text { fill: red }';
        const tree = el('svg', { class: 'map', width: 10, height: 10 }, [textNode('style', css), ...texts, italic, serif, plain]);
        expect(painter().convert(tree)).toBe(texts.length + 2);
        expect(tree.children!.filter(child => child.tag === 'text')).toHaveLength(texts.length + 1);
        expect(plain.tag).toBe('a');
        expect(plain.children!.map(child => child.tag)).toEqual(['use', 'use']);
        // The style sheet's text rules now style the converted texts.
        expect(tree.children![0].text).toContain('.map a { fill: red }');
    });

    test('a style sheet beyond the small CSS it reads, or a tree with links of its own, is left to resvg whole', () => {
        const text = () => textNode('text', 'x', { x: 1, y: 1, 'font-size': 9, 'font-family': 'Arimo' });
        const trees = [
            el('svg', { width: 10, height: 10 }, [textNode('style', '* + text { font-weight: bold }'), text()]),
            el('svg', { width: 10, height: 10 }, [textNode('style', 'text { fill: red }'), el('a', {}, [text()])]),
        ];
        for (const tree of trees) {
            expect(painter().convert(tree)).toBeUndefined();
            expect(tags(tree)).toContain('text');
        }
    });
});

/** The pixels of a PNG written with unfiltered rows. */
function unfilteredPixels(png: Buffer): { width: number; height: number; rgba: Buffer } {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: Array<{ type: string; data: Buffer }> = [];
    for (let at = 8; at < png.length;) {
        const length = png.readUInt32BE(at);
        const type = png.toString('latin1', at + 4, at + 8);
        const data = png.subarray(at + 8, at + 8 + length);
        expect(png.readUInt32BE(at + 8 + length)).toBe(zlib.crc32(png.subarray(at + 4, at + 8 + length)));
        chunks.push({ type, data });
        at += 12 + length;
    }
    expect(chunks.map(c => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const [width, height] = [chunks[0].data.readUInt32BE(0), chunks[0].data.readUInt32BE(4)];
    expect([...chunks[0].data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    const rows = zlib.inflateSync(chunks[1].data);
    const rgba = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++) {
        expect(rows[y * (width * 4 + 1)]).toBe(0);
        rows.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
    }
    return { width, height, rgba };
}

describe('PNG encoding', () => {
    test('an opaque image: a valid PNG holding exactly resvg\'s pixels', async () => {
        const image = pixels(svgFileText(await treeOf('examples/floor-renovation.journey', 'light')), true);
        const png = opaquePng(image.pixels, image.width, image.height)!;
        const decoded = unfilteredPixels(png);
        expect([decoded.width, decoded.height]).toEqual([image.width, image.height]);
        expect(decoded.rgba.equals(image.pixels)).toBe(true);
    });

    test('an image with a transparent pixel is left to resvg\'s encoder (it undoes the premultiplied alpha)', () => {
        const rgba = Buffer.alloc(2 * 2 * 4, 255);
        rgba[7] = 128;
        expect(opaquePng(rgba, 2, 2)).toBeUndefined();
        expect(unfilteredPixels(opaquePng(Buffer.alloc(2 * 2 * 4, 255), 2, 2)!).rgba.equals(Buffer.alloc(16, 255))).toBe(true);
    });
});

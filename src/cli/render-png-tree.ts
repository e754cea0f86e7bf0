// The diagram's tree as a PNG: its texts drawn as glyph outlines first
// (render-png-glyphs.ts), so resvg lays out only those left to it, if any.
// Apart from render-png.ts, which the playground's PNG script shares.
import { svgFileText } from '../../diagram-core/standalone-svg.js';
import type { SvgNode } from '../../diagram-core/svg-tree.js';
import { GlyphPainter, loadFonts } from './render-png-glyphs.js';
import { shippedFontFiles, svgToPng, type PngImage } from './render-png.js';

export async function treeToPng(tree: SvgNode, scale = 1): Promise<PngImage> {
    const [regular, bold] = shippedFontFiles();
    const left = new GlyphPainter(loadFonts(regular, bold)).convert(tree);
    return svgToPng(svgFileText(tree), scale, left !== 0);
}

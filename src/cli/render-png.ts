// SVG to PNG with resvg, a rasteriser in Rust shipped as an npm package with a
// prebuilt binary per platform: no browser, so it works in CI containers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { opaquePng } from './render-png-encode.js';

/** The font the diagram's metrics are measured with, shipped in dist/fonts (esbuild.mjs). */
export const SHIPPED_FONT = 'Arimo';
const FONT_FILES = ['Arimo-Regular.ttf', 'Arimo-Bold.ttf'];

/** The shipped font files: beside the bundle (dist/fonts), or in dist/ when run from source (tests). */
export function shippedFontFiles(): string[] {
    const folders = [path.join(__dirname, 'fonts'), path.resolve(__dirname, '../../dist/fonts')];
    const folder = folders.find(f => FONT_FILES.every(file => fs.existsSync(path.join(f, file))));
    if (!folder) throw new Error(`the diagram font is missing: ${FONT_FILES.join(', ')} are expected in ${folders[0]}`);
    return FONT_FILES.map(file => path.join(folder, file));
}

/**
 * resvg understands the style element but not CSS custom properties, so each
 * `var(--name)` is replaced by the value the SVG's own style declares for it.
 * Standalone SVGs declare each property once, on the root (diagram-style.ts, themeCss).
 */
export function resolveCustomProperties(svg: string): string {
    const style = /<style[^>]*>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
    const values = new Map<string, string>();
    for (const [, name, value] of style.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) values.set(name, value.trim());
    return svg.replace(/var\((--[\w-]+)\)/g, (whole, name: string) => values.get(name) ?? whole);
}

export interface PngImage { png: Buffer; width: number; height: number }

/** Renders at `scale` times the SVG's own size (its width and height attributes); `withText`: it has texts to lay out. */
export async function svgToPng(svg: string, scale = 1, withText = true): Promise<PngImage> {
    // Loaded only here, so `check` and the other commands start without the native module. A require,
    // not import(): the bundle runs from V8's code cache (boot.ts), where Node 20 has no import().
    const { Resvg } = require('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
    const options: ResvgRenderOptions = {
        fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
        // The shipped font comes first in the SVG's font stack; system fonts only fill in
        // characters it lacks (CJK, emoji).
        font: withText
            ? { fontFiles: shippedFontFiles(), loadSystemFonts: true, defaultFontFamily: SHIPPED_FONT, sansSerifFamily: SHIPPED_FONT }
            : { loadSystemFonts: false },
        logLevel: 'error',
    };
    const image = new Resvg(resolveCustomProperties(svg), options).render();
    const png = opaquePng(image.pixels, image.width, image.height) ?? image.asPng();
    return { png, width: image.width, height: image.height };
}

// SVG to PNG with resvg, a rasteriser in Rust shipped as an npm package with a
// prebuilt binary per platform: no browser, so it works in CI containers.
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/** The font the diagram's metrics are measured for (Arial) and its metric-compatible free twin. */
const SANS = 'Liberation Sans';

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

/** Renders at `scale` times the SVG's own size (its width and height attributes). */
export async function svgToPng(svg: string, scale = 1): Promise<PngImage> {
    // Loaded only here, so `check` and the other commands start without the native module.
    const { Resvg } = await import('@resvg/resvg-js');
    const options: ResvgRenderOptions = {
        fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
        font: { loadSystemFonts: true, defaultFontFamily: SANS, sansSerifFamily: SANS },
        logLevel: 'error',
    };
    const image = new Resvg(resolveCustomProperties(svg), options).render();
    return { png: image.asPng(), width: image.width, height: image.height };
}

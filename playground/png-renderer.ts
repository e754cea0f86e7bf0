// The PNG renderer, a script of its own (png.js) loaded on the first PNG download:
// resvg compiled to WebAssembly, the same version as the CLI's native resvg, with
// the same font (Arimo) and the same SVG preparation, so the PNG matches
// `journey render -o map.png`. It registers itself as `journeyPng` on the page.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import wasm from '@resvg/resvg-wasm/index_bg.wasm';
import regular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf';
import bold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf';
import { resolveCustomProperties, SHIPPED_FONT } from '../src/cli/render-png.js';
import type { PngRenderer } from './png.js';

let ready: Promise<void> | undefined;

const render: PngRenderer = async svg => {
    ready ??= initWasm(wasm);
    await ready;
    // Only the shipped font: a page has no system fonts to read (the CLI lets them fill in CJK and emoji).
    const resvg = new Resvg(resolveCustomProperties(svg), {
        fitTo: { mode: 'original' },
        font: { fontBuffers: [regular, bold], loadSystemFonts: false, defaultFontFamily: SHIPPED_FONT, sansSerifFamily: SHIPPED_FONT },
    });
    const image = resvg.render();
    const png = image.asPng() as Uint8Array<ArrayBuffer>;
    image.free();
    resvg.free();
    return png;
};

(globalThis as { journeyPng?: PngRenderer }).journeyPng = render;

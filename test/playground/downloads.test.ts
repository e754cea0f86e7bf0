// Downloads in Chromium against the CLI: the .journey is the text byte for byte, the
// SVG is exactly what `journey render -o map.svg` writes for the same text, and the
// PNG (resvg-wasm in the page, native resvg in the CLI, same version and font) has
// the same size and the same pixels within a hair.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runRender } from '../../src/cli/render-command.js';
import { HOSTILE, HOSTILE_JOURNEY } from './fixtures.js';
import { usePlayground } from './use-playground.js';

declare const document: any;
declare const createImageBitmap: any;
declare const Blob: any;

const playground = usePlayground();
const TIMEOUT = 120_000;
const EXAMPLE = path.resolve('examples/floor-renovation.journey');
let dir = '';

beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-playground-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What `journey render FILE -o NAME` writes. */
async function cliRender(file: string, name: string): Promise<Buffer> {
    const output = path.join(dir, name);
    await runRender(file, { output, theme: 'light', force: true });
    return fs.readFileSync(output);
}

/** Width and height from a PNG's header. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('downloads', () => {
    test('.journey is the text; SVG is identical to journey render; PNG matches it', async () => {
        const page = await playground.open();
        const journey = await page.download('.journey');
        expect(journey.name).toBe('floor_renovation.journey');
        expect(journey.content.equals(fs.readFileSync(EXAMPLE))).toBe(true);

        const svg = await page.download('SVG');
        expect(svg.name).toBe('floor_renovation.svg');
        expect(svg.content.toString('utf8')).toBe((await cliRender(EXAMPLE, 'cli.svg')).toString('utf8'));

        const png = await page.download('PNG');
        const cli = await cliRender(EXAMPLE, 'cli.png');
        expect(png.name).toBe('floor_renovation.png');
        expect(pngSize(png.content)).toEqual(pngSize(cli));
        const difference = await compareImages(png.content, cli);
        // Anti-aliasing may differ by a shade on a few edge pixels; the picture may not.
        expect(difference.differentPixels / difference.pixels).toBeLessThan(0.001);
    }, TIMEOUT);

    test('hostile labels stay text: in the page, in the editor and in the SVG download', async () => {
        const page = await playground.open(HOSTILE_JOURNEY);
        await expect.poll(() => page.page.locator('svg.journey-diagram').count()).toBe(1);
        const found = await page.page.evaluate(() => ({
            images: document.querySelectorAll('img, image').length,
            scripts: [...document.querySelectorAll('script')].map((s: any) => s.getAttribute('src')),
            foreign: document.querySelectorAll('foreignObject, iframe, object, embed').length,
            handlers: [...document.querySelectorAll('*')].flatMap((e: any) => [...e.attributes].filter((a: any) => /^on/i.test(a.name)).map((a: any) => a.name)),
            texts: [...document.querySelectorAll('svg.journey-diagram tspan, svg.journey-diagram text')].map((t: any) => t.textContent),
        }));
        expect(found).toMatchObject({ images: 0, scripts: ['playground.js'], foreign: 0, handlers: [] });
        for (const label of HOSTILE) expect(found.texts.join('\n')).toContain(label);
        expect((await page.page.locator('#editor .view-lines').textContent())!.replace(/\u00a0/g, ' ')).toContain(HOSTILE[1]);

        const svg = (await page.download('SVG')).content.toString('utf8');
        expect(svg).not.toMatch(/<script|<img/);
        expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        const file = path.join(dir, 'hostile.journey');
        fs.writeFileSync(file, HOSTILE_JOURNEY);
        expect(svg).toBe((await cliRender(file, 'hostile.svg')).toString('utf8'));
    }, TIMEOUT);
});

/** Compares two PNGs pixel by pixel in the browser (no PNG decoder needed in Node). */
async function compareImages(a: Buffer, b: Buffer): Promise<{ pixels: number; differentPixels: number }> {
    const page = await playground.browser().newPage();
    try {
        return await page.evaluate(async ([first, second]) => {
            const decode = async (base64: string) => {
                const bytes = Uint8Array.from(atob(base64), ch => ch.charCodeAt(0));
                const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
                const canvas = document.createElement('canvas');
                canvas.width = bitmap.width;
                canvas.height = bitmap.height;
                const context = canvas.getContext('2d');
                context.drawImage(bitmap, 0, 0);
                return context.getImageData(0, 0, bitmap.width, bitmap.height).data as Uint8ClampedArray;
            };
            const [x, y] = await Promise.all([decode(first), decode(second)]);
            let differentPixels = 0;
            for (let i = 0; i < x.length; i += 4) {
                if (Math.max(Math.abs(x[i] - y[i]), Math.abs(x[i + 1] - y[i + 1]), Math.abs(x[i + 2] - y[i + 2]), Math.abs(x[i + 3] - y[i + 3])) > 16) differentPixels++;
            }
            return { pixels: x.length / 4, differentPixels };
        }, [a.toString('base64'), b.toString('base64')]);
    } finally {
        await page.close();
    }
}

// Export and copy: the webview posts a self-contained SVG (in the light or dark
// palette of the editor's theme) or a PNG at twice the diagram's size.
import { describe, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { diagramToSvg } from '../../diagram-core/standalone-svg.js';
import { exampleModel } from './fixtures.js';
import { useWebviews } from './use-webviews.js';

declare const DOMParser: any;
declare const Image: any;

const webviews = useWebviews();

/** Width and height from a PNG's IHDR chunk. */
function pngSize(dataUrl: string): { width: number; height: number } {
    const bytes = Buffer.from(dataUrl.slice('data:image/png;base64,'.length), 'base64');
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const parse = async (svg: string) => (await webviews.blankPage()).evaluate(text => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
        errors: doc.getElementsByTagName('parsererror').length, root: root.localName, namespace: root.namespaceURI,
        width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')),
        rows: [...doc.querySelectorAll('g.row')].map((g: any) => g.getAttribute('class')),
        touchpoints: [...doc.querySelectorAll('g.touchpoint')].map((g: any) => g.getAttribute('data-element-id')),
    };
}, svg);

describe('export', () => {
    test('Export PNG posts a PNG data URL of twice the diagram\'s size that the browser can decode', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const layout = layoutDiagram(model);
        const page = await webviews.open();
        await page.showDiagram(example, model);
        await page.page.getByRole('button', { name: 'Export as PNG image' }).click();
        const message = await page.waitForPosted('export');
        expect(message.format).toBe('png');
        expect(message.data.startsWith('data:image/png;base64,')).toBe(true);
        const expected = { width: Math.ceil(layout.width) * 2, height: Math.ceil(layout.height) * 2 };
        expect(pngSize(message.data)).toEqual(expected);
        const decoded = await page.page.evaluate(src => new Promise<{ width: number; height: number }>((resolve, reject) => {
            const image = new Image();
            image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
            image.onerror = () => reject(new Error('the PNG does not decode'));
            image.src = src;
        }), message.data);
        expect(decoded).toEqual(expected);
    });

    test('Export SVG posts well-formed SVG with the current persona filter and hidden rows', async () => {
        const { example, model } = await exampleModel('multi-file/store-visit.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        await page.page.getByRole('combobox', { name: 'Persona' }).selectOption('commuter');
        await page.page.getByText('Rows', { exact: true }).click();
        await page.page.getByRole('checkbox', { name: 'Does' }).uncheck();
        await page.page.getByRole('button', { name: 'Export as SVG file' }).click();
        const message = await page.waitForPosted('export');
        expect(message.format).toBe('svg');
        expect(message.data).toBe(diagramToSvg(model, 'light', { persona: 'commuter', hiddenRows: ['does'] }));
        const parsed = await parse(message.data);
        expect(parsed).toMatchObject({ errors: 0, root: 'svg', namespace: 'http://www.w3.org/2000/svg' });
        expect(parsed.rows).not.toContain('row row-does');
        expect(parsed.touchpoints).not.toContain('touchpoint:appointment_call');
        expect(parsed.touchpoints).toEqual(await page.ids('g.touchpoint'));
    });

    test('Copy SVG posts the same SVG as Export SVG', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        await page.page.getByRole('button', { name: 'Copy as SVG' }).click();
        const copy = await page.waitForPosted('copySvg');
        await page.page.getByRole('button', { name: 'Export as SVG file' }).click();
        const exported = await page.waitForPosted('export');
        expect(copy.svg).toBe(exported.data);
        expect((await parse(copy.svg)).errors).toBe(0);
    });

    test.each([
        ['vscode-light', 'light'], ['vscode-dark', 'dark'], ['vscode-high-contrast', 'dark'],
        ['vscode-high-contrast vscode-high-contrast-light', 'light'],
    ] as const)('with body class "%s" the export uses the %s palette', async (bodyClass, palette) => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, model);
        await page.page.evaluate(name => { (globalThis as any).document.body.className = name; }, bodyClass);
        await page.page.getByRole('button', { name: 'Copy as SVG' }).click();
        const copy = await page.waitForPosted('copySvg');
        expect(copy.svg).toBe(diagramToSvg(model, palette));
    });

    test('a stale diagram exports the diagram on screen; with no diagram the export buttons are disabled', async () => {
        const { example, model } = await exampleModel('floor-renovation.journey');
        const page = await webviews.open();
        await page.showDiagram(example, undefined, 1);
        for (const name of ['Export as SVG file', 'Export as PNG image', 'Copy as SVG']) {
            expect(await page.page.getByRole('button', { name }).isDisabled(), name).toBe(true);
        }
        await page.showDiagram(example, model, 1, true);
        await page.page.getByRole('button', { name: 'Copy as SVG' }).click();
        expect((await page.waitForPosted('copySvg')).svg).toBe(diagramToSvg(model, 'light'));
    });
});

// The PNG is drawn with the font the layout measures with, shipped in dist/fonts:
// its advance widths are the layout's tables, and the system's fonts do not
// change the picture.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { diagramToSvg } from '../../diagram-core/standalone-svg.js';
import { FONT_FAMILY, MEASURED_CHARACTERS, charWidth } from '../../diagram-core/text-metrics.js';
import { resolveCustomProperties, shippedFontFiles, svgToPng } from '../../src/cli/render-png.js';
import { exampleModels } from '../diagram-core/journey-models.js';
import { advanceWidths } from './ttf-widths.js';

const FONTS = path.resolve('dist/fonts');

/** The pixels of an opaque image as `journey render` writes it (render-png-encode.ts): one IDAT of unfiltered rows. */
function unfilteredRows(png: Buffer, width: number): Buffer {
    const idat = png.indexOf('IDAT', 8, 'latin1');
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    const stride = width * 4 + 1;
    return Buffer.concat(Array.from({ length: rows.length / stride }, (_, y) => rows.subarray(y * stride + 1, (y + 1) * stride)));
}

describe('the shipped font', () => {
    test('the build puts Arimo regular and bold in dist/fonts with its licence', () => {
        expect(fs.readdirSync(FONTS).sort()).toEqual(['Arimo-Bold.ttf', 'Arimo-Regular.ttf', 'OFL.txt']);
        expect(fs.readFileSync(path.join(FONTS, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
        expect(shippedFontFiles().map(f => path.basename(f))).toEqual(['Arimo-Regular.ttf', 'Arimo-Bold.ttf']);
    });

    test.each([['Arimo-Regular.ttf', false], ['Arimo-Bold.ttf', true]] as const)('%s has exactly the advance widths the layout measures with', (file, bold) => {
        const widthOf = advanceWidths(path.join(FONTS, file));
        const wrong = MEASURED_CHARACTERS.filter(ch => widthOf(ch) !== charWidth(ch, bold)).map(ch => `${ch}: ${widthOf(ch)} ≠ ${charWidth(ch, bold)}`);
        expect(wrong).toEqual([]);
    });

    test('SVG and HTML name it first', () => {
        expect(FONT_FAMILY.split(',')[0]).toBe('Arimo');
    });

    test('the system\'s fonts do not change the PNG', async () => {
        const [model] = await exampleModels('examples/kinds/service-blueprint.journey');
        const svg = diagramToSvg(model, 'light', { legend: true });
        const withSystem = await svgToPng(svg);
        const shippedOnly = new Resvg(resolveCustomProperties(svg), {
            font: { fontFiles: shippedFontFiles(), loadSystemFonts: false, defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo' },
            logLevel: 'error',
        }).render();
        expect(unfilteredRows(withSystem.png, shippedOnly.width).equals(shippedOnly.pixels)).toBe(true);
    });
});

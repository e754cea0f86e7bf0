// Draws the extension icon (media/icon.png, 128×128, what the Marketplace and the
// Extensions view show) from its source, media/icon.svg. Run after changing the SVG:
//   node scripts/render-icon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('media/icon.svg', 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 128 } }).render().asPng();
writeFileSync('media/icon.png', png);
console.log(`media/icon.png: ${png.length} bytes`);

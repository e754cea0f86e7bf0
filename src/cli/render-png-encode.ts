// A PNG file of resvg's pixels, written here: resvg's own encoder (filtered rows,
// default compression) took a third of a big map's PNG time; unfiltered rows at
// zlib's fastest level give a file of about the same size (the map is mostly flat
// colour) in a third of that time.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let crcTable: Uint32Array | undefined;

function crc32(data: Buffer): number {
    if (!crcTable) {
        crcTable = new Uint32Array(256);
        for (let n = 0; n < 256; n++) {
            let c = n;
            for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            crcTable[n] = c >>> 0;
        }
    }
    let crc = 0xffffffff;
    for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
}

/** Whether every pixel is opaque: then resvg's premultiplied colours are the PNG's own. */
function isOpaque(rgba: Buffer): boolean {
    const words = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length >> 2);
    // Alpha is each pixel's fourth byte: a word's top byte on a little-endian machine.
    const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
    const alpha = littleEndian ? 0xff000000 : 0x000000ff;
    for (let i = 0; i < words.length; i++) if ((words[i] & alpha) >>> 0 !== alpha) return false;
    return true;
}

/** An 8-bit RGBA PNG of `rgba` (width × height pixels); undefined when some pixel is not opaque. */
export function opaquePng(rgba: Buffer, width: number, height: number): Buffer | undefined {
    if (rgba.length !== width * height * 4 || rgba.byteOffset % 4 !== 0 || !isOpaque(rgba)) return undefined;
    const stride = width * 4;
    const rows = Buffer.allocUnsafe((stride + 1) * height);
    for (let y = 0; y < height; y++) {
        rows[y * (stride + 1)] = 0; // filter type None
        rgba.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
    }
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0);
    header.writeUInt32BE(height, 4);
    header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter set, no interlace
    // Required here: loading zlib takes as long as drawing a small SVG, which never needs it.
    const { deflateSync } = require('node:zlib') as typeof import('node:zlib');
    return Buffer.concat([Buffer.from(SIGNATURE), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', Buffer.alloc(0))]);
}

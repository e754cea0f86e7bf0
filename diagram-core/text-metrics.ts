// Text width without a DOM, so the CLI and the webview lay out identically.
// Widths are the advance widths of Arimo (shipped in dist/fonts, loaded for PNGs;
// metric-compatible with Arial, Helvetica and Liberation Sans), in 1/1000 em,
// regular and bold. test/cli/font.test.ts checks them against the shipped font.

export const FONT_FAMILY = "Arimo, Arial, Helvetica, 'Liberation Sans', sans-serif";

/** Characters 32…126. */
const ASCII_REGULAR = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const ASCII_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
/** Punctuation the diagram itself writes (· → … −) and common typographic marks. */
const EXTRA_REGULAR: Record<string, number> = {
    '·': 333, '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '…': 1000, '€': 556, '→': 1000, '↕': 500, '−': 584, '•': 350,
};
const EXTRA_BOLD: Record<string, number> = { ...EXTRA_REGULAR, '‘': 278, '’': 278, '“': 500, '”': 500 };

/** Every character in the tables, for the font test. */
export const MEASURED_CHARACTERS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...Object.keys(EXTRA_REGULAR)];

const DEFAULT_WIDTH = { regular: 556, bold: 611 };
const WIDE_WIDTH = 1000;

/** East Asian wide characters (CJK, Hangul, full-width forms, emoji) take a full em. */
function isWide(code: number): boolean {
    return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
        || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
        || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd);
}

/** Advance width of one character in 1/1000 em. */
export function charWidth(ch: string, bold = false): number {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code <= 126) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32];
    const extra = (bold ? EXTRA_BOLD : EXTRA_REGULAR)[ch];
    if (extra !== undefined) return extra;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) return 0;
    return isWide(code) ? WIDE_WIDTH : DEFAULT_WIDTH[bold ? 'bold' : 'regular'];
}

/** Width of `text` in 1/1000 em: whole numbers, so widths of parts add up exactly. */
function textUnits(text: string, bold: boolean): number {
    let units = 0;
    for (const ch of text) units += charWidth(ch, bold);
    return units;
}

/** Width in pixels of `text` at `fontSize` pixels. */
export function measureText(text: string, fontSize: number, bold = false): number {
    return (textUnits(text, bold) / 1000) * fontSize;
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, and inside words
 * (or between CJK characters) only when a word alone is too wide. Never loses a character.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
    const fits = (units: number) => (units / 1000) * fontSize <= maxWidth;
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
        // The line so far and its width (with its trailing spaces), grown word by word.
        let line = '';
        let units = 0;
        for (const word of paragraph.split(/(?<= )/)) {
            const trimmed = word.trimEnd();
            const wordUnits = textUnits(trimmed, bold);
            if (fits(units + wordUnits)) {
                line += word;
                units += wordUnits + textUnits(word.slice(trimmed.length), bold);
                continue;
            }
            if (line) lines.push(line.trimEnd());
            line = '';
            units = 0;
            for (const ch of word) {
                const width = charWidth(ch, bold);
                if (line && !fits(units + width) && ch !== ' ') {
                    lines.push(line);
                    line = '';
                    units = 0;
                }
                line += ch;
                units += width;
            }
        }
        lines.push(line.trimEnd());
    }
    return lines;
}

/**
 * Wrapped texts of the last layouts: an edit changes one or two texts, so laying
 * out a big map again wraps only those. Cleared when full, to bound its memory.
 */
const wrapped = new Map<string, readonly string[]>();
const WRAPPED_MAX = 50_000;

/** Like wrapText, but at most `maxLines` lines; the last shown line ends in "…" when text was cut. */
export function wrapTextClamped(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
    const key = `${maxWidth} ${fontSize} ${maxLines} ${bold ? 'b' : ''} ${text}`;
    let lines = wrapped.get(key);
    if (!lines) {
        if (wrapped.size >= WRAPPED_MAX) wrapped.clear();
        lines = clamp(wrapText(text, maxWidth, fontSize, bold), maxWidth, fontSize, maxLines, bold);
        wrapped.set(key, lines);
    }
    return [...lines];
}

function clamp(lines: string[], maxWidth: number, fontSize: number, maxLines: number, bold: boolean): string[] {
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last && measureText(`${last}…`, fontSize, bold) > maxWidth) last = [...last].slice(0, -1).join('');
    kept[maxLines - 1] = `${last}…`;
    return kept;
}

// Text width without a DOM, so the CLI and the webview lay out identically.
// Widths are Helvetica/Arial advance widths in 1/1000 em; the diagram draws
// with a metric-compatible font stack (see FONT_FAMILY).

export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', sans-serif";

const ASCII_WIDTHS: Record<string, number> = {};
const GROUPS: Array<[string, number]> = [
    [' !,./:;I[]fijlt|', 278], ['"', 355], ["'", 191], ['()-`r{}', 333], ['*', 389], ['^', 469], ['+<=>~', 584],
    ['#$0123456789?L_abdeghnopqu', 556], ['ckJsvxyz', 500], ['FTZ', 611], ['&ABEKPSVXY', 667],
    ['CDHNRUw', 722], ['GOQ', 778], ['Mm', 833], ['%', 889], ['W', 944], ['@', 1015],
];
for (const [chars, width] of GROUPS) for (const ch of chars) ASCII_WIDTHS[ch] = width;

const DEFAULT_WIDTH = 556;
const WIDE_WIDTH = 1000;

/** East Asian wide characters (CJK, Hangul, full-width forms, emoji) take a full em. */
function isWide(code: number): boolean {
    return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
        || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
        || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd);
}

function charWidth(ch: string): number {
    const known = ASCII_WIDTHS[ch];
    if (known !== undefined) return known;
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code <= 0x36f) || code === 0x200b) return 0;
    return isWide(code) ? WIDE_WIDTH : DEFAULT_WIDTH;
}

/** Width in pixels of `text` at `fontSize` pixels; bold text is about 7% wider. */
export function measureText(text: string, fontSize: number, bold = false): number {
    let units = 0;
    for (const ch of text) units += charWidth(ch);
    return (units / 1000) * fontSize * (bold ? 1.07 : 1);
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, and inside words
 * (or between CJK characters) only when a word alone is too wide. Never loses a character.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split('\n')) {
        let line = '';
        for (const word of paragraph.split(/(?<= )/)) {
            if (measureText(line + word.trimEnd(), fontSize, bold) <= maxWidth) {
                line += word;
                continue;
            }
            if (line) lines.push(line.trimEnd());
            line = '';
            for (const ch of word) {
                if (line && measureText(line + ch, fontSize, bold) > maxWidth && ch !== ' ') {
                    lines.push(line);
                    line = '';
                }
                line += ch;
            }
        }
        lines.push(line.trimEnd());
    }
    return lines;
}

/** Like wrapText, but at most `maxLines` lines; the last shown line ends in "…" when text was cut. */
export function wrapTextClamped(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
    const lines = wrapText(text, maxWidth, fontSize, bold);
    if (lines.length <= maxLines) return lines;
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1];
    while (last && measureText(`${last}…`, fontSize, bold) > maxWidth) last = [...last].slice(0, -1).join('');
    kept[maxLines - 1] = `${last}…`;
    return kept;
}

// Sizes of the journey map, in pixels. One place, so layout and tests agree.
export const M = {
    margin: 24,
    rowLabelWidth: 132,
    columnWidth: 208,
    gap: 8,
    cellPadding: 8,
    titleSize: 22,
    subtitleSize: 13,
    headerSize: 14,
    textSize: 12,
    smallSize: 11,
    lineFactor: 1.3,
    departmentBand: 26,
    emotionHeight: 132,
    minRowHeight: 36,
    maxTitleLines: 4,
    maxEntryLines: 8,
    planColumnWidth: 280,
} as const;

export const lineHeight = (fontSize: number) => Math.round(fontSize * M.lineFactor);

// How the diagram looks. Rules use only custom properties (--j-*), so the same
// rules serve the VS Code webview (properties mapped to the editor theme) and
// exported files (properties set from a fixed light or dark palette).
import { FONT_FAMILY } from './text-metrics.js';

export const DIAGRAM_CSS = `
.journey-diagram { font-family: ${FONT_FAMILY}; background: var(--j-bg); }
.journey-diagram text { fill: var(--j-fg); }
.journey-diagram .muted { fill: var(--j-muted); }
.journey-diagram .row-band { fill: var(--j-band); }
.journey-diagram .row-band.odd { fill: var(--j-band-alt); }
.journey-diagram .phase-header rect { fill: var(--j-header-bg); stroke: var(--j-border); }
.journey-diagram .department rect { fill: var(--j-dept-bg); stroke: var(--j-border); }
.journey-diagram .boundary { stroke: var(--j-border); stroke-dasharray: 4 4; }
.journey-diagram .card rect.body { fill: var(--j-card-bg); stroke: var(--j-border); }
.journey-diagram .entry rect.body { fill: var(--j-entry-bg); }
.journey-diagram .touchpoint.between rect.body { stroke-dasharray: 5 3; }
.journey-diagram .touchpoint.critical rect.body { stroke: var(--j-critical); stroke-width: 2; }
.journey-diagram .touchpoint.at-risk rect.body { fill: var(--j-risk-bg); stroke: var(--j-risk); stroke-width: 3; }
.journey-diagram .critical-mark { fill: var(--j-critical); }
.journey-diagram .at-risk .critical-mark { fill: var(--j-risk); }
.journey-diagram text.at-risk-text { fill: var(--j-risk); }
.journey-diagram .score-dot { fill: none; stroke: var(--j-muted); }
.journey-diagram .score-1 .score-dot.on { fill: var(--j-score-1); stroke: var(--j-score-1); }
.journey-diagram .score-2 .score-dot.on { fill: var(--j-score-2); stroke: var(--j-score-2); }
.journey-diagram .score-3 .score-dot.on { fill: var(--j-score-3); stroke: var(--j-score-3); }
.journey-diagram .score-4 .score-dot.on { fill: var(--j-score-4); stroke: var(--j-score-4); }
.journey-diagram .score-5 .score-dot.on { fill: var(--j-score-5); stroke: var(--j-score-5); }
.journey-diagram .score text.score-text { fill: var(--j-fg); font-weight: bold; }
.journey-diagram .evidence-mark rect { stroke: var(--j-fg); stroke-width: 1; fill: none; }
.journey-diagram .evidence-mark text { fill: var(--j-fg); }
.journey-diagram .evidence-mark.evidence-research rect { fill: var(--j-fg); }
.journey-diagram .evidence-mark.evidence-research text { fill: var(--j-bg); }
.journey-diagram .evidence-mark.evidence-assumption rect { stroke: var(--j-muted); stroke-dasharray: 2 1.5; }
.journey-diagram .evidence-mark.evidence-assumption text { fill: var(--j-muted); }
.journey-diagram .fold-control { cursor: pointer; }
.journey-diagram .fold-control rect { fill: var(--j-card-bg); stroke: var(--j-muted); }
.journey-diagram .fold-control path { stroke: var(--j-fg); stroke-width: 1.5; }
.journey-diagram .mode-mark.digital { fill: var(--j-digital); }
.journey-diagram .mode-mark.physical { fill: var(--j-physical); }
.journey-diagram .emotion-scale { stroke: var(--j-grid); }
.journey-diagram .emotion-zero { stroke: var(--j-muted); }
.journey-diagram .emotion-curve { fill: none; stroke-width: 2.5; }
.journey-diagram .emotion-curve.curve-1 { stroke-dasharray: 8 3; }
.journey-diagram .emotion-curve.curve-2 { stroke-dasharray: 2 3; }
.journey-diagram .emotion-curve.curve-3 { stroke-dasharray: 10 3 2 3; }
.journey-diagram path.moment-mark { fill: var(--j-bg); stroke-width: 2; }
.journey-diagram .curve-0 { stroke: var(--j-curve-0); fill: var(--j-curve-0); }
.journey-diagram .curve-1 { stroke: var(--j-curve-1); fill: var(--j-curve-1); }
.journey-diagram .curve-2 { stroke: var(--j-curve-2); fill: var(--j-curve-2); }
.journey-diagram .curve-3 { stroke: var(--j-curve-3); fill: var(--j-curve-3); }
.journey-diagram polyline.emotion-curve { fill: none; }
.journey-diagram .emotion-lowest { fill: none; stroke: var(--j-risk); stroke-width: 2; }
.journey-diagram .emotion text { stroke: none; }
.journey-diagram .emotion text.moment-label { font-weight: bold; }
.journey-diagram text.emotion-lowest { fill: var(--j-risk); stroke: var(--j-bg); stroke-width: 4px; stroke-linejoin: round; paint-order: stroke; }
.journey-diagram .persona rect.body { fill: var(--j-persona-bg); }
.journey-diagram .plan-column rect { fill: var(--j-band); }
.journey-diagram .improvement rect.body { fill: var(--j-card-bg); stroke: var(--j-plan); }
.journey-diagram text.plan-badge { fill: var(--j-plan); font-weight: bold; }
.journey-diagram .linked rect.body, .journey-diagram .phase-header.linked rect { stroke: var(--j-plan); stroke-width: 2; }
/* As specific as the critical and at-risk rules, and after them: a selected critical card shows it is selected. */
.journey-diagram .selected.selected rect.body, .journey-diagram .selected > rect { stroke: var(--j-focus); stroke-width: 3; }
.journey-diagram .diff-added > rect.body, .journey-diagram .phase-header.diff-added > rect { stroke: var(--j-added); stroke-width: 3; stroke-dasharray: none; }
.journey-diagram .diff-tag.diff-added rect { fill: var(--j-added); }
.journey-diagram .diff-removed > rect.body, .journey-diagram .phase-header.diff-removed > rect { stroke: var(--j-removed); stroke-width: 3; stroke-dasharray: none; }
.journey-diagram .diff-tag.diff-removed rect { fill: var(--j-removed); }
.journey-diagram .diff-changed > rect.body, .journey-diagram .phase-header.diff-changed > rect { stroke: var(--j-changed); stroke-width: 3; stroke-dasharray: none; }
.journey-diagram .diff-tag.diff-changed rect { fill: var(--j-changed); }
.journey-diagram .diff-moved > rect.body, .journey-diagram .phase-header.diff-moved > rect { stroke: var(--j-moved); stroke-width: 3; stroke-dasharray: none; }
.journey-diagram .diff-tag.diff-moved rect { fill: var(--j-moved); }
.journey-diagram .diff-reordered > rect.body, .journey-diagram .phase-header.diff-reordered > rect { stroke: var(--j-reordered); stroke-width: 3; stroke-dasharray: none; }
.journey-diagram .diff-tag.diff-reordered rect { fill: var(--j-reordered); }
.journey-diagram .diff-tag text { fill: var(--j-bg); }
.journey-diagram :is(.card, .phase-header).diff-removed > :not(.diff-tag):not(title) { opacity: 0.55; }
.journey-diagram .legend-item text { fill: var(--j-muted); }
`;

export type ThemeName = 'light' | 'dark';

const PALETTES: Record<ThemeName, Record<string, string>> = {
    light: {
        bg: '#ffffff', fg: '#1f2328', muted: '#59636e', band: '#f6f8fa', 'band-alt': '#eef1f4', 'header-bg': '#dbe9f9',
        'dept-bg': '#e8e2f5', border: '#8c959f', 'card-bg': '#ffffff', 'entry-bg': '#fff8e1', critical: '#bf8700',
        risk: '#cf222e', 'risk-bg': '#ffebe9', digital: '#0969da', physical: '#8250df', grid: '#d0d7de',
        'curve-0': '#0969da', 'curve-1': '#bc4c00', 'curve-2': '#1a7f37', 'curve-3': '#8250df', 'persona-bg': '#ddf4ff',
        plan: '#1a7f37', focus: '#0550ae', added: '#1a7f37', removed: '#cf222e', changed: '#0969da', moved: '#8250df', reordered: '#1b7c83',
        'score-1': '#cf222e', 'score-2': '#bc4c00', 'score-3': '#6e7781', 'score-4': '#2da44e', 'score-5': '#116329',
    },
    dark: {
        bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', band: '#161b22', 'band-alt': '#1c2128', 'header-bg': '#1f3a5f',
        'dept-bg': '#2d2447', border: '#6e7681', 'card-bg': '#0d1117', 'entry-bg': '#2b2410', critical: '#d29922',
        risk: '#ff7b72', 'risk-bg': '#3c1618', digital: '#58a6ff', physical: '#bc8cff', grid: '#30363d',
        'curve-0': '#58a6ff', 'curve-1': '#f0883e', 'curve-2': '#3fb950', 'curve-3': '#bc8cff', 'persona-bg': '#0c2d48',
        plan: '#3fb950', focus: '#79c0ff', added: '#3fb950', removed: '#ff7b72', changed: '#58a6ff', moved: '#bc8cff', reordered: '#39c5cf',
        'score-1': '#ff7b72', 'score-2': '#f0883e', 'score-3': '#9198a1', 'score-4': '#56d364', 'score-5': '#3fb950',
    },
};

export const THEME_PROPERTIES = Object.keys(PALETTES.light);

/** The custom properties of a fixed palette, for a standalone SVG or HTML file. */
export function themeCss(theme: ThemeName, selector = '.journey-diagram'): string {
    const vars = Object.entries(PALETTES[theme]).map(([name, value]) => `--j-${name}: ${value};`).join(' ');
    return `${selector} { ${vars} }`;
}

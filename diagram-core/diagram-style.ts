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
.journey-diagram .score-dot { fill: none; stroke: var(--j-muted); }
.journey-diagram .score-dot.on { fill: var(--j-score); stroke: var(--j-score); }
.journey-diagram .at-risk .score-dot.on { fill: var(--j-risk); stroke: var(--j-risk); }
.journey-diagram .mode-mark.digital { fill: var(--j-digital); }
.journey-diagram .mode-mark.physical { fill: var(--j-physical); }
.journey-diagram .emotion-scale { stroke: var(--j-grid); }
.journey-diagram .emotion-zero { stroke: var(--j-muted); }
.journey-diagram .emotion-curve { fill: none; stroke-width: 2.5; }
.journey-diagram .curve-0 { stroke: var(--j-curve-0); fill: var(--j-curve-0); }
.journey-diagram .curve-1 { stroke: var(--j-curve-1); fill: var(--j-curve-1); }
.journey-diagram .curve-2 { stroke: var(--j-curve-2); fill: var(--j-curve-2); }
.journey-diagram .curve-3 { stroke: var(--j-curve-3); fill: var(--j-curve-3); }
.journey-diagram polyline.emotion-curve { fill: none; }
.journey-diagram .emotion-lowest { fill: none; stroke: var(--j-risk); stroke-width: 2; }
.journey-diagram .emotion text { stroke: none; }
.journey-diagram text.emotion-lowest { fill: var(--j-risk); stroke: var(--j-bg); stroke-width: 4px; stroke-linejoin: round; paint-order: stroke; }
.journey-diagram .persona rect.body { fill: var(--j-persona-bg); }
.journey-diagram .plan-column rect { fill: var(--j-band); }
.journey-diagram .improvement rect.body { fill: var(--j-card-bg); stroke: var(--j-plan); }
.journey-diagram text.plan-badge { fill: var(--j-plan); font-weight: bold; }
.journey-diagram .linked rect.body, .journey-diagram .phase-header.linked rect { stroke: var(--j-plan); stroke-width: 2; }
.journey-diagram .selected rect.body, .journey-diagram .selected > rect { stroke: var(--j-focus); stroke-width: 3; }
.journey-diagram .diff-added rect.body { stroke: var(--j-added); stroke-width: 3; }
.journey-diagram .diff-removed rect.body { stroke: var(--j-removed); stroke-width: 3; stroke-dasharray: 6 3; }
.journey-diagram .diff-changed rect.body { stroke: var(--j-changed); stroke-width: 3; }
.journey-diagram .phase-header.diff-added rect { stroke: var(--j-added); stroke-width: 3; }
.journey-diagram .phase-header.diff-removed rect { stroke: var(--j-removed); stroke-width: 3; stroke-dasharray: 6 3; }
.journey-diagram .phase-header.diff-changed rect { stroke: var(--j-changed); stroke-width: 3; }
`;

export type ThemeName = 'light' | 'dark';

const PALETTES: Record<ThemeName, Record<string, string>> = {
    light: {
        bg: '#ffffff', fg: '#1f2328', muted: '#59636e', band: '#f6f8fa', 'band-alt': '#eef1f4', 'header-bg': '#dbe9f9',
        'dept-bg': '#e8e2f5', border: '#8c959f', 'card-bg': '#ffffff', 'entry-bg': '#fff8e1', critical: '#bf8700',
        risk: '#cf222e', 'risk-bg': '#ffebe9', score: '#1a7f37', digital: '#0969da', physical: '#8250df', grid: '#d0d7de',
        'curve-0': '#0969da', 'curve-1': '#bc4c00', 'curve-2': '#1a7f37', 'curve-3': '#8250df', 'persona-bg': '#ddf4ff',
        plan: '#1a7f37', focus: '#0550ae', added: '#1a7f37', removed: '#cf222e', changed: '#9a6700',
    },
    dark: {
        bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', band: '#161b22', 'band-alt': '#1c2128', 'header-bg': '#1f3a5f',
        'dept-bg': '#2d2447', border: '#6e7681', 'card-bg': '#0d1117', 'entry-bg': '#2b2410', critical: '#d29922',
        risk: '#ff7b72', 'risk-bg': '#3c1618', score: '#3fb950', digital: '#58a6ff', physical: '#bc8cff', grid: '#30363d',
        'curve-0': '#58a6ff', 'curve-1': '#f0883e', 'curve-2': '#3fb950', 'curve-3': '#bc8cff', 'persona-bg': '#0c2d48',
        plan: '#3fb950', focus: '#79c0ff', added: '#3fb950', removed: '#ff7b72', changed: '#d29922',
    },
};

export const THEME_PROPERTIES = Object.keys(PALETTES.light);

/** The custom properties of a fixed palette, for a standalone SVG or HTML file. */
export function themeCss(theme: ThemeName, selector = '.journey-diagram'): string {
    const vars = Object.entries(PALETTES[theme]).map(([name, value]) => `--j-${name}: ${value};`).join(' ');
    return `${selector} { ${vars} }`;
}

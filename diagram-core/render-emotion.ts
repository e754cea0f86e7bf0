// The emotion chart as SVG: the scale, one line per curve, each touchpoint's
// own emotion as a labelled diamond, the lowest points and the curves' key.
import type { EmotionChart, EmotionCurve, EmotionPoint } from './layout-types.js';
import { round } from './render-marks.js';
import { el, textNode, type SvgNode } from './svg-tree.js';
import { M } from './layout-metrics.js';
import { renderText } from './render-text.js';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
const curveClass = (curve: EmotionCurve) => `curve-${curve.index % 4}`;

function diamond(x: number, y: number, r: number): string {
    return `M${round(x)},${round(y - r)}L${round(x + r)},${round(y)}L${round(x)},${round(y + r)}L${round(x - r)},${round(y)}Z`;
}

function renderCurve(curve: EmotionCurve, lowest: EmotionPoint[]): SvgNode {
    const cls = curveClass(curve);
    // A lowest point's value is in its "lowest" label; its own label would sit on the ring.
    const isLowest = (p: EmotionPoint) => lowest.some(l => l.x === p.x && l.y === p.y);
    return el('g', { class: `curve ${cls}`, 'aria-label': `Emotion of ${curve.label}` }, [
        curve.points.length > 1 && el('polyline', { class: `emotion-curve ${cls}`, points: curve.points.map(p => `${round(p.x)},${round(p.y)}`).join(' ') }),
        ...curve.points.map(p => el('circle', { class: cls, cx: round(p.x), cy: round(p.y), r: 4, 'data-element-id': p.elementId },
            [textNode('title', `${curve.label}: ${signed(p.value)}`)])),
        ...curve.moments.map(m => el('g', { class: 'emotion-moment' }, [
            el('path', { class: `${cls} moment-mark`, d: diamond(m.x, m.y, 5), 'data-element-id': m.elementId },
                [textNode('title', `${m.label} — ${curve.label}: ${signed(m.value)}`)]),
            !isLowest(m) && textNode('text', signed(m.value), { class: `moment-label ${cls}`, x: round(m.x + 7), y: round(m.y - 4), 'font-size': 9 }),
        ])),
    ]);
}

function renderLowest(point: EmotionPoint): SvgNode {
    // Below the marker: every point is at or above the lowest, so no line passes there.
    return el('g', { class: 'emotion-lowest-mark' }, [
        el('circle', { class: 'emotion-lowest', cx: round(point.x), cy: round(point.y), r: 9 }),
        textNode('text', `lowest ${signed(point.value)}`, {
            class: 'emotion-lowest', x: round(point.x), y: round(point.y + 22), 'font-size': 11, 'text-anchor': 'middle',
        }),
    ]);
}

export function renderEmotion(chart: EmotionChart): SvgNode {
    const { box } = chart;
    const scale = chart.scale.map(s => el('g', {}, [
        el('line', { class: s.value === 0 ? 'emotion-zero' : 'emotion-scale', x1: box.x, x2: box.x + box.width, y1: round(s.y), y2: round(s.y) }),
        textNode('text', signed(s.value), { class: 'muted', x: box.x - 6, y: round(s.y + 4), 'font-size': 10, 'text-anchor': 'end' }),
    ]));
    const key = chart.key.map(k => {
        const y = k.text.y - 3.5;
        const x = M.margin + M.cellPadding;
        return el('g', { class: `curve-key curve-${k.index % 4}` }, [
            el('line', { class: `emotion-curve curve-${k.index % 4}`, x1: x, x2: x + 16, y1: round(y), y2: round(y) }),
            renderText(k.text),
        ]);
    });
    return el('g', { class: 'emotion', role: 'img', 'aria-label': 'Emotion curve from -3 to +3' }, [
        ...scale, ...chart.curves.map(c => renderCurve(c, chart.lowest)), ...key, ...chart.lowest.map(renderLowest),
    ]);
}

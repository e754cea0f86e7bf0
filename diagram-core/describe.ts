// Words for elements: card detail lines, and full sentences for screen readers and tooltips.
import type { TouchpointInfo } from './model.js';

export function touchpointDetails(t: TouchpointInfo): string[] {
    const lines: string[] = [];
    if (t.channels.length) lines.push(t.channels.map(c => `${c.label}${c.mode ? ` · ${c.mode}` : ''}`).join(', '));
    if (t.owner) lines.push(t.owner.label);
    return lines;
}

function placementWords(t: TouchpointInfo): string {
    if (!t.placement) return 'not placed';
    return `${t.placement.kind} ${t.placement.phase}`;
}

export function describeTouchpoint(t: TouchpointInfo): string {
    return [
        `Touchpoint ${t.label}`,
        placementWords(t),
        t.channels.length ? `via ${t.channels.map(c => `${c.label}${c.mode ? ` (${c.mode})` : ''}`).join(', ')}` : undefined,
        t.owner ? `owner ${t.owner.label}` : undefined,
        t.score !== undefined ? `score ${t.score} of 5` : undefined,
        t.critical ? 'critical moment of truth' : undefined,
        t.evidence ? `evidence: ${t.evidence}` : undefined,
        t.description,
    ].filter(Boolean).join(', ');
}

// Words for elements: card detail lines, and full sentences for screen readers and tooltips.
import { measureText } from './text-metrics.js';
import { SCORE_SCALE, type DiagramModel, type Evidence, type MetricValue, type TouchpointInfo } from './model.js';
import { w } from './words.js';

/** The score scale, poor → excellent, as words: the same on dots, cards, at-risk marks and the legend. */
export const SCORE_WORDS: Record<number, string> = { 1: 'very poor', 2: 'poor', 3: 'fair', 4: 'good', 5: 'excellent' };

export const scoreText = (score: number) => `${score}/${SCORE_SCALE.max} ${SCORE_WORDS[score] ? w(SCORE_WORDS[score]) : ''}`.trimEnd();

/** The letter of an evidence mark: an assumption never looks like a research finding. */
export const EVIDENCE_LETTERS: Record<Evidence, string> = { research: 'R', data: 'D', assumption: 'A' };

/** The tag on an element `journey diff --svg` marks: the kind of change in words, not only a colour. */
export const DIFF_TAGS: Record<string, string> = {
    'diff-added': '+ added', 'diff-removed': '− removed', 'diff-changed': '~ changed', 'diff-moved': '→ moved', 'diff-reordered': '↕ reordered',
};

export const diffTagWidth = (mark: string) => measureText(DIFF_TAGS[mark] ?? '', 9, true) + 8;

/** "Showroom appointments: 40 → 60". */
export function metricLine(m: MetricValue): string {
    if (m.current !== undefined && m.target !== undefined) return `${m.label}: ${m.current} → ${m.target}`;
    if (m.current !== undefined) return `${m.label}: ${m.current}`;
    return m.target !== undefined ? `${m.label}: target ${m.target}` : m.label;
}

/** Persona labels by name; a name without a persona stays as written. */
export function personaLabels(model: DiagramModel, names: readonly string[]): string {
    return names.map(name => model.personas.find(p => p.name === name)?.label ?? name).join(', ');
}

/** "For Henk, the active retiree": only when the journey follows more than one persona. */
export function forLine(model: DiagramModel, names: readonly string[]): string | undefined {
    return model.personas.length > 1 && names.length > 0 ? `For ${personaLabels(model, names)}` : undefined;
}

export function channelLine(t: TouchpointInfo): string | undefined {
    return t.channels.length ? t.channels.map(c => `${c.label}${c.mode ? ` (${c.mode})` : ''}`).join(' · ') : undefined;
}

function placementWords(t: TouchpointInfo): string {
    if (!t.placement) return 'not placed';
    return `${t.placement.kind} ${t.placement.phase}`;
}

export function describeTouchpoint(t: TouchpointInfo, model?: DiagramModel): string {
    return [
        `Touchpoint ${t.label}`,
        placementWords(t),
        t.channels.length ? `via ${t.channels.map(c => `${c.label}${c.mode ? ` (${c.mode})` : ''}`).join(', ')}` : undefined,
        t.owner ? `owner ${t.owner.label}` : undefined,
        t.personas.length ? `for ${model ? personaLabels(model, t.personas) : t.personas.join(', ')}` : undefined,
        t.score !== undefined ? `score ${scoreText(t.score)}` : undefined,
        t.critical ? 'critical moment of truth' : undefined,
        t.evidence ? `evidence: ${t.evidence}` : undefined,
        ...t.metrics.map(metricLine),
        t.description,
    ].filter(Boolean).join(', ');
}

// Persona filter: keep what applies to one persona (or to everyone).
import type { DiagramModel, Emotion } from './model.js';
import type { LayoutOptions } from './layout-types.js';

const appliesTo = (persona: string) => (item: { personas: string[] }) =>
    item.personas.length === 0 || item.personas.includes(persona);
const emotionFor = (persona: string) => (e: Emotion) => e.persona === undefined || e.persona === persona;

export function applyFilter(model: DiagramModel, options: LayoutOptions): DiagramModel {
    const persona = options.persona;
    if (!persona || !model.personas.some(p => p.name === persona)) return model;
    return {
        ...model,
        personas: model.personas.filter(p => p.name === persona),
        phases: model.phases.map(p => ({ ...p, entries: p.entries.filter(appliesTo(persona)), emotions: p.emotions.filter(emotionFor(persona)) })),
        touchpoints: model.touchpoints.filter(appliesTo(persona)).map(t => ({ ...t, emotions: t.emotions.filter(emotionFor(persona)) })),
    };
}

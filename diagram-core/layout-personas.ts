// Persona cards: everything written about a persona, each line with its
// evidence mark. Cards flow left to right and wrap onto more rows; a folded
// card (preview only) keeps its name and one line of facts.
import type { Card, LayoutOptions } from './layout-types.js';
import { M } from './layout-metrics.js';
import type { PersonaAttribute, PersonaDetail, PersonaInfo } from './model.js';
import { TextStack } from './text-stack.js';
import { w } from './words.js';

export const PERSONA_WIDTH = 264;
const FOLD_ROOM = 16;

const ORDER: PersonaAttribute[] = ['age', 'gender', 'lives', 'income', 'description', 'interest', 'pain', 'gain'];
const PREFIX: Partial<Record<PersonaAttribute, string>> = {
    age: 'Age', gender: 'Gender', lives: 'Lives', income: 'Income', interest: 'Interest', pain: 'Pain', gain: 'Gain',
};

const lineOf = (d: PersonaDetail) => (PREFIX[d.attribute] ? `${w(PREFIX[d.attribute]!)}: ${d.text}` : d.text);

/** The details in the card's order (facts, description, interests, pains, gains); written order within each. */
export function personaLines(persona: PersonaInfo): PersonaDetail[] {
    return ORDER.flatMap(attribute => persona.details.filter(d => d.attribute === attribute));
}

export function layoutPersonaCards(personas: PersonaInfo[], x: number, top: number, width: number, options: LayoutOptions): Card[] {
    const cards: Card[] = [];
    const perRow = Math.max(1, Math.floor((width + M.gap) / (PERSONA_WIDTH + M.gap)));
    let rowTop = top;
    for (let start = 0; start < personas.length; start += perRow) {
        const row = personas.slice(start, start + perRow).map((p, i) => personaCard(p, x + i * (PERSONA_WIDTH + M.gap), rowTop, options));
        cards.push(...row);
        rowTop += Math.max(...row.map(c => c.box.height)) + M.gap;
    }
    return cards;
}

function personaCard(persona: PersonaInfo, x: number, y: number, options: LayoutOptions): Card {
    const folded = options.foldedPersonas?.includes(persona.id) ?? false;
    const expanded = options.expanded === persona.id;
    const inner = PERSONA_WIDTH - 16;
    const stack = new TextStack(x + 8, y + 5, inner - (options.foldable ? FOLD_ROOM : 0));
    const title = stack.add(persona.label, M.textSize, { bold: true, maxLines: 2 });
    const lines = personaLines(persona);
    const text = new TextStack(x + 8, stack.bottom, inner);
    if (folded) {
        const facts = lines.filter(d => ['age', 'gender', 'lives'].includes(d.attribute)).map(lineOf);
        if (facts.length) text.add(facts.join(' · '), M.smallSize, { maxLines: 1, gap: 2 });
    } else {
        for (const d of lines) text.add(lineOf(d), M.smallSize, { maxLines: expanded ? undefined : 4, gap: 2, evidence: d.evidence });
    }
    const all = lines.map(d => `${lineOf(d)}${d.evidence ? ` (evidence: ${d.evidence})` : ''}`);
    return {
        id: persona.id, label: persona.label, box: { x, y, width: PERSONA_WIDTH, height: text.bottom - y + 8 }, title,
        details: text.blocks, evidence: text.marks, classes: ['persona', ...(folded ? ['folded'] : [])],
        description: `Persona ${persona.label}${all.length ? `: ${all.join('; ')}` : ''}`,
        fold: options.foldable ? { x: x + PERSONA_WIDTH - 8 - 12, y: y + 6, folded } : undefined,
    };
}

// Laying out a map again reuses the touchpoint cards that did not change, and
// the result is the same as laying it out from nothing.
import { beforeAll, expect, test } from 'vitest';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { forgetTouchpointCards } from '../../diagram-core/layout-touchpoints.js';
import type { LayoutOptions } from '../../diagram-core/layout-types.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { setDiagramLanguage } from '../../diagram-core/words.js';
import { generateJourney } from '../../bench/generate-journey.js';
import { modelOf } from './journey-models.js';

let base: DiagramModel;
beforeAll(async () => { base = await modelOf(generateJourney(120)); });

const copy = (model: DiagramModel): DiagramModel => structuredClone(model);

/** One change each, as the preview gets them: a new model (and sometimes new options) per message. */
const edits: Array<[string, (m: DiagramModel) => void, LayoutOptions?]> = [
    ['a label typed', m => { m.touchpoints[60].label += 's'; }],
    ['a label that wraps onto another line, moving the cards below it', m => { m.touchpoints[61].label += ' and a good deal more text to wrap'; }],
    ['a score changed', m => { m.touchpoints[62].score = 1; }],
    ['a persona\'s label, shown on the cards for that persona', m => { m.personas[0].label = 'Young family'; }],
    ['a touchpoint moved to another phase', m => { m.touchpoints[63].placement = { kind: 'in', phase: m.phases[0].name }; }],
    ['a channel renamed on one card', m => { m.touchpoints[64].channels = [{ name: 'app', label: 'App', mode: 'digital' }]; }],
    ['a description shown in full', () => undefined, { expanded: 'touchpoint:t65' }],
    ['a touchpoint addressed by the action plan', m => { m.improvements.push({ id: 'improvement:fix', name: 'fix', label: 'Fix', addresses: ['touchpoint:t66'], metrics: [], range: m.range }); }],
    ['nothing changed', () => undefined],
];

test('every re-layout equals a layout from nothing', () => {
    let model = copy(base);
    layoutDiagram(model);
    for (const [name, change, options] of edits) {
        model = copy(model);
        change(model);
        const warm = layoutDiagram(model, options);
        forgetTouchpointCards();
        expect(warm, name).toEqual(layoutDiagram(model, options));
    }
});

test('a card reused from the last layout is the very object, and one that changed is new', () => {
    const model = copy(base);
    const first = layoutDiagram(model);
    const edited = copy(model);
    edited.touchpoints[30].label += '!';
    const second = layoutDiagram(edited);
    expect(second.touchpoints.filter((card, i) => card === first.touchpoints[i]).length).toBe(first.touchpoints.length - 1);
    expect(second.touchpoints.find(c => c.id === 'touchpoint:t30')).not.toBe(first.touchpoints.find(c => c.id === 'touchpoint:t30'));
});

test('the score\'s words follow the language of the drawing', () => {
    const model = copy(base);
    const english = layoutDiagram(model);
    setDiagramLanguage('nl');
    try {
        const dutch = layoutDiagram(model);
        forgetTouchpointCards();
        expect(dutch).toEqual(layoutDiagram(model));
        expect(dutch.touchpoints[0].score?.text).not.toBe(english.touchpoints[0].score?.text);
    } finally {
        setDiagramLanguage('en');
    }
});

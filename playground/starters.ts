// What a new map can start from: the examples that stand alone (no imports: the
// playground has one file), or a standard phase model as `journey new` writes it.
import floorRenovation from '../examples/floor-renovation.journey';
import currentState from '../examples/kinds/current-state.journey';
import serviceBlueprint from '../examples/kinds/service-blueprint.journey';
import sevenPhases from '../examples/seven-phase-model.journey';
import { PHASE_MODELS } from '../language-server/phase-models.js';
import { newJourneyText } from '../src/cli/new-command.js';

export interface Starter { id: string; label: string; group: 'Examples' | 'Standard phase models'; text(): string }

const EXAMPLES: Starter[] = [
    { id: 'floor-renovation', label: 'Floor renovation (current state)', text: () => floorRenovation },
    { id: 'seven-phase-model', label: 'The customer journey in 7 phases', text: () => sevenPhases },
    { id: 'current-state', label: 'Current-state map', text: () => currentState },
    { id: 'service-blueprint', label: 'Service blueprint', text: () => serviceBlueprint },
].map(example => ({ ...example, group: 'Examples' as const }));

const MODELS: Starter[] = PHASE_MODELS.map(model => ({
    id: `model-${model.key}`,
    label: model.title,
    group: 'Standard phase models' as const,
    text: () => newJourneyText({ kind: model.key === 'day' ? 'day' : 'current', model, title: 'My journey', id: 'my_journey' }),
}));

export const STARTERS: Starter[] = [...EXAMPLES, ...MODELS];
export const DEFAULT_STARTER = EXAMPLES[0];

// What a new map can start from: the examples that stand alone (no imports: the
// playground has one file), or a standard phase model as `journey new` writes it.
import floorRenovation from '../examples/floor-renovation.journey';
import currentState from '../examples/kinds/current-state.journey';
import serviceBlueprint from '../examples/kinds/service-blueprint.journey';
import sevenPhases from '../examples/seven-phase-model.journey';
import { PHASE_MODELS } from '../language-server/phase-models.js';
import { newJourneyText } from '../language-server/new-journey.js';
import { t } from '../language-server/l10n.js';

export interface Starter { id: string; label: string; group: 'examples' | 'models'; text(): string }

export const STARTER_GROUPS: Record<Starter['group'], () => string> = { examples: () => t('Examples'), models: () => t('Standard phase models') };

const EXAMPLES: Starter[] = [
    { id: 'floor-renovation', label: t('Floor renovation (current state)'), text: () => floorRenovation },
    { id: 'seven-phase-model', label: t('The customer journey in 7 phases'), text: () => sevenPhases },
    { id: 'current-state', label: t('Current-state map'), text: () => currentState },
    { id: 'service-blueprint', label: t('Service blueprint'), text: () => serviceBlueprint },
].map(example => ({ ...example, group: 'examples' as const }));

const MODELS: Starter[] = PHASE_MODELS.map(model => ({
    id: `model-${model.key}`,
    label: model.title,
    group: 'models' as const,
    text: () => newJourneyText({ kind: model.key === 'day' ? 'day' : 'current', model, title: t('My journey'), id: 'my_journey' }),
}));

export const STARTERS: Starter[] = [...EXAMPLES, ...MODELS];
export const DEFAULT_STARTER = EXAMPLES[0];

// A journey without phases: the phases of a standard model, the same ones
// `journey new` and completion write (the day model first for a day in the life).
import { isChannel, isDepartment, isJourney, isPersona, type Department } from '../generated/ast.js';
import { t } from '../l10n.js';
import { journeyKind } from '../journey-queries.js';
import { PHASE_MODELS, phaseLines } from '../phase-models.js';
import type { FixProvider } from './quick-fix.js';
import { addLineAfter, nodeAt } from './text-layout.js';
import { addJourneySetting } from './setting-fixes.js';
import { visibleElements } from './visible-elements.js';

export const addPhaseModel: FixProvider = request => {
    const journey = nodeAt(request.document, request.diagnostic.range.start, isJourney);
    if (!journey) return [];
    const defined = new Set(visibleElements<Department>(request.services, journey, 'OwnerSetting', 'department').map(d => d.name));
    const models = journeyKind(journey) === 'day' ? [...PHASE_MODELS].sort((a, b) => Number(b.key === 'day') - Number(a.key === 'day')) : PHASE_MODELS;
    // Phases go after the personas, departments and channels (or the settings).
    const last = journey.members.filter(m => isPersona(m) || isDepartment(m) || isChannel(m)).at(-1);
    return models.map(model => {
        const lines = phaseLines(model).filter(line => !defined.has(/^department (\S+)/.exec(line)?.[1] ?? '')).join('\n');
        return {
            title: t('Add the phases of the {0} model', model.title),
            edits: [last ? addLineAfter(request.document, last, lines) : addJourneySetting(request, journey, lines)],
        };
    });
};

// The action plan: a moment of truth at risk goes on it (an existing improvement
// `addresses` it, or a new improvement does), and an improvement for one gets the
// owner or the priority it lacks.
import {
    isAddressesSetting, isOwnerSetting, isPrioritySetting, isTouchpoint, type Department, type Improvement, type Touchpoint,
} from '../generated/ast.js';
import { t } from '../l10n.js';
import { displayName, firstOf, improvementsOf, ownerOf } from '../journey-queries.js';
import type { FixProvider, FixRequest, QuickFix } from './quick-fix.js';
import { addMemberLine, nodeAt } from './text-layout.js';
import { visibleElements } from './visible-elements.js';

export const planMomentOfTruth: FixProvider = request => {
    const touchpoint = nodeAt(request.document, request.diagnostic.range.start, isTouchpoint);
    if (!touchpoint) return [];
    const existing = improvementsOf(touchpoint.$container).map(improvement => ({
        title: t('Add it to improvement \'{0}\' (`addresses {1}`)', displayName(improvement), touchpoint.name),
        edits: [addresses(request, improvement, touchpoint.name)],
    }));
    return [...existing, newImprovement(request, touchpoint)];
};

function addresses({ document }: FixRequest, improvement: Improvement, name: string) {
    const line = firstOf(improvement.members, isAddressesSetting);
    if (!line) return addMemberLine(document, improvement, `addresses ${name}`);
    const end = line.$cstNode!.range.end;
    return { range: { start: end, end }, newText: `, ${name}` };
}

function newImprovement({ document }: FixRequest, touchpoint: Touchpoint): QuickFix {
    const journey = touchpoint.$container;
    const taken = new Set(journey.members.map(m => (m as { name?: string }).name));
    let id = `improve_${touchpoint.name}`;
    for (let n = 2; taken.has(id); n++) id = `improve_${touchpoint.name}${n}`;
    const label = t('Improve {0}', displayName(touchpoint));
    return {
        title: t('Put it on the action plan: a new improvement \'{0}\'', id),
        edits: [addMemberLine(document, journey, `improvement ${id} ${JSON.stringify(label)} {\n    addresses ${touchpoint.name}\n}`)],
    };
}

/** The owner or the priority an improvement for a moment of truth lacks (when it lacks only one of them). */
export const completePlan: FixProvider = ({ document, diagnostic, services }) => {
    const touchpoint = nodeAt(document, diagnostic.range.start, isTouchpoint);
    if (!touchpoint) return [];
    const improvement = improvementsOf(touchpoint.$container).find(i => i.members.some(m => isAddressesSetting(m)
        && m.targets.some(target => target.ref === touchpoint)) && (!ownerOf(i) || !i.members.some(isPrioritySetting)));
    if (!improvement) return [];
    const hasOwner = improvement.members.some(isOwnerSetting), hasPriority = improvement.members.some(isPrioritySetting);
    if (hasOwner && !hasPriority) {
        return ['now', 'next', 'later'].map(priority => ({
            title: t('Give improvement \'{0}\' `priority {1}`', displayName(improvement), priority),
            edits: [addMemberLine(document, improvement, `priority ${priority}`)],
        }));
    }
    if (hasOwner || !hasPriority) return [];
    return visibleElements<Department>(services, improvement, 'OwnerSetting', 'department').map(({ name, node }) => ({
        title: t('Give improvement \'{0}\' `owner {1}` ({2})', displayName(improvement), name, displayName(node)),
        edits: [addMemberLine(document, improvement, `owner ${name}`)],
    }));
};


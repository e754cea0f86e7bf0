// Checks on a journey as a whole: ids, settings, kind, owners, omnichannel.
import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import {
    isDescriptionSetting, isEvaluationSetting, isGoalSetting, isImprovesSetting, isKindSetting, isMarketSetting,
    type Journey, type JourneyFile, type JourneyLanguageAstType,
} from '../generated/ast.js';
import {
    displayName, firstOf, improvedJourney, journeyKind, ownerOf, phasesOf, phasesTouchedBy, touchpointChannels, touchpointsOf,
} from '../journey-queries.js';
import { termFor } from '../journey-names.js';
import { t } from '../l10n.js';
import { IssueCodes } from './issue-codes.js';
import { reportDuplicateIds, reportRepeatedFacts } from './check-utils.js';

const SETTINGS: Array<[(n: unknown) => boolean, () => string]> = [
    [isKindSetting, () => t('a kind')], [isMarketSetting, () => t('a market')], [isGoalSetting, () => t('a goal')],
    [isDescriptionSetting, () => t('a description')], [isEvaluationSetting, () => t('an evaluation period')],
    [isImprovesSetting, () => t('an `improves` line')],
];

function describeSetting(member: AstNode): string | undefined {
    return SETTINGS.find(([guard]) => guard(member))?.[1]();
}

type Named = AstNode & { name: string };
const isNamed = (node: AstNode): node is Named => 'name' in node && typeof node.name === 'string';

/**
 * Which ids must differ. Every reference names one kind (`owner` a department, `via` a channel), so a
 * department and a phase may both be `service`; only `addresses` names phases and touchpoints alike.
 */
const ID_NAMESPACE: Record<string, string> = { Phase: 'Phase', Touchpoint: 'Phase' };
const namespaceOf = (node: AstNode) => ID_NAMESPACE[node.$type] ?? node.$type;

function reportDuplicatesPerNamespace(nodes: readonly AstNode[], scope: () => string, accept: ValidationAcceptor): void {
    const byNamespace = new Map<string, Named[]>();
    for (const node of nodes.filter(isNamed)) {
        const namespace = namespaceOf(node);
        byNamespace.set(namespace, byNamespace.get(namespace) ?? []);
        byNamespace.get(namespace)!.push(node);
    }
    for (const named of byNamespace.values()) reportDuplicateIds(named, scope, node => termFor(node.$type), accept);
}

export function checkJourneyIds(journey: Journey, accept: ValidationAcceptor): void {
    reportDuplicatesPerNamespace(journey.members, () => t('in this journey'), accept);
}

export function checkTopLevelIds(file: JourneyFile, accept: ValidationAcceptor): void {
    reportDuplicatesPerNamespace(file.elements, () => t('in this file'), accept);
}

export function checkJourneySettings(journey: Journey, accept: ValidationAcceptor): void {
    reportRepeatedFacts(() => t('This journey'), journey.members, describeSetting, accept);
}

export function checkJourneyHasPhases(journey: Journey, accept: ValidationAcceptor): void {
    if (phasesOf(journey).length === 0) {
        accept('warning', t("Journey '{0}' has no phases yet. Add the steps the customer goes through, "
            + 'e.g. `phase orientation "Orientation"`.', displayName(journey)), { node: journey, property: 'name', code: IssueCodes.JourneyWithoutPhases });
    }
}

export function checkFutureImprovesCurrent(journey: Journey, accept: ValidationAcceptor): void {
    const kind = journeyKind(journey);
    const improves = firstOf(journey.members, isImprovesSetting);
    if (kind === 'future' && !improves) {
        const node = firstOf(journey.members, isKindSetting) ?? journey;
        accept('warning', t('A future-state journey improves on a current one: name it with `improves <journey id>` '
            + '(import its file if it lives elsewhere).'), { node, code: IssueCodes.FutureWithoutCurrent });
    }
    if (!improves) return;
    if (kind !== 'future') {
        accept('warning', t('Only a future-state journey improves on another journey: add `kind future`, or remove this line.'),
            { node: improves, code: IssueCodes.ImprovesWrongJourney });
    }
    const target = improvedJourney(journey);
    if (target === journey) {
        accept('warning', t('A journey cannot improve on itself: name the current-state journey it improves.'),
            { node: improves, property: 'journey', code: IssueCodes.ImprovesWrongJourney });
    } else if (target && journeyKind(target) !== 'current') {
        accept('warning', t("'{0}' is a {1} journey, not a current-state one: a future state improves on the current state.",
            displayName(target), journeyKind(target)), { node: improves, property: 'journey', code: IssueCodes.ImprovesWrongJourney });
    }
}

export function checkPhaseOwners(journey: Journey, accept: ValidationAcceptor): void {
    const phases = phasesOf(journey).filter(p => p.name);
    if (!phases.some(phase => ownerOf(phase))) return;
    for (const phase of phases.filter(p => !ownerOf(p))) {
        accept('warning', t("Phase '{0}' has no owner, while other phases do. "
            + 'Add `owner <department>` so every department sees its part of the journey.', displayName(phase)),
        { node: phase, property: 'name', code: IssueCodes.PhaseWithoutOwner });
    }
}

// Day-in-the-life and blueprint maps have no contact-moment lane to fill.
export function checkPhasesHaveTouchpoints(journey: Journey, accept: ValidationAcceptor): void {
    if (['day', 'blueprint'].includes(journeyKind(journey))) return;
    const touched = new Set(touchpointsOf(journey).flatMap(phasesTouchedBy));
    for (const phase of phasesOf(journey).filter(p => p.name && !touched.has(p))) {
        accept('warning', t("Phase '{0}' has no touchpoints: how does the company meet the customer here? "
            + 'Add a touchpoint `in` this phase, or `after` it or the phase before it.', displayName(phase)),
        { node: phase, property: 'name', code: IssueCodes.PhaseWithoutTouchpoints });
    }
}

export function checkOmnichannel(journey: Journey, accept: ValidationAcceptor): void {
    const modes = touchpointsOf(journey).flatMap(t => touchpointChannels(t).map(c => c.mode)).filter(mode => mode !== undefined);
    if (modes.length < 2 || new Set(modes).size > 1) return;
    const message = modes[0] === 'digital'
        ? t('All touchpoints of this journey are digital. Customers move between channels: '
            + 'consider physical (store, phone, sales staff) touchpoints for an omnichannel journey.')
        : t('All touchpoints of this journey are physical. Customers move between channels: '
            + 'consider digital (website, e-mail, social media) touchpoints for an omnichannel journey.');
    accept('hint', message, { node: journey, property: 'name', code: IssueCodes.NotOmnichannel });
}

export const journeyChecks: ValidationChecks<JourneyLanguageAstType> = {
    JourneyFile: checkTopLevelIds,
    Journey: [checkJourneyIds, checkJourneySettings, checkJourneyHasPhases, checkFutureImprovesCurrent,
        checkPhaseOwners, checkPhasesHaveTouchpoints, checkOmnichannel],
};

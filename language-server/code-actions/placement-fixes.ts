// An unplaced touchpoint: `in <phase>` for each phase of its journey, the
// phases of the touchpoints written around it first (a touchpoint is usually
// written among the others of its phase), then the phases next to those.
import { isTouchpoint, type Phase, type Touchpoint } from '../generated/ast.js';
import { t } from '../l10n.js';
import { displayName, phasePosition, phasesOf, phasesTouchedBy, touchpointsOf } from '../journey-queries.js';
import type { FixProvider } from './quick-fix.js';
import { addMemberLine, nodeAt } from './text-layout.js';

export const placeTouchpoint: FixProvider = ({ document, diagnostic }) => {
    const touchpoint = nodeAt(document, diagnostic.range.start, isTouchpoint);
    if (!touchpoint) return [];
    const phases = phasesByNearness(touchpoint).filter(phase => phase.name);
    return phases.map(phase => ({
        title: t('Place it in phase \'{0}\' (`in {1}`)', displayName(phase), phase.name),
        edits: [addMemberLine(document, touchpoint, `in ${phase.name}`, true)],
        preferred: phases.length === 1,
    }));
};

function phasesByNearness(touchpoint: Touchpoint): Phase[] {
    const journey = touchpoint.$container;
    const phases = phasesOf(journey);
    const anchor = neighbourPhase(touchpoint);
    if (!anchor) return phases;
    const at = phasePosition(journey, anchor);
    // Nearest first; of two as near, the earlier one.
    return [...phases].sort((a, b) => Math.abs(phasePosition(journey, a) - at) - Math.abs(phasePosition(journey, b) - at)
        || phasePosition(journey, a) - phasePosition(journey, b));
}

/** The phase of the nearest placed touchpoint written before this one (or else after it). */
function neighbourPhase(touchpoint: Touchpoint): Phase | undefined {
    const all = touchpointsOf(touchpoint.$container);
    const at = all.indexOf(touchpoint);
    const before = all.slice(0, at).reverse(), after = all.slice(at + 1);
    for (const other of [...before, ...after]) {
        const touched = phasesTouchedBy(other);
        // After a boundary (`after a`), the customer is in the next phase.
        if (touched.length > 0) return before.includes(other) ? touched.at(-1) : touched[0];
    }
    return undefined;
}

// The quick diagram: the models of a label edit, drawn from the tree linked for
// the previous version with the new literal values put in for the moment, and
// the source ranges moved as the edit moved them. Equal to what the full build
// of the new text gives (test/language-server/quick-diagram.test.ts).
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import type { DiagramModel, SourceRange } from '../diagram-core/model.js';
import { isImprovement, isJourney, isJourneyFile, isPhase, isTouchpoint, type Journey } from './generated/ast.js';
import { journeyModelsOf } from './journey-diff-models.js';
import { improvementsOf, phasesOf, touchpointsOf } from './journey-queries.js';
import { quickEditOf, type QuickEdit } from './quick-edit.js';
import { improvement, phase, touchpoint } from './to-diagram-model.js';

/**
 * The diagram models of `newText`, from `document` linked without errors for its
 * previous text and, when given, the models built from it then (left as they are);
 * undefined when the change is not a label edit.
 */
export function quickModelsOf(services: LangiumCoreServices, document: LangiumDocument, newText: string,
    built?: readonly DiagramModel[]): DiagramModel[] | undefined {
    const edit = quickEditOf(services, document.parseResult.value, newText);
    if (!edit) return undefined;
    const models = withPatches(edit, () => (built && withOneElement(document, edit, built)) ?? journeyModelsOf(document));
    const moved = models.map(model => movedModel(model, edit));
    return moved.every(model => model !== undefined) ? moved as DiagramModel[] : undefined;
}

/** Runs `build` with the patched values in the tree, and puts the old ones back (synchronously: nobody else sees them). */
function withPatches<T>(edit: QuickEdit, build: () => T): T {
    const record = (node: object) => node as Record<string, unknown>;
    const old = edit.patches.map(({ node, feature }) => record(node)[feature]);
    try {
        for (const { node, feature, value } of edit.patches) record(node)[feature] = value;
        return build();
    } finally {
        edit.patches.forEach(({ node, feature }, i) => { record(node)[feature] = old[i]; });
    }
}

/**
 * A phase, touchpoint or improvement shows its literals in its own element only:
 * the built models with that one element built again. Undefined for any other
 * member (a persona's or channel's label shows wherever it is used).
 */
function withOneElement(document: LangiumDocument, edit: QuickEdit, built: readonly DiagramModel[]): DiagramModel[] | undefined {
    const root = document.parseResult.value;
    const member = edit.member;
    const journeys = isJourneyFile(root) ? root.elements.filter(isJourney) : [];
    const at = journeys.indexOf(member?.$container as Journey);
    if (!member || at < 0 || journeys.length !== built.length) return undefined;
    const journey = journeys[at];
    const model = built[at];
    const replaced = <T>(list: readonly T[], index: number, item: T) => list.map((old, i) => i === index ? item : old);
    let changed: DiagramModel | undefined;
    if (isTouchpoint(member)) changed = { ...model, touchpoints: replaced(model.touchpoints, touchpointsOf(journey).indexOf(member), touchpoint(member)) };
    else if (isPhase(member)) changed = { ...model, phases: replaced(model.phases, phasesOf(journey).indexOf(member), phase(member)) };
    else if (isImprovement(member)) changed = { ...model, improvements: replaced(model.improvements, improvementsOf(journey).indexOf(member), improvement(member)) };
    return changed && built.map((old, i) => i === at ? changed : old);
}

type Ranged = { range?: SourceRange };

/** The model with its ranges moved; objects whose range moves are copied, the others shared. Undefined when a range cannot be placed. */
function movedModel(model: DiagramModel, edit: QuickEdit): DiagramModel | undefined {
    let failed = false;
    const move = <T extends Ranged>(item: T): T => {
        if (!item.range) return item;
        const start = edit.moved(item.range.start, 'start');
        const end = edit.moved(item.range.end, 'end');
        if (!start || !end) failed = true;
        return !start || !end || (start === item.range.start && end === item.range.end) ? item : { ...item, range: { start, end } };
    };
    const list = <T extends Ranged>(items: T[]): T[] => {
        const moved = items.map(move);
        return moved.some((item, i) => item !== items[i]) ? moved : items;
    };
    const phases = list(model.phases).map(p => {
        const entries = list(p.entries);
        return entries === p.entries ? p : { ...p, entries };
    });
    const result = { ...move(model), personas: list(model.personas), phases, touchpoints: list(model.touchpoints), improvements: list(model.improvements) };
    return failed ? undefined : result;
}

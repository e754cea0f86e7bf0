// The quick diagram: the models of a label edit, drawn from the tree linked for
// the previous version with the new literal values put in for the moment, and
// the source ranges moved as the edit moved them. Equal to what the full build
// of the new text gives (test/language-server/quick-diagram.test.ts).
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import type { DiagramModel, SourceRange } from '../diagram-core/model.js';
import { journeyModelsOf } from './journey-diff-models.js';
import { quickEditOf, type QuickEdit } from './quick-edit.js';

/** The diagram models of `newText`, from `document` linked without errors for its previous text; undefined when the change is not a label edit. */
export function quickModelsOf(services: LangiumCoreServices, document: LangiumDocument, newText: string): DiagramModel[] | undefined {
    const edit = quickEditOf(services, document.parseResult.value, newText);
    if (!edit) return undefined;
    const models = withPatches(edit, () => journeyModelsOf(document));
    return models.every(model => moveRanges(model, edit)) ? models : undefined;
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

/** Moves every range in the model; false when one cannot be placed (then the full build draws it). */
function moveRanges(model: DiagramModel, edit: QuickEdit): boolean {
    const holders: Array<{ range?: SourceRange }> = [model, ...model.personas, ...model.phases,
        ...model.phases.flatMap(p => p.entries), ...model.touchpoints, ...model.improvements];
    for (const holder of holders) {
        if (!holder.range) continue;
        const start = edit.moved(holder.range.start, 'start');
        const end = edit.moved(holder.range.end, 'end');
        if (!start || !end) return false;
        // New objects: the old ones belong to the linked tree.
        if (start !== holder.range.start || end !== holder.range.end) holder.range = { start, end };
    }
    return true;
}

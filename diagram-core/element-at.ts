// Which diagram element the text cursor is in: the innermost one whose source range holds it.
import type { DiagramModel, ElementId, SourcePosition, SourceRange } from './model.js';

const before = (a: SourcePosition, b: SourcePosition) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (range: SourceRange, p: SourcePosition) => before(range.start, p) && before(p, range.end);

export function elementAt(model: DiagramModel, position: SourcePosition): ElementId | undefined {
    const candidates: Array<{ id: ElementId; range?: SourceRange }> = [
        ...model.phases.flatMap(p => [...p.entries, p]),
        ...model.touchpoints, ...model.improvements, ...model.personas,
    ];
    return candidates.find(c => c.range && contains(c.range, position))?.id;
}

export function rangeOfElement(model: DiagramModel, id: ElementId): SourceRange | undefined {
    const all = [...model.phases.flatMap(p => [p, ...p.entries]), ...model.touchpoints, ...model.improvements, ...model.personas];
    return all.find(e => e.id === id)?.range;
}

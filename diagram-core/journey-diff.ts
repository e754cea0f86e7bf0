// A semantic diff of two versions of a journey: what changed in journey terms
// (a touchpoint moved to another phase, a score dropped, a phase was renamed),
// not which lines changed. It compares diagram models, so a reformat, a comment
// or a different order of the lines inside a block is no change.
//
// How elements are matched:
// - journeys, personas, phases, touchpoints and improvements by id; the same id
//   with a new label is `renamed` (property `label`). Elements no id matches are
//   matched by content (diff-renames.ts): a new id for the same element is
//   `renamed` (property `id`), once, and what refers to it is compared through
//   the new id, so nothing that only followed the rename is reported. Departments
//   and channels, which the map shows only where they are used, likewise.
//   Anything else is `removed` + `added`;
// - lane entries by their text: entries have positional ids, so they are matched
//   per phase and lane by the longest common subsequence of their texts. An
//   entry whose text is found elsewhere in the same lane is `reordered`; in
//   another phase or lane, `moved`. An unmatched old and new entry in the same
//   lane, between the same unchanged neighbours, is one entry whose text was
//   edited (`changed`, property `text`); anything else is `removed` or `added`.
import { alignIds, channelsOf, departmentsOf, type Alignment, type MetricRename } from './diff-renames.js';
import {
    LANE_TITLES, type ChannelInfo, type DiagramModel, type ElementId, type Emotion, type ImprovementInfo, type LaneEntry, type MetricValue,
    type PersonaDetail, type PersonaInfo, type PhaseInfo, type Placement, type TouchpointInfo,
} from './model.js';

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'reordered' | 'changed';
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'renamed', 'moved', 'reordered', 'changed'];

export type DiffElementType = 'journey' | 'persona' | 'phase' | 'touchpoint' | 'entry' | 'improvement' | 'department' | 'channel';
export const DIFF_ELEMENT_TYPES: readonly DiffElementType[] = ['journey', 'persona', 'phase', 'touchpoint', 'entry', 'improvement', 'department', 'channel'];

/** A value before or after a change; `null` when it was not set. */
export type DiffValue = string | number | boolean | string[] | null;

export interface JourneyChange {
    kind: ChangeKind;
    element: DiffElementType;
    /** The element's id in the new model; in the old model for removed elements. */
    id: ElementId;
    /** What a person reads: the label of a phase, touchpoint…; the text of a lane entry. */
    label: string;
    /** Where the element is: "Orientation · Thinks" for lane entries, "in Orientation" for touchpoints. */
    context?: string;
    /**
     * For `changed`: which property. One of kind, market, goal, evaluation, improves, owner, description,
     * emotion, `emotion:<persona>`, `metric:<id>`, `channel:<id>`, mode (of a channel), for, score, critical,
     * evidence, priority, addresses, text, and a persona's age, gender, lives, income, interest,
     * description, pain, gain. `metric:…`, `channel:…` and the persona's lines are one item each:
     * `before` null means it was added, `after` null that it was removed.
     * For `renamed`: label, id (`before` and `after` are ids as written), or `metric:<new id>` (a metric's id).
     * For `moved` and `reordered`: placement, position.
     */
    property?: string;
    before?: DiffValue;
    after?: DiffValue;
    /** For a journey whose id and label both changed (one rename): its old label. */
    formerLabel?: string;
}

export type DiffSummary = Record<ChangeKind, number> & { total: number };

/** An emotion curve: one value per phase (null where the phase has none), in phase order. */
export interface EmotionCurve { persona: string | null; label: string; values: Array<number | null> }
export interface EmotionCurves { phases: Array<{ name: string; label: string }>; curves: EmotionCurve[] }

export interface JourneyDiff {
    /** The journey's id (name); the new one when it changed. */
    journey: string;
    title: string;
    status: 'added' | 'removed' | 'changed' | 'unchanged';
    changes: JourneyChange[];
    summary: DiffSummary;
    emotion: { before: EmotionCurves; after: EmotionCurves };
}

export type DiffMark = 'diff-added' | 'diff-removed' | 'diff-changed' | 'diff-moved' | 'diff-reordered';

// ---------------------------------------------------------------- entry points

/** Diffs two versions of one journey; `undefined` on one side means the journey was added or removed. */
export function diffJourneys(before: DiagramModel | undefined, after: DiagramModel | undefined): JourneyDiff {
    if (!before && !after) throw new Error('diffJourneys needs at least one journey');
    const neu = after ?? emptyJourney(before!);
    const aligned = alignIds(before ?? emptyJourney(after!), neu);
    const old = aligned.model;
    const changes: JourneyChange[] = [];
    if (!before) changes.push({ kind: 'added', element: 'journey', id: neu.id, label: neu.title });
    else if (!after) changes.push({ kind: 'removed', element: 'journey', id: old.id, label: old.title });
    else changes.push(...journeyChanges(old, neu));
    const renamedFrom = formerNames(aligned);
    changes.push(...personaChanges(old, neu, renamedFrom), ...referenceChanges(old, neu, renamedFrom),
        ...phaseChanges(old, neu, renamedFrom), ...entryChanges(old, neu),
        ...touchpointChanges(old, neu, renamedFrom), ...improvementChanges(old, neu, renamedFrom));
    const summary = summarize(changes);
    return {
        journey: neu.name, title: after ? neu.title : old.title,
        status: !before ? 'added' : !after ? 'removed' : summary.total > 0 ? 'changed' : 'unchanged',
        changes, summary, emotion: { before: emotionCurves(before && old), after: emotionCurves(after) },
    };
}

/**
 * Pairs the journeys of two versions of a file by id; when exactly one journey is
 * left unpaired on each side, those two are paired too (the journey's id changed).
 * Unpaired journeys were added or removed.
 */
export function pairJourneys(before: readonly DiagramModel[], after: readonly DiagramModel[]): Array<{ before?: DiagramModel; after?: DiagramModel }> {
    const oldByName = new Map(before.map(m => [m.name, m]));
    const newNames = new Set(after.map(m => m.name));
    const unpairedOld = before.filter(m => !newNames.has(m.name));
    const unpairedNew = after.filter(m => !oldByName.has(m.name));
    const single = unpairedOld.length === 1 && unpairedNew.length === 1;
    const pairs: Array<{ before?: DiagramModel; after?: DiagramModel }> =
        after.map(m => ({ before: oldByName.get(m.name) ?? (single ? unpairedOld[0] : undefined), after: m }));
    if (!single) pairs.push(...unpairedOld.map(m => ({ before: m })));
    return pairs;
}

/** Diffs the journeys of two versions of a file, paired by {@link pairJourneys}. */
export function diffJourneyLists(before: readonly DiagramModel[], after: readonly DiagramModel[]): JourneyDiff[] {
    return pairJourneys(before, after).map(p => diffJourneys(p.before, p.after));
}

/** The id a removed element has in {@link mergedModel}: lane entries get a suffix, as their positional ids are reused. */
export function drawnId(change: Pick<JourneyChange, 'kind' | 'element' | 'id'>): ElementId {
    return change.kind === 'removed' && change.element === 'entry' ? `${change.id}:removed` : change.id;
}

/** When an element has several changes, the mark of the strongest one is drawn (a rename counts as changed). */
const MARK_OF: Record<ChangeKind, DiffMark> = {
    added: 'diff-added', removed: 'diff-removed', moved: 'diff-moved', reordered: 'diff-reordered', renamed: 'diff-changed', changed: 'diff-changed',
};
const MARK_RANK: DiffMark[] = ['diff-added', 'diff-removed', 'diff-moved', 'diff-reordered', 'diff-changed'];

/**
 * Diff classes for the renderer (RenderOptions.marks): one of five kinds per element
 * (added, removed, changed, moved, reordered). Removed elements are drawn with
 * {@link mergedModel}.
 */
export function diffMarks(diff: JourneyDiff): Map<ElementId, DiffMark> {
    const marks = new Map<ElementId, DiffMark>();
    for (const change of diff.changes) {
        // The journey, its departments and channels are no boxes of their own on the map.
        if (change.element === 'journey' || change.element === 'department' || change.element === 'channel') continue;
        const id = drawnId(change);
        const mark = MARK_OF[change.kind];
        const previous = marks.get(id);
        if (!previous || MARK_RANK.indexOf(mark) < MARK_RANK.indexOf(previous)) marks.set(id, mark);
    }
    return marks;
}

/**
 * The new journey with its removed elements put back, so a diagram can show them
 * marked removed: removed phases after the phase they used to follow, removed lane
 * entries at their old place in their phase (with the ids of {@link drawnId}),
 * removed touchpoints, improvements and personas at the end.
 */
export function mergedModel(before: DiagramModel | undefined, after: DiagramModel | undefined,
    diff: JourneyDiff = diffJourneys(before, after)): DiagramModel {
    const base = after ?? emptyJourney(before!);
    // Removed elements are drawn where the new ids put them (a removed touchpoint in a renamed phase).
    const old = alignIds(before ?? emptyJourney(after!), base).model;
    const removed = new Set(diff.changes.filter(c => c.kind === 'removed').map(c => c.id));
    const removedEntry = (e: LaneEntry): LaneEntry => ({ ...e, id: drawnId({ kind: 'removed', element: 'entry', id: e.id }) });

    const phases = base.phases.map(p => {
        const entries = [...p.entries];
        const oldPhase = old.phases.find(o => o.name === p.name);
        oldPhase?.entries.forEach((e, index) => {
            if (removed.has(e.id)) entries.splice(Math.min(index, entries.length), 0, removedEntry(e));
        });
        return { ...p, entries };
    });
    let insertAt = 0;
    for (const p of old.phases) {
        const present = phases.findIndex(m => m.name === p.name);
        if (present >= 0) {
            insertAt = present + 1;
        } else if (removed.has(p.id)) {
            phases.splice(insertAt++, 0, { ...p, entries: p.entries.filter(e => removed.has(e.id)).map(removedEntry) });
        }
    }
    return {
        ...base,
        personas: [...base.personas, ...old.personas.filter(p => removed.has(p.id))],
        phases,
        touchpoints: [...base.touchpoints, ...old.touchpoints.filter(t => removed.has(t.id))],
        improvements: [...base.improvements, ...old.improvements.filter(i => removed.has(i.id))],
    };
}

/** A journey with the same id, title and settings as `model` but no content: the other side of an added or removed journey. */
export function emptyJourney(model: DiagramModel): DiagramModel {
    return { ...model, personas: [], phases: [], touchpoints: [], improvements: [] };
}

// ---------------------------------------------------------------- values

const orNull = <T>(value: T | undefined): T | null => value ?? null;

function sameValue(a: DiffValue, b: DiffValue): boolean {
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
    return a === b;
}

type Base = Pick<JourneyChange, 'element' | 'id' | 'label' | 'context'>;

/** Pushes a `changed` change when the values differ. */
function compare(out: JourneyChange[], base: Base, property: string, before: DiffValue | undefined, after: DiffValue | undefined): void {
    const b = before ?? null;
    const a = after ?? null;
    if (!sameValue(b, a)) out.push({ kind: 'changed', ...base, property, before: b, after: a });
}

/** Compares a reference (owner, channel) by id, and reports its labels. */
function compareRef(out: JourneyChange[], base: Base, property: string,
    before: { key: string; label: string } | undefined, after: { key: string; label: string } | undefined): void {
    if (before?.key !== after?.key) out.push({ kind: 'changed', ...base, property, before: orNull(before?.label), after: orNull(after?.label) });
}

const sorted = (values: readonly string[]) => [...new Set(values)].sort();

function emotionChanges(out: JourneyChange[], base: Base, before: Emotion[], after: Emotion[]): void {
    const valuesOf = (emotions: Emotion[]) => new Map(emotions.map(e => [e.persona ?? '', e.value]));
    const b = valuesOf(before);
    const a = valuesOf(after);
    for (const key of [...new Set([...b.keys(), ...a.keys()])]) {
        compare(out, base, key ? `emotion:${key}` : 'emotion', b.get(key), a.get(key));
    }
}

export function metricText(m: MetricValue): string {
    return [m.label, m.current !== undefined ? `current ${m.current}` : undefined, m.target !== undefined ? `target ${m.target}` : undefined]
        .filter(Boolean).join(', ');
}

function metricChanges(out: JourneyChange[], base: Base, before: MetricValue[], after: MetricValue[], formerName: FormerNames): void {
    for (const r of formerName.metrics(base.id)) out.push({ kind: 'renamed', ...base, property: `metric:${r.after}`, before: r.before, after: r.after });
    const b = new Map(before.map(m => [m.id, metricText(m)]));
    const a = new Map(after.map(m => [m.id, metricText(m)]));
    for (const id of [...new Set([...b.keys(), ...a.keys()])]) compare(out, base, `metric:${id}`, b.get(id), a.get(id));
}

/** What had another id before: an element (by kind and new id as written), and the metrics of an element. */
interface FormerNames {
    name(element: DiffElementType, name: string): string | undefined;
    metrics(owner: ElementId): MetricRename[];
}

function formerNames(aligned: Alignment): FormerNames {
    const former = new Map(aligned.renames.map(r => [`${r.element}:${r.after}`, r.before]));
    return {
        name: (element, name) => former.get(`${element}:${name}`),
        metrics: owner => aligned.metricRenames.filter(r => r.owner === owner),
    };
}

/**
 * The renames of a pair: its id (`renamed`, property `id`), and its label. An
 * element without a label shows its id, so a new id is no new label then.
 */
function renames(element: DiffElementType, o: { name: string; label: string }, n: { id: ElementId; name: string; label: string },
    formerName: string | undefined): JourneyChange[] {
    const out: JourneyChange[] = [];
    const oldName = formerName ?? n.name;
    if (formerName !== undefined) out.push({ kind: 'renamed', element, id: n.id, label: n.label, property: 'id', before: formerName, after: n.name });
    const unlabelled = o.label === oldName && n.label === n.name;
    if (o.label !== n.label && !unlabelled) out.push({ kind: 'renamed', element, id: n.id, label: n.label, property: 'label', before: o.label, after: n.label });
    return out;
}

/** Pairs elements by id: calls `both` for pairs, reports renamed, added and removed ones. */
function byId<T extends { id: ElementId; name: string; label: string }>(element: DiffElementType, before: readonly T[], after: readonly T[],
    formerName: FormerNames, both: (o: T, n: T, out: JourneyChange[]) => void,
    context: (item: T, side: 'before' | 'after') => string | undefined = () => undefined): JourneyChange[] {
    const out: JourneyChange[] = [];
    const oldById = new Map(before.map(o => [o.id, o]));
    const newIds = new Set(after.map(n => n.id));
    for (const n of after) {
        const o = oldById.get(n.id);
        if (!o) {
            out.push(withContext({ kind: 'added', element, id: n.id, label: n.label }, context(n, 'after')));
            continue;
        }
        out.push(...renames(element, o, n, formerName.name(element, n.name)));
        both(o, n, out);
    }
    for (const o of before) {
        if (!newIds.has(o.id)) out.push(withContext({ kind: 'removed', element, id: o.id, label: o.label }, context(o, 'before')));
    }
    return out;
}

function withContext(change: JourneyChange, context: string | undefined): JourneyChange {
    return context ? { ...change, context } : change;
}

// ---------------------------------------------------------------- elements

function journeyChanges(old: DiagramModel, neu: DiagramModel): JourneyChange[] {
    const base: Base = { element: 'journey', id: neu.id, label: neu.title };
    // A new id and a new label are one rename of the journey.
    const [first, second] = renames('journey', { name: old.name, label: old.title }, { id: neu.id, name: neu.name, label: neu.title },
        old.name !== neu.name ? old.name : undefined);
    const out: JourneyChange[] = [];
    if (first) out.push(second ? { ...first, formerLabel: old.title } : first);
    compare(out, base, 'kind', old.kind, neu.kind);
    compare(out, base, 'market', old.market, neu.market);
    compare(out, base, 'goal', old.goal, neu.goal);
    compare(out, base, 'description', old.description, neu.description);
    compare(out, base, 'evaluation', old.evaluation, neu.evaluation);
    compare(out, base, 'improves', old.improves, neu.improves);
    return out;
}

const detailText = (d: PersonaDetail) => `${d.text}${d.evidence ? ` (evidence ${d.evidence})` : ''}`;

/**
 * A persona's lines, one change per line added, removed or changed (property: the
 * attribute). Lines of an attribute are paired by text; what is left is paired in
 * order (an edited line), and the rest was added or removed.
 */
function personaDetailChanges(out: JourneyChange[], base: Base, before: PersonaDetail[], after: PersonaDetail[]): void {
    const attributes = [...new Set([...before, ...after].map(d => d.attribute))];
    for (const attribute of attributes) {
        const olds = before.filter(d => d.attribute === attribute);
        const news = after.filter(d => d.attribute === attribute);
        const leftNew = news.filter(n => !olds.some(o => o.text === n.text));
        const leftOld = olds.filter(o => !news.some(n => n.text === o.text));
        for (const o of olds) {
            const n = news.find(d => d.text === o.text);
            if (n) compare(out, base, attribute, detailText(o), detailText(n));
        }
        for (let i = 0; i < Math.max(leftOld.length, leftNew.length); i++) {
            compare(out, base, attribute, leftOld[i] && detailText(leftOld[i]), leftNew[i] && detailText(leftNew[i]));
        }
    }
}

function personaChanges(old: DiagramModel, neu: DiagramModel, formerName: FormerNames): JourneyChange[] {
    return byId<PersonaInfo>('persona', old.personas, neu.personas, formerName, (o, n, out) => {
        personaDetailChanges(out, { element: 'persona', id: n.id, label: n.label }, o.details, n.details);
    });
}

/**
 * Departments and channels the map uses (owners, `via`): a new id or label is
 * reported once here, not on every element that refers to them.
 */
function referenceChanges(old: DiagramModel, neu: DiagramModel, formerName: FormerNames): JourneyChange[] {
    const channels = (model: DiagramModel) => channelsOf(model).map(c => ({ ...c, id: `channel:${c.name}` }));
    const pairs = <T extends { id: ElementId; name: string; label: string }>(element: DiffElementType, o: T[], n: T[], both: (o: T, n: T, out: JourneyChange[]) => void) =>
        byId(element, o, n, formerName, both).filter(c => c.kind !== 'added' && c.kind !== 'removed');
    return [
        ...pairs('department', departmentsOf(old), departmentsOf(neu), () => undefined),
        ...pairs('channel', channels(old), channels(neu), (o, n, out) => compare(out, { element: 'channel', id: n.id, label: n.label }, 'mode', o.mode, n.mode)),
    ];
}

function phaseChanges(old: DiagramModel, neu: DiagramModel, formerName: FormerNames): JourneyChange[] {
    const changes = byId<PhaseInfo>('phase', old.phases, neu.phases, formerName, (o, n, out) => {
        const base: Base = { element: 'phase', id: n.id, label: n.label };
        compareRef(out, base, 'owner', o.owner && { key: o.owner.id, label: o.owner.label }, n.owner && { key: n.owner.id, label: n.owner.label });
        compare(out, base, 'description', o.description, n.description);
        emotionChanges(out, base, o.emotions, n.emotions);
        metricChanges(out, base, o.metrics, n.metrics, formerName);
    });
    // Phase order: the phases in both versions that are not in the longest common order moved.
    const newNames = new Set(neu.phases.map(p => p.name));
    const oldNames = new Set(old.phases.map(p => p.name));
    const oldOrder = old.phases.filter(p => newNames.has(p.name));
    const newOrder = neu.phases.filter(p => oldNames.has(p.name));
    const kept = new Set(longestCommonSubsequence(oldOrder.map(p => p.name), newOrder.map(p => p.name)).map(([i]) => oldOrder[i].name));
    for (const [j, n] of newOrder.entries()) {
        if (kept.has(n.name)) continue;
        const i = oldOrder.findIndex(p => p.name === n.name);
        changes.push({
            kind: 'reordered', element: 'phase', id: n.id, label: n.label, property: 'position',
            before: old.phases.indexOf(oldOrder[i]) + 1, after: neu.phases.indexOf(newOrder[j]) + 1,
        });
    }
    return changes;
}

export function placementText(placement: Placement | undefined, model: DiagramModel): string {
    const label = (name: string) => model.phases.find(p => p.name === name)?.label ?? name;
    if (!placement) return 'not placed';
    return `${placement.kind} ${label(placement.phase)}`;
}

const placementKey = (p: Placement | undefined) => !p ? '' : `${p.kind}:${p.phase}`;

function touchpointChanges(old: DiagramModel, neu: DiagramModel, formerName: FormerNames): JourneyChange[] {
    return byId<TouchpointInfo>('touchpoint', old.touchpoints, neu.touchpoints, formerName, (o, n, out) => {
        const base: Base = { element: 'touchpoint', id: n.id, label: n.label };
        if (placementKey(o.placement) !== placementKey(n.placement)) {
            out.push({ kind: 'moved', ...base, property: 'placement', before: placementText(o.placement, old), after: placementText(n.placement, neu) });
        }
        channelChanges(out, base, o.channels, n.channels);
        compareRef(out, base, 'owner', o.owner && { key: o.owner.id, label: o.owner.label }, n.owner && { key: n.owner.id, label: n.owner.label });
        compare(out, base, 'for', sorted(o.personas), sorted(n.personas));
        compare(out, base, 'score', o.score, n.score);
        emotionChanges(out, base, o.emotions, n.emotions);
        compare(out, base, 'critical', o.critical, n.critical);
        compare(out, base, 'evidence', o.evidence, n.evidence);
        compare(out, base, 'description', o.description, n.description);
        metricChanges(out, base, o.metrics, n.metrics, formerName);
    }, (t, side) => placementText(t.placement, side === 'before' ? old : neu));
}

/** Channels added to or removed from a touchpoint, one change each (property `channel:<id>`). */
function channelChanges(out: JourneyChange[], base: Base, before: ChannelInfo[], after: ChannelInfo[]): void {
    const oldNames = new Set(before.map(c => c.name));
    const newNames = new Set(after.map(c => c.name));
    for (const c of after) if (!oldNames.has(c.name)) compare(out, base, `channel:${c.name}`, null, c.label);
    for (const c of before) if (!newNames.has(c.name)) compare(out, base, `channel:${c.name}`, c.label, null);
}

function improvementChanges(old: DiagramModel, neu: DiagramModel, formerName: FormerNames): JourneyChange[] {
    const labelIn = (model: DiagramModel) => {
        const labels = new Map<string, string>([...model.phases, ...model.touchpoints].map(e => [e.id, e.label]));
        return (ids: string[]) => sorted(ids).map(id => labels.get(id) ?? id.replace(/^\w+:/, ''));
    };
    const oldLabels = labelIn(old);
    const newLabels = labelIn(neu);
    return byId<ImprovementInfo>('improvement', old.improvements, neu.improvements, formerName, (o, n, out) => {
        const base: Base = { element: 'improvement', id: n.id, label: n.label };
        compareRef(out, base, 'owner', o.owner && { key: o.owner.id, label: o.owner.label }, n.owner && { key: n.owner.id, label: n.owner.label });
        compare(out, base, 'priority', o.priority, n.priority);
        if (!sameValue(sorted(o.addresses), sorted(n.addresses))) {
            out.push({ kind: 'changed', ...base, property: 'addresses', before: oldLabels(o.addresses), after: newLabels(n.addresses) });
        }
        compare(out, base, 'description', o.description, n.description);
        metricChanges(out, base, o.metrics, n.metrics, formerName);
    });
}

// ---------------------------------------------------------------- lane entries

interface Slot { phase: PhaseInfo; entry: LaneEntry; key: string; position: number }

function slotsOf(model: DiagramModel): Map<string, Slot[]> {
    const groups = new Map<string, Slot[]>();
    for (const phase of model.phases) {
        for (const entry of phase.entries) {
            const key = `${phase.name}\u0000${entry.lane}`;
            const group = groups.get(key) ?? groups.set(key, []).get(key)!;
            group.push({ phase, entry, key, position: group.length });
        }
    }
    return groups;
}

const entryContext = (slot: Slot) => `${slot.phase.label} · ${LANE_TITLES[slot.entry.lane]}`;

function entryChanges(old: DiagramModel, neu: DiagramModel): JourneyChange[] {
    const oldGroups = slotsOf(old);
    const newGroups = slotsOf(neu);
    const pairs = new Map<Slot, { n: Slot; how: 'same' | 'reordered' | 'moved' | 'edited' }>();
    const usedNew = new Set<Slot>();
    const anchors = new Map<string, Array<[number, number]>>();
    const pair = (o: Slot, n: Slot, how: 'same' | 'reordered' | 'moved' | 'edited') => { pairs.set(o, { n, how }); usedNew.add(n); };

    // 1. Unchanged: the longest common order of texts per phase and lane.
    // 2. Reordered: the same text elsewhere in the same phase and lane.
    for (const [key, os] of oldGroups) {
        const ns = newGroups.get(key) ?? [];
        const common = longestCommonSubsequence(os.map(s => s.entry.text), ns.map(s => s.entry.text));
        anchors.set(key, common);
        for (const [i, j] of common) pair(os[i], ns[j], 'same');
        for (const o of os) {
            if (pairs.has(o)) continue;
            const n = ns.find(s => !usedNew.has(s) && s.entry.text === o.entry.text);
            if (n) pair(o, n, 'reordered');
        }
    }
    // 3. Moved: the same text in another phase or lane (the same lane first).
    const unmatchedOld = () => [...oldGroups.values()].flat().filter(o => !pairs.has(o));
    const unmatchedNew = [...newGroups.values()].flat();
    for (const sameLane of [true, false]) {
        for (const o of unmatchedOld()) {
            const n = unmatchedNew.find(s => !usedNew.has(s) && s.entry.text === o.entry.text && (!sameLane || s.entry.lane === o.entry.lane));
            if (n) pair(o, n, 'moved');
        }
    }
    // 4. Edited: left-over old and new entries between the same unchanged neighbours of a lane, in order.
    for (const [key, os] of oldGroups) {
        const ns = newGroups.get(key);
        if (!ns) continue;
        const bounds: Array<[number, number]> = [[-1, -1], ...anchors.get(key)!, [os.length, ns.length]];
        for (let k = 0; k + 1 < bounds.length; k++) {
            const gapOld = os.slice(bounds[k][0] + 1, bounds[k + 1][0]).filter(o => !pairs.has(o));
            const gapNew = ns.slice(bounds[k][1] + 1, bounds[k + 1][1]).filter(n => !usedNew.has(n));
            for (let g = 0; g < Math.min(gapOld.length, gapNew.length); g++) pair(gapOld[g], gapNew[g], 'edited');
        }
    }

    const out: JourneyChange[] = [];
    const pairOfNew = new Map([...pairs].map(([o, p]) => [p.n, { o, how: p.how }]));
    for (const n of [...newGroups.values()].flat().sort(inModelOrder(neu))) {
        const base: Base = { element: 'entry', id: n.entry.id, label: n.entry.text, context: entryContext(n) };
        const match = pairOfNew.get(n);
        if (!match) {
            out.push({ kind: 'added', ...base });
            continue;
        }
        const { o, how } = match;
        if (how === 'reordered') out.push({ kind: 'reordered', ...base, property: 'position', before: o.position + 1, after: n.position + 1 });
        if (how === 'moved') out.push({ kind: 'moved', ...base, property: 'placement', before: entryContext(o), after: entryContext(n) });
        if (how === 'edited') out.push({ kind: 'changed', ...base, property: 'text', before: o.entry.text, after: n.entry.text });
        compare(out, base, 'for', sorted(o.entry.personas), sorted(n.entry.personas));
        compare(out, base, 'evidence', o.entry.evidence, n.entry.evidence);
    }
    for (const o of [...oldGroups.values()].flat().sort(inModelOrder(old))) {
        if (!pairs.has(o)) out.push({ kind: 'removed', element: 'entry', id: o.entry.id, label: o.entry.text, context: entryContext(o) });
    }
    return out;
}

/** Sorts slots as they appear in the model: by phase, then by place in the phase. */
function inModelOrder(model: DiagramModel): (a: Slot, b: Slot) => number {
    const phaseIndex = new Map(model.phases.map((p, i) => [p.name, i]));
    return (a, b) => phaseIndex.get(a.phase.name)! - phaseIndex.get(b.phase.name)! || a.phase.entries.indexOf(a.entry) - b.phase.entries.indexOf(b.entry);
}

/** Index pairs [i, j] of a longest common subsequence of `a` and `b`, in order. */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Array<[number, number]> {
    // Common prefix and suffix first: most edits touch a few lines of a long list.
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
    const n = endA - start;
    const m = endB - start;
    const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            table[i][j] = a[start + i] === b[start + j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
        }
    }
    const pairs: Array<[number, number]> = [];
    for (let k = 0; k < start; k++) pairs.push([k, k]);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[start + i] === b[start + j]) {
            pairs.push([start + i, start + j]);
            i++;
            j++;
        } else if (table[i + 1][j] >= table[i][j + 1]) {
            i++;
        } else {
            j++;
        }
    }
    for (let k = 0; k < a.length - endA; k++) pairs.push([endA + k, endB + k]);
    return pairs;
}

// ---------------------------------------------------------------- summary and emotion

function summarize(changes: readonly JourneyChange[]): DiffSummary {
    const summary = { added: 0, removed: 0, renamed: 0, moved: 0, reordered: 0, changed: 0, total: changes.length };
    for (const change of changes) summary[change.kind]++;
    return summary;
}

/** The emotion curves of a journey: the general one ("Customer") and one per persona with its own emotions, over the phases. */
export function emotionCurves(model: DiagramModel | undefined): EmotionCurves {
    if (!model) return { phases: [], curves: [] };
    const keys: string[] = [];
    for (const phase of model.phases) {
        for (const e of phase.emotions) if (!keys.includes(e.persona ?? '')) keys.push(e.persona ?? '');
    }
    return {
        phases: model.phases.map(p => ({ name: p.name, label: p.label })),
        curves: keys.map(key => ({
            persona: key || null,
            label: key ? model.personas.find(p => p.name === key)?.label ?? key : 'Customer',
            values: model.phases.map(p => p.emotions.find(e => (e.persona ?? '') === key)?.value ?? null),
        })),
    };
}

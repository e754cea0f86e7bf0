// Which elements of two versions of a journey are the same thing under another
// id. Renaming an id (F2) changes the id and every reference to it: matched by
// id alone, the element would be removed and added, and everything that refers
// to it (touchpoints in a phase, lane entries, owners, `for` lines) would seem
// to move. So elements that no id matches are matched by what they hold (label
// and properties, their references read through the ids matched so far), then
// by a label only one of them has. The old model is then rewritten in the new
// ids, so the diff compares like with like and reports each rename once.
import type {
    ChannelInfo, DepartmentInfo, DiagramModel, ElementId, Emotion, ImprovementInfo, MetricValue, PersonaInfo, PhaseInfo,
    TouchpointInfo,
} from './model.js';

export type RenamedElement = 'persona' | 'department' | 'channel' | 'phase' | 'touchpoint' | 'improvement';

/** An id that changed; `before` and `after` are ids as written (`delivery`), not element ids. */
export interface IdRename { element: RenamedElement; before: string; after: string }
/** A metric whose id changed, on the element (new element id) that has it. */
export interface MetricRename { owner: ElementId; before: string; after: string }

export interface Alignment {
    /** The old model with the new ids of every matched element (and references to them). */
    model: DiagramModel;
    renames: IdRename[];
    metricRenames: MetricRename[];
}

interface Named { name: string; label: string }

/** The label as written: '' when there is none (the id stands in for it), so a rename of an unlabelled element matches. */
const writtenLabel = (e: Named) => (e.label === e.name ? '' : e.label);
const key = (...parts: unknown[]) => JSON.stringify(parts);
const sortedKeys = (values: readonly string[]) => [...values].sort();

/**
 * Old name → new name for every old element that has a counterpart: the same id,
 * else the same content (`oldKey` of the old element = `newKey` of the new), else
 * the same written label, unique on both sides.
 */
function matchNames<T extends Named>(old: readonly T[], neu: readonly T[], oldKey: (e: T) => string, newKey: (e: T) => string): Map<string, string> {
    const names = new Map<string, string>();
    const newNames = new Set(neu.map(e => e.name));
    for (const e of old) if (newNames.has(e.name)) names.set(e.name, e.name);
    let leftOld = old.filter(e => !names.has(e.name));
    const oldNames = new Set(old.map(e => e.name));
    let leftNew = neu.filter(e => !oldNames.has(e.name));
    const pairBy = (oldOf: (e: T) => string, newOf: (e: T) => string, uniqueOnly: boolean) => {
        const candidates = new Map<string, T[]>();
        for (const e of leftNew) {
            const k = newOf(e);
            if (k) candidates.set(k, [...candidates.get(k) ?? [], e]);
        }
        const oldCount = new Map<string, number>();
        for (const e of leftOld) oldCount.set(oldOf(e), (oldCount.get(oldOf(e)) ?? 0) + 1);
        for (const e of leftOld) {
            const k = oldOf(e);
            const match = candidates.get(k);
            if (!k || !match?.length || (uniqueOnly && (match.length > 1 || oldCount.get(k)! > 1))) continue;
            names.set(e.name, match.shift()!.name);
        }
        const taken = new Set(names.values());
        leftOld = leftOld.filter(e => !names.has(e.name));
        leftNew = leftNew.filter(e => !taken.has(e.name));
    };
    pairBy(oldKey, newKey, false);
    pairBy(writtenLabel, writtenLabel, true);
    return names;
}

/** The departments a model refers to (as owners), by id. */
export function departmentsOf(model: DiagramModel): DepartmentInfo[] {
    const all = [...model.phases, ...model.touchpoints, ...model.improvements].flatMap(e => (e.owner ? [e.owner] : []));
    return [...new Map(all.map(d => [d.name, d])).values()];
}

/** The channels a model refers to (through `via`), by id. */
export function channelsOf(model: DiagramModel): ChannelInfo[] {
    return [...new Map(model.touchpoints.flatMap(t => t.channels).map(c => [c.name, c])).values()];
}

/** Reads a name of the old model as the new model calls it (or, for the new model, as it is). */
type Read = (kind: RenamedElement, name: string) => string;
const same: Read = (_kind, name) => name;

/** An element id of a phase or touchpoint (`phase:delivery`), read with `read`. */
function readElementId(id: ElementId, read: Read): ElementId {
    const colon = id.indexOf(':');
    const [type, name] = [id.slice(0, colon), id.slice(colon + 1)];
    return type === 'phase' || type === 'touchpoint' ? `${type}:${read(type, name)}` : id;
}

// ---------------------------------------------------------------- what an element holds

const emotionsKey = (emotions: Emotion[], read: Read) =>
    sortedKeys(emotions.map(e => key(e.persona === undefined ? null : read('persona', e.persona), e.value)));
const metricsKey = (metrics: MetricValue[]) => sortedKeys(metrics.map(m => key(m.label, m.current, m.target)));
const ownerKey = (owner: DepartmentInfo | undefined, read: Read) => (owner ? read('department', owner.name) : null);

const personaKey = (p: PersonaInfo) => key(writtenLabel(p), sortedKeys(p.details.map(d => key(d.attribute, d.text, d.evidence))));

const phaseKey = (read: Read) => (p: PhaseInfo) => key(writtenLabel(p), p.description, ownerKey(p.owner, read), emotionsKey(p.emotions, read),
    p.entries.map(e => key(e.lane, e.text, sortedKeys(e.personas.map(n => read('persona', n))), e.evidence)), metricsKey(p.metrics));

const touchpointKey = (read: Read) => (t: TouchpointInfo) => key(writtenLabel(t),
    t.placement ? [t.placement.kind, read('phase', t.placement.phase)] : null,
    sortedKeys(t.channels.map(c => read('channel', c.name))), ownerKey(t.owner, read), sortedKeys(t.personas.map(n => read('persona', n))),
    t.score, emotionsKey(t.emotions, read), t.critical, t.evidence, t.description, metricsKey(t.metrics));

const improvementKey = (read: Read) => (i: ImprovementInfo) => key(writtenLabel(i),
    ownerKey(i.owner, read), i.priority, i.description, sortedKeys(i.addresses.map(id => readElementId(id, read))), metricsKey(i.metrics));

// ---------------------------------------------------------------- aligning

/** Matches the elements of `old` to those of `neu` and rewrites `old` in the new ids. */
export function alignIds(old: DiagramModel, neu: DiagramModel): Alignment {
    // Old name → new name, one map per kind, filled kind by kind.
    const names = new Map<RenamedElement, Map<string, string>>();
    const read: Read = (kind, name) => names.get(kind)?.get(name) ?? name;
    const match = <T extends Named>(kind: RenamedElement, o: readonly T[], n: readonly T[], keyOf: (read: Read) => (e: T) => string) =>
        names.set(kind, matchNames(o, n, keyOf(read), keyOf(same)));
    // Referenced kinds first, so the kinds that refer to them can be compared through their new ids.
    match('department', departmentsOf(old), departmentsOf(neu), () => d => key(writtenLabel(d)));
    match('channel', channelsOf(old), channelsOf(neu), () => c => key(writtenLabel(c), c.mode));
    match('persona', old.personas, neu.personas, () => personaKey);
    match('phase', old.phases, neu.phases, phaseKey);
    match('touchpoint', old.touchpoints, neu.touchpoints, touchpointKey);
    match('improvement', old.improvements, neu.improvements, improvementKey);

    const renames: IdRename[] = [];
    for (const [element, map] of names) {
        for (const [before, after] of map) if (before !== after) renames.push({ element, before, after });
    }
    const metricRenames = metricRenamesOf(old, neu, read);
    // Most diffs rename nothing: then the old model stays as it is.
    const model = renames.length + metricRenames.length === 0 ? old : rewrite(old, read, metricRenames);
    return { model, renames, metricRenames };
}

/** Metrics with a new id, on elements matched old to new: by id, else by content, else by a label only one has. */
function metricRenamesOf(old: DiagramModel, neu: DiagramModel, read: Read): MetricRename[] {
    const newMetrics = new Map([...neu.phases, ...neu.touchpoints, ...neu.improvements].map(e => [e.id, e.metrics]));
    const named = (m: MetricValue) => ({ ...m, name: m.id });
    const content = (m: Named & MetricValue) => key(writtenLabel(m), m.current, m.target);
    const renames: MetricRename[] = [];
    for (const [type, elements] of [['phase', old.phases], ['touchpoint', old.touchpoints], ['improvement', old.improvements]] as const) {
        for (const e of elements) {
            const owner = `${type}:${read(type, e.name)}`;
            const counterpart = newMetrics.get(owner) ?? [];
            if (e.metrics.every(m => counterpart.some(n => n.id === m.id))) continue;
            for (const [before, after] of matchNames(e.metrics.map(named), counterpart.map(named), content, content)) {
                if (before !== after) renames.push({ owner, before, after });
            }
        }
    }
    return renames;
}

/** `old` in the new ids: of its elements, of the references to them, and of renamed metrics. */
function rewrite(old: DiagramModel, to: Read, metricRenames: MetricRename[]): DiagramModel {
    const newMetricId = new Map(metricRenames.map(r => [`${r.owner} ${r.before}`, r.after]));
    const department = (d: DepartmentInfo | undefined) => d && { ...d, id: `department:${to('department', d.name)}`, name: to('department', d.name) };
    const emotions = (list: Emotion[]) => list.map(e => (e.persona === undefined ? e : { ...e, persona: to('persona', e.persona) }));
    const personas = (list: string[]) => list.map(n => to('persona', n));
    const metrics = (owner: ElementId, list: MetricValue[]) => list.map(m => ({ ...m, id: newMetricId.get(`${owner} ${m.id}`) ?? m.id }));

    const phases = old.phases.map((p): PhaseInfo => {
        const name = to('phase', p.name);
        const id = `phase:${name}`;
        return {
            ...p, id, name, owner: department(p.owner), emotions: emotions(p.emotions),
            entries: p.entries.map((e, i) => ({ ...e, id: `entry:${name}:${i}`, personas: personas(e.personas) })),
            metrics: metrics(id, p.metrics),
        };
    });
    const touchpoints = old.touchpoints.map((t): TouchpointInfo => {
        const name = to('touchpoint', t.name);
        const id = `touchpoint:${name}`;
        return {
            ...t, id, name, placement: t.placement && { ...t.placement, phase: to('phase', t.placement.phase) },
            channels: t.channels.map(c => ({ ...c, name: to('channel', c.name) })), owner: department(t.owner),
            personas: personas(t.personas), emotions: emotions(t.emotions), metrics: metrics(id, t.metrics),
        };
    });
    const improvements = old.improvements.map((i): ImprovementInfo => {
        const name = to('improvement', i.name);
        const id = `improvement:${name}`;
        return {
            ...i, id, name, owner: department(i.owner), addresses: i.addresses.map(a => readElementId(a, to)),
            metrics: metrics(id, i.metrics),
        };
    });
    const renamedPersonas = old.personas.map(p => ({ ...p, id: `persona:${to('persona', p.name)}`, name: to('persona', p.name) }));
    return { ...old, personas: renamedPersonas, phases, touchpoints, improvements };
}

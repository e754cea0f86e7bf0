// Diagram models for the webview tests: every journey of examples/, built the
// way the language server builds them, and generated models (huge, hostile).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isJourney, isJourneyFile } from '../../language-server/generated/ast.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import type { DiagramModel, LaneKind, TouchpointInfo } from '../../diagram-core/model.js';
import { collectJourneyFiles, loadJourneyWorkspace } from '../../src/cli/journey-workspace.js';

export interface ExampleFile {
    /** Path relative to examples/, with forward slashes. */
    file: string;
    fileName: string;
    uri: string;
    /** The file's journeys; none for a file of shared definitions. */
    models: DiagramModel[];
}

let examples: Promise<ExampleFile[]> | undefined;

export function loadExamples(): Promise<ExampleFile[]> {
    examples ??= (async () => {
        const root = path.resolve('examples');
        const { documents } = await loadJourneyWorkspace(await collectJourneyFiles([root]));
        return documents.map(document => {
            const ast = document.parseResult.value;
            const journeys = isJourneyFile(ast) ? ast.elements.filter(isJourney) : [];
            const file = path.relative(root, document.uri.fsPath).split(path.sep).join('/');
            return { file, fileName: path.basename(file), uri: pathToFileURL(document.uri.fsPath).href, models: journeys.map(toDiagramModel) };
        });
    })();
    return examples;
}

export async function exampleModel(file: string): Promise<{ example: ExampleFile; model: DiagramModel }> {
    const example = (await loadExamples()).find(e => e.file === file);
    if (!example?.models[0]) throw new Error(`no journey in examples/${file}`);
    return { example, model: example.models[0] };
}

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const LANES: LaneKind[] = ['does', 'thinks', 'pain', 'idea'];
const WORDS = ['booking', 'form', 'showroom', 'advice', 'delivery', 'quote', 'follow-up', 'call', 'review', 'invoice', 'visit', 'reminder'];

/** A current-state journey with `count` touchpoints over 12 phases, a third of them between phases, with lanes and emotions. */
export function generatedJourney(count: number): DiagramModel {
    const phases = Array.from({ length: 12 }, (_, i) => ({
        id: `phase:p${i}`, name: `p${i}`, label: `Phase ${i + 1} ${WORDS[i % WORDS.length]}`,
        emotions: [{ value: (i % 7) - 3 }],
        entries: LANES.map((lane, j) => ({ id: `entry:p${i}:${j}`, lane, text: `What happens in phase ${i + 1}: ${WORDS.slice(j, j + 6).join(' ')}`, personas: [], range: RANGE })),
        metrics: [], range: RANGE,
    }));
    const touchpoints: TouchpointInfo[] = Array.from({ length: count }, (_, i) => {
        const p = i % phases.length;
        const between = i % 3 === 0 && p < phases.length - 1;
        return {
            id: `touchpoint:t${i}`, name: `t${i}`, label: `Touchpoint ${i + 1}: ${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} for the customer`,
            placement: { kind: between ? 'after' : 'in', phase: `p${p}` },
            channels: [{ name: 'web', label: 'Website', mode: i % 2 ? 'digital' : 'physical' }],
            personas: [], score: (i % 5) + 1, emotions: i % 10 === 0 ? [{ value: (i % 7) - 3 }] : [], critical: i % 17 === 0,
            metrics: [], range: RANGE,
        };
    });
    return {
        id: 'journey:generated', name: 'generated', title: `A generated journey with ${count} touchpoints`, kind: 'current',
        personas: [], phases, touchpoints, improvements: [], range: RANGE,
    };
}

export const HOSTILE_LABELS = ['"><img src=x onerror=alert(1)>', '<script>alert(1)</script>'] as const;

/** `model` with every label and text replaced by markup that must show as text. */
export function hostileModel(model: DiagramModel): DiagramModel {
    const pick = (i: number) => HOSTILE_LABELS[i % HOSTILE_LABELS.length];
    return {
        ...model,
        title: HOSTILE_LABELS.join(' '),
        goal: pick(1),
        personas: model.personas.map((p, i) => ({ ...p, label: pick(i), details: [{ attribute: 'description', text: pick(i + 1) }] })),
        phases: model.phases.map((p, i) => ({
            ...p, label: pick(i), owner: p.owner && { ...p.owner, label: pick(i + 1) },
            entries: p.entries.map((e, j) => ({ ...e, text: pick(j) })),
        })),
        touchpoints: model.touchpoints.map((t, i) => ({
            ...t, label: pick(i), description: pick(i + 1), channels: t.channels.map(c => ({ ...c, label: pick(i + 1) })),
        })),
        improvements: model.improvements.map((m, i) => ({ ...m, label: pick(i), description: pick(i + 1) })),
    };
}

// The diff sees what a designer meant, on every shipped example: renaming an id
// with the language server's rename (F2) is one change per journey that shows
// it, and moving a phase block anywhere is one change.
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { beforeAll, describe, expect, test } from 'vitest';
import { diffJourneyLists, type JourneyChange } from '../../diagram-core/journey-diff.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { isJourney, isJourneyFile, isMetric, isPhase } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { loadJourneyWorkspace, type JourneyWorkspace } from '../../src/cli/journey-workspace.js';
import { EXAMPLE_FILES } from './journey-models.js';

// Models of edited texts come from a workspace of their own, without the file system.
const modelServices = createJourneyServices(EmptyFileSystem);

/** Builds the texts together (so imports resolve) and returns each file's journeys, and each file's errors. */
async function build(texts: ReadonlyMap<string, string>): Promise<{ models: Map<string, DiagramModel[]>; errors: Map<string, string[]> }> {
    const { LangiumDocuments: documents, DocumentBuilder: builder, IndexManager: index } = modelServices.shared.workspace;
    for (const document of documents.all.toArray()) {
        documents.deleteDocument(document.uri);
        index.remove(document.uri);
    }
    const built = [...texts].map(([uri, text]) => documents.createDocument(URI.parse(uri), text));
    await builder.build(built, { validation: true });
    const models = new Map<string, DiagramModel[]>();
    const errors = new Map<string, string[]>();
    for (const document of built) {
        const root = document.parseResult.value;
        models.set(document.uri.toString(), isJourneyFile(root) ? root.elements.filter(isJourney).map(toDiagramModel) : []);
        errors.set(document.uri.toString(), (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error).map(d => String(d.message)));
    }
    return { models, errors };
}

/** Every journey diff of two builds of the same files. */
function diffsOf(before: Map<string, DiagramModel[]>, after: Map<string, DiagramModel[]>) {
    return [...after].flatMap(([uri, models]) => diffJourneyLists(before.get(uri) ?? [], models));
}

/** Every declaration with an id in a document: journeys, personas, channels, departments, phases, touchpoints, improvements, metrics. */
function declarations(document: LangiumDocument): Array<AstNode & { name: string }> {
    return AstUtils.streamAst(document.parseResult.value)
        .filter((node): node is AstNode & { name: string } => typeof (node as { name?: unknown }).name === 'string')
        .toArray();
}

/** Whether a declaration shows in a map, so that its rename must show in the diff. */
function shownIn(models: DiagramModel[], node: AstNode & { name: string }): boolean {
    const name = node.name;
    switch (node.$type) {
        case 'Persona': return models.some(m => m.personas.some(p => p.name === name));
        case 'Channel': return models.some(m => m.touchpoints.some(t => t.channels.some(c => c.name === name)));
        case 'Department': return models.some(m => [...m.phases, ...m.touchpoints, ...m.improvements].some(e => e.owner?.name === name));
        default: return true;
    }
}

describe('renaming an id as the language server does is one change', () => {
    let workspace: JourneyWorkspace;
    const original = new Map<string, string>();
    beforeAll(async () => {
        workspace = await loadJourneyWorkspace(EXAMPLE_FILES);
        for (const document of workspace.services.shared.workspace.LangiumDocuments.all) {
            original.set(document.uri.toString(), document.textDocument.getText());
        }
    }, 60_000);

    /** The files of one example (those in its folder), so imports resolve and nothing else is built. */
    const groupOf = (file: string) => new Map([...original].filter(([uri]) => path.dirname(URI.parse(uri).fsPath) === path.dirname(path.resolve(file))));

    test.each(EXAMPLE_FILES)('%s: every id', async file => {
        const { services, documents } = workspace;
        const [document] = documents.filter(d => d.uri.fsPath === path.resolve(file));
        const group = groupOf(file);
        const before = await build(group);
        const allBefore = [...before.models.values()].flat();
        const nodes = declarations(document);
        expect(nodes.length).toBeGreaterThan(5);
        for (const node of nodes) {
            const nameNode = services.references.NameProvider.getNameNode(node)!;
            const newName = `renamed_${node.name}`;
            const edit = await services.lsp.RenameProvider!.rename(document, {
                textDocument: { uri: document.uri.toString() }, position: nameNode.range.start, newName,
            });
            const texts = new Map(group);
            for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
                texts.set(uri, TextDocument.applyEdits(TextDocument.create(uri, 'journey', 0, texts.get(uri)!), edits));
            }
            const after = await build(texts);
            const where = `${node.$type} ${node.name}`;
            expect(after.errors, where).toEqual(before.errors);
            const changes = diffsOf(before.models, after.models).map(d => d.changes);
            // A metric's id is renamed on the element that has it; everything else is renamed itself.
            const rename: Partial<JourneyChange> = isMetric(node)
                ? { kind: 'renamed', property: `metric:${newName}`, before: node.name, after: newName }
                : { kind: 'renamed', property: 'id', before: node.name, after: newName };
            for (const journeyChanges of changes) {
                expect(journeyChanges.length, where).toBeLessThanOrEqual(1);
                for (const change of journeyChanges) expect(change, where).toMatchObject(rename);
            }
            expect(changes.flat().length > 0, where).toBe(shownIn(allBefore, node));
        }
    }, 120_000);
});

/** Examples and how many phases they have. */
const REORDERED: Array<[string, number]> = [['examples/seven-phase-model.journey', 7], ['examples/floor-renovation.journey', 10]];

describe('moving a phase block is one change', () => {
    test.each(REORDERED)('%s: every phase to every other position: one reorder, no errors', async (file, count) => {
        const uri = URI.file(path.resolve(file)).toString();
        const { documents } = await loadJourneyWorkspace([file]);
        const root = documents[0].parseResult.value;
        const phases = isJourneyFile(root) ? root.elements.filter(isJourney).flatMap(j => j.members.filter(isPhase)) : [];
        expect(phases).toHaveLength(count);
        const text = documents[0].textDocument.getText();
        const blocks = phases.map(p => text.slice(documents[0].textDocument.offsetAt({ line: p.$cstNode!.range.start.line, character: 0 }),
            documents[0].textDocument.offsetAt({ line: p.$cstNode!.range.end.line + 1, character: 0 })));
        const start = text.indexOf(blocks[0]);
        const end = text.indexOf(blocks[count - 1]) + blocks[count - 1].length;
        expect(text.slice(start, end), 'the phase blocks stand together').toBe(blocks.join(''));
        // Placed with `after`, touchpoints move with their phase (`between a and b` needs a and b to stay neighbours).
        const withAfter = (t: string) => t.replace(/^(\s*)between ([\w-]+) and [\w-]+$/gm, '$1after $2');
        const before = await build(new Map([[uri, withAfter(text)]]));
        expect(before.errors.get(uri)).toEqual([]);
        let cases = 0;
        for (let from = 0; from < count; from++) {
            for (let to = 0; to < count; to++) {
                if (from === to) continue;
                const order = blocks.filter((_, i) => i !== from);
                order.splice(to, 0, blocks[from]);
                const moved = withAfter(text.slice(0, start) + order.join('') + text.slice(end));
                const after = await build(new Map([[uri, moved]]));
                const where = `phase ${phases[from].name} to position ${to + 1}`;
                expect(after.errors.get(uri), where).toEqual([]);
                const [diff] = diffsOf(before.models, after.models);
                expect(diff.changes.map(c => `${c.kind} ${c.element}`), where).toEqual(['reordered phase']);
                cases++;
            }
        }
        expect(cases).toBe(count * (count - 1));
    }, 240_000);
});

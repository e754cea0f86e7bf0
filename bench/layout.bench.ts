// Diagram layout and SVG tree alone, in Node, on generated journeys.
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { layoutDiagram } from '../diagram-core/layout.js';
import { renderDiagram } from '../diagram-core/render-tree.js';
import { isJourney, type JourneyFile } from '../language-server/generated/ast.js';
import { createJourneyServices } from '../language-server/journey-module.js';
import { toDiagramModel } from '../language-server/to-diagram-model.js';
import { ms, time, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

export async function layoutBench(): Promise<BenchSection> {
    const parse = parseHelper<JourneyFile>(createJourneyServices(EmptyFileSystem).Journey);
    const table = [['touchpoints', 'phases', 'model from AST (median)', 'layout (median / p95)', 'layout + SVG tree (median / p95)']];
    for (const size of [10, 100, 1000]) {
        const document = await parse(generateJourney(size));
        const journey = document.parseResult.value.elements.find(isJourney)!;
        const toModel = await time(20, () => toDiagramModel(journey));
        const model = toDiagramModel(journey);
        const layout = await time(30, () => layoutDiagram(model));
        const both = await time(30, () => renderDiagram(layoutDiagram(model), model.title));
        table.push([String(size), String(model.phases.length), ms(toModel.median), `${ms(layout.median)} / ${ms(layout.p95)}`,
            `${ms(both.median)} / ${ms(both.p95)}`]);
    }
    return { title: 'Diagram layout (Node)', description: 'Pure layout of generated journeys, no DOM: what the webview and `journey render` both run.', table };
}

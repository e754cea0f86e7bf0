// Diagram models of the shipped examples and of generated journeys, for diagram tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import type { DiagramModel } from '../../diagram-core/model.js';
import { loadJourneyWorkspace } from '../../src/cli/journey-workspace.js';
import { isJourney, type JourneyFile } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';

export const EXAMPLE_FILES = fs.readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter(f => f.endsWith('.journey')).map(f => path.join('examples', f)).sort();

export async function exampleModels(file: string): Promise<DiagramModel[]> {
    const { documents } = await loadJourneyWorkspace([file]);
    return (documents[0].parseResult.value as JourneyFile).elements.filter(isJourney).map(toDiagramModel);
}

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);

export async function modelOf(text: string): Promise<DiagramModel> {
    const document = await parse(text);
    return toDiagramModel(document.parseResult.value.elements.filter(isJourney)[0]);
}

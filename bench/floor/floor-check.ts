// The floor under `journey check`: a process that reads every .floor file of a
// folder and builds them with validation, as the CLI does with journeys.
// Bundled and run as its own process by bench/scale.bench.ts.
import '../../scripts/polyfill.mjs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI } from 'langium';
import { createFloorServices } from './floor-services.js';

// Bundled as CommonJS, which has no top-level await.
async function main(): Promise<void> {
    const folder = process.argv[2];
    const { shared } = createFloorServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
    const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
    for (const entry of entries.filter(e => e.isFile() && e.name.endsWith('.floor'))) {
        const file = path.join(entry.parentPath, entry.name);
        LangiumDocuments.addDocument(LangiumDocumentFactory.fromString(await fs.readFile(file, 'utf8'), URI.file(file)));
    }
    await DocumentBuilder.build(LangiumDocuments.all.toArray(), { validation: true });
    const problems = LangiumDocuments.all.toArray().reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0);
    console.log(`${LangiumDocuments.all.count()} files, ${problems} problems`);
}

void main();

// `journey diff` on generated journeys: two versions of a 10/100/1000-touchpoint
// journey, the second with scores changed, touchpoints renamed, moved, removed
// and added, and a lane entry edited. Parse + model of both versions, then the diff.
import { EmptyFileSystem } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { diffJourneys } from '../diagram-core/journey-diff.js';
import type { DiagramModel } from '../diagram-core/model.js';
import { isJourney, type JourneyFile } from '../language-server/generated/ast.js';
import { createJourneyServices } from '../language-server/journey-module.js';
import { toDiagramModel } from '../language-server/to-diagram-model.js';
import { ms, time, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

/** The generated journey with changes spread over it: about one touchpoint in five changes. */
export function changedJourney(text: string): string {
    let changed = text.replace(/ {4}touchpoint t(\d+) ("[^"]*") \{\n([\s\S]*?)\n {4}\}\n/g, (_block, n: string, label: string, body: string) => {
        const t = Number(n);
        if (t % 25 === 24) return '';
        let b = body;
        if (t % 10 === 3) b = b.replace(/score (\d)/, (_, s: string) => `score ${(Number(s) % 5) + 1}`);
        if (t % 15 === 7) b = b.replace(/ {8}(in|between) [^\n]*/, '        in p0');
        if (t % 20 === 11) label = `"Renamed touchpoint ${t}"`;
        return `    touchpoint t${t} ${label} {\n${b}\n    }\n`;
    });
    changed = changed.replace('does "Compares options and reads reviews in phase 2"', 'does "Compares options and reads many reviews in phase 2"');
    const added = '    touchpoint extra "An added touchpoint" {\n        in p1\n        via website\n        score 4\n    }\n';
    return changed.replace('    improvement faster', `${added}    improvement faster`);
}

export async function diffBench(): Promise<BenchSection> {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const parse = parseHelper<JourneyFile>(services);
    const modelOf = async (text: string): Promise<DiagramModel> =>
        toDiagramModel((await parse(text)).parseResult.value.elements.find(isJourney)!);
    const table = [['touchpoints', 'changes found', 'parse + model, both versions (median / p95)', 'diff (median / p95)', 'total (median)']];
    for (const size of [10, 100, 1000]) {
        const oldText = generateJourney(size);
        const newText = changedJourney(oldText);
        const runs = size >= 1000 ? 10 : 20;
        const models = await time(runs, async () => {
            await clearDocuments(services);
            return [await modelOf(oldText), await modelOf(newText)];
        });
        await clearDocuments(services);
        const [before, after] = [await modelOf(oldText), await modelOf(newText)];
        const diff = await time(runs * 3, () => diffJourneys(before, after));
        const changes = diffJourneys(before, after).summary.total;
        table.push([String(size), String(changes), `${ms(models.median)} / ${ms(models.p95)}`, `${ms(diff.median)} / ${ms(diff.p95)}`,
            ms(models.median + diff.median)]);
    }
    await clearDocuments(services);
    return {
        title: 'Semantic diff (Node)',
        description: 'Two versions of a generated journey, the second with about one touchpoint in five changed, renamed, moved, removed or added: what `journey diff OLD NEW` does after reading the files.',
        table,
    };
}

// An edit inside one block reparses only that block. Timed on the same open
// document in one process, run by run alternately: the rebuild after a
// one-letter edit of a touchpoint's label with the block reparse, and with
// Langium's own factory (a full parse), plus the parse step alone.
import { DefaultLangiumDocumentFactory, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { createJourneyServices } from '../language-server/journey-module.js';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const RUNS = 15;

interface Server { edit(text: string): Promise<{ rebuild: number; parse: number }> }

/** A server with one open document; `full`: parsed whole after every change, as Langium does. */
async function openServer(text: string, full: boolean): Promise<Server> {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const { DocumentBuilder, LangiumDocumentFactory, TextDocuments } = shared.workspace;
    const factory = LangiumDocumentFactory as unknown as { update(document: LangiumDocument, token: unknown): Promise<LangiumDocument>; parseAsync: unknown };
    if (full) factory.parseAsync = (DefaultLangiumDocumentFactory.prototype as unknown as { parseAsync: unknown }).parseAsync;
    // The parse step is timed where the builder calls it.
    let parse = 0;
    const update = factory.update.bind(factory);
    factory.update = async (document, token) => {
        const start = performance.now();
        const result = await update(document, token);
        parse = performance.now() - start;
        return result;
    };
    const uri = URI.parse(`file:///bench/reparse-${full ? 'full' : 'block'}.journey`);
    let version = 1;
    const edit = async (content: string) => {
        TextDocuments!.set(TextDocument.create(uri.toString(), 'journey', version++, content));
        const start = performance.now();
        await DocumentBuilder.update([uri], []);
        return { rebuild: performance.now() - start, parse };
    };
    await edit(text);
    return { edit };
}

export async function reparseBench(): Promise<BenchSection> {
    const table = [['touchpoints', 'rebuild after a one-letter edit: full parse / block reparse (median)', 'parse step: full / block (median)', 'rebuild ratio']];
    for (const size of [1000, 10000]) {
        const text = generateJourney(size);
        const [full, block] = [await openServer(text, true), await openServer(text, false)];
        const label = `"Touchpoint ${Math.floor(size / 2) + 1} with`;
        const samples = { fullRebuild: [] as number[], blockRebuild: [] as number[], fullParse: [] as number[], blockParse: [] as number[] };
        const runs = size >= 10000 ? 7 : RUNS;
        for (let i = -2; i < runs; i++) {
            const edited = text.replace(label, `${label.slice(0, -5)}${'x'.repeat(i + 3)} with`);
            const [a, b] = [await full.edit(edited), await block.edit(edited)];
            if (i < 0) continue; // warm-up
            samples.fullRebuild.push(a.rebuild);
            samples.blockRebuild.push(b.rebuild);
            samples.fullParse.push(a.parse);
            samples.blockParse.push(b.parse);
        }
        const median = (values: number[]) => summarize(values).median;
        table.push([String(size), `${ms(median(samples.fullRebuild))} / ${ms(median(samples.blockRebuild))}`,
            `${ms(median(samples.fullParse))} / ${ms(median(samples.blockParse))}`,
            `${(median(samples.fullRebuild) / median(samples.blockRebuild)).toFixed(2)} ×`]);
    }
    return {
        title: 'Reparse: one block after an edit',
        description: `A letter added to the label of the middle touchpoint of a generated journey (${RUNS} runs, 7 at 10,000, after two), `
            + 'one open document rebuilt by `DocumentBuilder.update` (parse, index, scopes, link, fast checks) in this process. The same '
            + 'server with Langium\'s own document factory (a full parse) is timed alternately in the same run. "Parse step" is the '
            + 'document factory\'s update: the full parse, or the reparse of the touchpoint and its splice into the tree.',
        table,
    };
}

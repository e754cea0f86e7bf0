// The formatter on generated journeys: the work behind "Format Document" and `journey format`.
import { EmptyFileSystem, TextDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { JourneyFile } from '../language-server/generated/ast.js';
import { createJourneyServices } from '../language-server/journey-module.js';
import { ms, time, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

/** The generated journey with its layout wrecked (no indentation, three spaces after each keyword), so that every line needs edits. */
function messy(text: string): string {
    return text.split('\n').map(line => line.trim().replace(' ', '   ')).join('\n');
}

export async function formatBench(): Promise<BenchSection> {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    const parse = parseHelper<JourneyFile>(services);
    const formatter = services.lsp.Formatter!;
    const table = [['touchpoints', 'lines', 'canonical file, no edits (median / p95)', 'messy file (median / p95)', 'edits']];
    for (const size of [10, 100, 1000]) {
        const canonical = await parse(generateJourney(size));
        const wrecked = await parse(messy(generateJourney(size)));
        const params = (uri: string) => ({ textDocument: { uri }, options: OPTIONS });
        const clean = await time(20, () => formatter.formatDocument(canonical, params(canonical.uri.toString())));
        const dirty = await time(20, () => formatter.formatDocument(wrecked, params(wrecked.uri.toString())));
        const edits = await formatter.formatDocument(wrecked, params(wrecked.uri.toString()));
        if (TextDocument.applyEdits(wrecked.textDocument, edits) !== canonical.textDocument.getText()) {
            throw new Error(`formatting the messy journey of ${size} touchpoints did not give the canonical one`);
        }
        table.push([String(size), String(canonical.textDocument.lineCount), `${ms(clean.median)} / ${ms(clean.p95)}`,
            `${ms(dirty.median)} / ${ms(dirty.p95)}`, String(edits.length)]);
    }
    return {
        title: 'Formatter (Node)',
        description: 'Whole-document formatting of generated journeys, parsing excluded: a file that is already canonical, and the same file with no indentation and three spaces after each keyword.',
        table,
    };
}

// One mutant through everything that reads a journey in-process: parse and
// validation, the diagram model, layout and SVG, the semantic diff (with its
// text, Markdown and JSON) and the formatter. Returns what went wrong, if anything.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { diffJourneys, diffMarks, mergedModel, pairJourneys } from '../../diagram-core/journey-diff.js';
import { formatDiff } from '../../diagram-core/diff-format.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { layoutDiagram } from '../../diagram-core/layout.js';
import { diagramToSvg } from '../../diagram-core/standalone-svg.js';
import { journeyModelsOf } from '../../language-server/journey-diff-models.js';
import { createJourneyServices, type JourneyServices } from '../../language-server/journey-module.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';

export interface Fault { kind: 'internal-error' | 'exception' | 'hang' | 'formatter-changed-tokens' | 'output-not-inert'; stage: string; detail: string }

/** Hang: more than this much CPU time on one mutant (CPU, not wall clock: the machine is shared). */
export const HANG_MICROSECONDS = 2_000_000;

export interface Example { file: string; text: string; models: DiagramModel[] }

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export class FuzzTarget {
    readonly services: JourneyServices = createJourneyServices(NodeFileSystem).Journey;
    readonly examples: Example[] = [];
    /** Mutants that still parsed without a syntax error, so reached every stage with a full tree. */
    parsedCleanly = 0;

    /** Loads and builds every example, so mutants' imports resolve as in a real folder. */
    async load(folder: string): Promise<void> {
        const files = fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
            .filter(f => f.endsWith('.journey')).sort().map(f => path.resolve(folder, f));
        const documents = this.services.shared.workspace.LangiumDocuments;
        const loaded: LangiumDocument[] = [];
        for (const file of files) loaded.push(await documents.getOrCreateDocument(URI.file(file)));
        await this.services.shared.workspace.DocumentBuilder.build(loaded, { validation: true });
        for (const [i, file] of files.entries()) {
            this.examples.push({ file, text: loaded[i].textDocument.getText(), models: journeyModelsOf(loaded[i]) });
        }
    }

    async run(example: Example, text: string): Promise<Fault[]> {
        const faults: Fault[] = [];
        const cpu = process.cpuUsage();
        const uri = URI.file(path.join(path.dirname(example.file), '.fuzz-mutant.journey'));
        const { LangiumDocuments: documents, DocumentBuilder: builder, IndexManager: index } = this.services.shared.workspace;
        const stage = async (name: string, work: () => unknown) => {
            try {
                await work();
            } catch (error) {
                faults.push({ kind: 'exception', stage: name, detail: error instanceof Error ? error.stack ?? error.message : String(error) });
            }
        };
        const document = documents.createDocument(uri, text);
        try {
            await stage('validation', async () => {
                await builder.build([document], { validation: true });
                const { lexerErrors, parserErrors } = document.parseResult;
                if (lexerErrors.length + parserErrors.length === 0) this.parsedCleanly++;
                for (const d of document.diagnostics ?? []) {
                    if (d.code === IssueCodes.InternalError) faults.push({ kind: 'internal-error', stage: 'validation', detail: String(d.message) });
                }
            });
            let models: DiagramModel[] = [];
            await stage('model', () => { models = journeyModelsOf(document); });
            await stage('layout', () => { for (const model of models) diagramToSvg(model); });
            await stage('diff', () => this.diff(example, models, faults));
            await stage('format', () => this.format(document, faults));
        } finally {
            documents.deleteDocument(uri);
            index.remove(uri);
        }
        const used = process.cpuUsage(cpu);
        if (used.user + used.system > HANG_MICROSECONDS) {
            faults.push({ kind: 'hang', stage: 'all', detail: `${Math.round((used.user + used.system) / 1000)} ms of CPU` });
        }
        return faults;
    }

    private diff(example: Example, models: DiagramModel[], faults: Fault[]): void {
        const pairs = pairJourneys(example.models, models);
        const journeys = pairs.map(p => diffJourneys(p.before, p.after));
        // The merged model of `diff --svg`, laid out; its rendering is the same code as the mutant's own.
        for (const [i, pair] of pairs.entries()) {
            diffMarks(journeys[i]);
            layoutDiagram(mergedModel(pair.before, pair.after, journeys[i]));
        }
        const files = [{ path: example.file, before: 'example', after: 'mutant', journeys }];
        for (const format of ['text', 'markdown'] as const) {
            const raw = RAW.exec(formatDiff(files, format));
            if (raw) faults.push({ kind: 'output-not-inert', stage: `diff ${format}`, detail: `U+${raw[0].charCodeAt(0).toString(16)}` });
        }
        JSON.parse(formatDiff(files, 'json'));
    }

    /** As "Format Document" does it; only whitespace may change, comments included. */
    private async format(document: LangiumDocument, faults: Fault[]): Promise<void> {
        const edits = await this.services.lsp.Formatter!.formatDocument(document, {
            textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true },
        });
        const before = document.textDocument.getText();
        const after = TextDocument.applyEdits(document.textDocument, edits);
        const [a, b] = [this.tokens(before), this.tokens(after)];
        const i = a.findIndex((token, k) => token !== b[k]);
        if (i >= 0 || a.length !== b.length) {
            faults.push({ kind: 'formatter-changed-tokens', stage: 'format', detail: `token ${i}: ${JSON.stringify(a[i])} became ${JSON.stringify(b[i])}` });
        } else if (before.replace(/\s+/g, '') !== after.replace(/\s+/g, '')) {
            // Characters the lexer could not read are no tokens: they must stay too.
            faults.push({ kind: 'formatter-changed-tokens', stage: 'format', detail: 'a character that is not whitespace changed' });
        }
    }

    /** Every token and comment in order; a `//` comment's trailing spaces are whitespace. */
    private tokens(text: string): string[] {
        const { tokens, hidden } = this.services.parser.Lexer.tokenize(text);
        return [...tokens, ...hidden].sort((x, y) => x.startOffset - y.startOffset)
            .map(t => (t.image.startsWith('//') ? t.image.trimEnd() : t.image)).filter(image => image.trim() !== '');
    }
}

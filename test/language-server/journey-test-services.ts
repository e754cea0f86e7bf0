// One set of services per test file, no file system: documents come from strings.
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver';
import { createJourneyServices } from '../../language-server/journey-module.js';
import type { JourneyFile } from '../../language-server/generated/ast.js';

export const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);

/** Parses and validates documents together (so imports between them resolve); returns the last one. */
export async function validate(text: string, others: Record<string, string> = {}): Promise<LangiumDocument<JourneyFile>> {
    await clearDocuments(services);
    for (const [name, content] of Object.entries(others)) {
        await parse(content, { documentUri: `file:///work/${name}` });
    }
    const document = await parse(text, { documentUri: 'file:///work/test.journey', validation: true });
    // Re-validate the others too, now that every document is loaded.
    await services.shared.workspace.DocumentBuilder.build(services.shared.workspace.LangiumDocuments.all.toArray(), { validation: true });
    return document;
}

export function codesOf(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => String(d.code));
}

export function withCode(document: LangiumDocument, code: string): Diagnostic[] {
    return (document.diagnostics ?? []).filter(d => d.code === code);
}

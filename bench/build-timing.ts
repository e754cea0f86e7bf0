// One whole build of a text in a fresh document (parse, index, scopes, link,
// validate), for any Langium language: the journey language and the floor are
// timed by the same code.
import { AstUtils, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

let counter = 0;

export interface BuildTiming { build: number; validation: number; statements: number }

/** Builds `text` once and removes it again. `validation` is the validator alone, run on the linked document. */
export async function timeBuild(shared: LangiumSharedServices, text: string, extension: string): Promise<BuildTiming> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
    const uri = URI.parse(`memory:///bench-${counter++}${extension}`);
    const start = performance.now();
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    const build = performance.now() - start;
    const validation = await timeValidation(shared, document);
    const statements = AstUtils.streamAst(document.parseResult.value).count() - 1;
    await DocumentBuilder.update([], [uri]);
    return { build, validation, statements };
}

async function timeValidation(shared: LangiumSharedServices, document: LangiumDocument): Promise<number> {
    const validator = shared.ServiceRegistry.getServices(document.uri).validation.DocumentValidator;
    const start = performance.now();
    await validator.validateDocument(document);
    return performance.now() - start;
}

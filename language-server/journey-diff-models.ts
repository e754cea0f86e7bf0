// Diagram models of a journey text that is not (or not as such) in the workspace:
// an older version from git, for `journey diff` and `journey/diff`. The text is
// parsed as a document next to the real file, so its relative imports resolve
// to the files as they are now (in the workspace or on disk), not as they were
// in that version.
import { URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import type { DiagramModel } from '../diagram-core/model.js';
import { isJourney, isJourneyFile } from './generated/ast.js';
import { importedUris } from './journey-imports.js';
import { isMapError } from './rules/rule-catalog.js';
import { toDiagramModel } from './to-diagram-model.js';

export interface TextModels {
    models: DiagramModel[];
    /** Errors (syntax, references, checks), as `journey check` counts them: with any, the models may be wrong or incomplete. */
    errors: number;
}

/** The diagram models of every journey in a built document. */
export function journeyModelsOf(document: LangiumDocument): DiagramModel[] {
    const root = document.parseResult.value;
    return isJourneyFile(root) ? root.elements.filter(isJourney).map(toDiagramModel) : [];
}

/** Errors in the map itself: a team rule raised to `error` fails `journey check`, but the map can still be drawn and compared. */
export const errorsIn = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? []).filter(isMapError).length;

/**
 * A URI for another version of `file`, in the same folder (so relative imports
 * resolve the same way) and still ending in `.journey`: `.shop.main.journey`.
 */
export function versionUri(file: URI, version: string): URI {
    const base = UriUtils.basename(file).replace(/\.journey$/, '');
    const tag = version.replace(/[^\w.-]+/g, '_');
    return UriUtils.joinPath(UriUtils.dirname(file), `.${base}.${tag}.journey`);
}

/**
 * Parses `text` as the document `uri`, links it, and returns its journeys as
 * diagram models, with its errors. With `readImports` (the CLI), files it imports
 * that are not loaded yet are read from disk; without (the language server), its
 * imports see the workspace as the current document does. The document, and any
 * file read only for it, is removed again, so the workspace is left as it was.
 * It is validated apart from the build, so no editor shows its problems. In a
 * language server, call this inside `WorkspaceLock.write`.
 */
export async function journeyModelsOfText(shared: LangiumSharedServices, uri: URI, text: string, readImports = true): Promise<TextModels> {
    const { LangiumDocuments: documents, DocumentBuilder: builder, IndexManager: index } = shared.workspace;
    if (documents.hasDocument(uri)) throw new Error(`a document ${uri.toString()} is already loaded`);
    const document = documents.createDocument(uri, text);
    const added: LangiumDocument[] = [document];
    try {
        const root = document.parseResult.value;
        for (const imported of isJourneyFile(root) && readImports ? importedUris(root, uri) : []) {
            if (documents.hasDocument(imported.uri)) continue;
            const file = await documents.getOrCreateDocument(imported.uri).catch(() => undefined);
            if (file) added.push(file);
        }
        await builder.build(added, { validation: false });
        const validator = shared.ServiceRegistry.getServices(uri).validation.DocumentValidator;
        return { models: journeyModelsOf(document), errors: errorsIn(await validator.validateDocument(document)) };
    } finally {
        for (const doc of added) {
            documents.deleteDocument(doc.uri);
            index.remove(doc.uri);
        }
    }
}

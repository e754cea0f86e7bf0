// Loads .journey files for the CLI the way the editor sees them: every file
// named, plus the files they import (transitively), then builds and validates.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { t } from '../../language-server/l10n.js';
import { isJourneyFile } from '../../language-server/generated/ast.js';
import { JOURNEY_EXTENSION, JourneyNodeFileSystem, refusalFor, refusalOf } from '../../language-server/journey-file-reader.js';
import { importedUris } from '../../language-server/journey-imports.js';
import { createJourneyServices, type JourneyServices } from '../../language-server/journey-module.js';
import { tell } from './cli-output.js';
import { UsageError } from './usage-error.js';

export interface JourneyWorkspace {
    services: JourneyServices;
    /** The documents of the files asked for, in the order asked. */
    documents: LangiumDocument[];
}

/** Expands files and folders (recursively) into .journey file paths, failing on paths that do not exist. */
export async function collectJourneyFiles(paths: readonly string[]): Promise<string[]> {
    const files: string[] = [];
    for (const given of paths) {
        const stat = await fs.stat(given).catch(() => undefined);
        if (!stat) throw new UsageError(t("cannot read '{0}': no such file or folder", given));
        if (stat.isDirectory()) files.push(...await journeyFilesUnder(given));
        else files.push(given);
    }
    return [...new Set(files.map(file => path.resolve(file)))];
}

/**
 * The .journey files under a folder. A link is checked when it leads to a .journey
 * file; anything else named .journey (a pipe, a device, a link elsewhere) is skipped,
 * with a note saying why, so nothing goes unchecked silently.
 */
async function journeyFilesUnder(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
    const files: string[] = [];
    for (const entry of entries) {
        const file = path.join(entry.parentPath, entry.name);
        if (!entry.name.endsWith(JOURNEY_EXTENSION) || entry.isDirectory()) continue;
        if (path.relative(folder, file).split(path.sep).some(part => part === 'node_modules' || part.startsWith('.'))) continue;
        const refusal = entry.isFile() ? undefined : refusalOrMissing(file);
        if (refusal) tell(`journey: ${t("skipped '{0}': {1}", path.relative(process.cwd(), file), refusal)}`);
        else files.push(file);
    }
    return files.sort();
}

function refusalOrMissing(file: string): string | undefined {
    try {
        return refusalOf(file);
    } catch {
        return 'it is a link to nothing (its target does not exist)';
    }
}

/** New services for a workspace; `prepare` runs on them before any file is read (e.g. to choose a config file). */
export async function workspaceServices(prepare?: (services: JourneyServices) => Promise<void>): Promise<JourneyServices> {
    const services = createJourneyServices(JourneyNodeFileSystem).Journey;
    await prepare?.(services);
    return services;
}

/** Reads, builds and validates the files in new services (or in `prepared` ones that have read nothing yet). */
export async function loadJourneyWorkspace(files: readonly string[], onProgress?: (done: number, total: number) => void,
    prepare?: (services: JourneyServices) => Promise<void>, prepared?: Promise<JourneyServices>): Promise<JourneyWorkspace> {
    const services = await (prepared ?? workspaceServices(prepare));
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents: LangiumDocument[] = [];
    for (const [i, file] of files.entries()) {
        documents.push(await readDocument(services, URI.file(path.resolve(file))));
        onProgress?.(i + 1, files.length);
    }
    const pending = [...documents];
    while (pending.length > 0) {
        const document = pending.pop()!;
        const root = document.parseResult.value;
        if (!isJourneyFile(root)) continue;
        for (const { uri } of importedUris(root, document.uri)) {
            // An import that cannot be read is reported at its line by the import check.
            if (langiumDocuments.hasDocument(uri) || !uri.path.endsWith(JOURNEY_EXTENSION)) continue;
            const imported = await langiumDocuments.getOrCreateDocument(uri).catch(() => undefined);
            if (imported) pending.push(imported);
        }
    }
    await services.shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: true });
    return { services, documents };
}

/** A file named on the command line: one the reader refuses is a usage error, with the reason. */
async function readDocument(services: JourneyServices, uri: URI): Promise<LangiumDocument> {
    const shown = path.relative(process.cwd(), uri.fsPath);
    let document: LangiumDocument;
    try {
        document = await services.shared.workspace.LangiumDocuments.getOrCreateDocument(uri);
    } catch {
        throw new UsageError(t("cannot read '{0}'", shown));
    }
    const refusal = refusalFor(services.shared.workspace.FileSystemProvider, uri);
    if (refusal) throw new UsageError(t("cannot read '{0}': {1}", shown, refusal));
    return document;
}

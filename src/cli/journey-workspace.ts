// Loads .journey files for the CLI the way the editor sees them: every file
// named, plus the files they import (transitively), then builds and validates.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { isJourneyFile } from '../../language-server/generated/ast.js';
import { importedUris } from '../../language-server/journey-imports.js';
import { createJourneyServices, type JourneyServices } from '../../language-server/journey-module.js';
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
        if (!stat) throw new UsageError(`cannot read '${given}': no such file or folder`);
        if (stat.isDirectory()) files.push(...await journeyFilesUnder(given));
        else files.push(given);
    }
    return [...new Set(files.map(file => path.resolve(file)))];
}

async function journeyFilesUnder(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true, recursive: true });
    return entries
        .filter(entry => entry.isFile() && entry.name.endsWith('.journey'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .filter(file => !file.split(path.sep).some(part => part === 'node_modules' || part.startsWith('.')))
        .sort();
}

/** `prepare` runs on the new services before any file is read (e.g. to choose a config file). */
export async function loadJourneyWorkspace(files: readonly string[], onProgress?: (done: number, total: number) => void,
    prepare?: (services: JourneyServices) => Promise<void>): Promise<JourneyWorkspace> {
    const services = createJourneyServices(NodeFileSystem).Journey;
    await prepare?.(services);
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
            if (langiumDocuments.hasDocument(uri)) continue;
            const imported = await readDocument(services, uri).catch(() => undefined);
            if (imported) pending.push(imported);
        }
    }
    await services.shared.workspace.DocumentBuilder.build([...langiumDocuments.all], { validation: true });
    return { services, documents };
}

async function readDocument(services: JourneyServices, uri: URI): Promise<LangiumDocument> {
    try {
        return await services.shared.workspace.LangiumDocuments.getOrCreateDocument(uri);
    } catch {
        throw new UsageError(`cannot read '${path.relative(process.cwd(), uri.fsPath)}'`);
    }
}

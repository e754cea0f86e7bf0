// A missing import: the path of an existing journey file with a close name
// (a typo), or a new file at that path with the definitions this file expects
// from it (the personas and departments it names that exist nowhere yet).
import { AstUtils, UriUtils, type URI } from 'langium';
import { isImport, type Import } from '../generated/ast.js';
import { resolveImport } from '../journey-imports.js';
import { closestName } from '../journey-names.js';
import { t } from '../l10n.js';
import type { FixProvider, FixRequest, QuickFix } from './quick-fix.js';
import { eolOf, nodeAt, replaceProperty } from './text-layout.js';

const JOURNEY = '.journey';
/** Definitions a new shared file can hold without anything the writer must still decide (a channel needs its mode). */
const DEFINABLE: Record<string, string> = { Persona: 'persona', Department: 'department' };

export const fixImportPath: FixProvider = async request => {
    const line = nodeAt(request.document, request.diagnostic.range.start, isImport);
    if (!line?.path) return [];
    const target = resolveImport(request.document.uri, line.path);
    const fixes: QuickFix[] = [];
    const candidates = (await candidatePaths(request, target, line.path.startsWith('./'))).filter(path => path !== line.path);
    const close = closestName(line.path, candidates);
    if (close) {
        fixes.push({ title: t('Import \'{0}\' instead', close), edits: [replaceProperty(line, 'path', JSON.stringify(close))!], preferred: true });
    }
    const exists = await request.services.shared.workspace.FileSystemProvider.exists(target).catch(() => false);
    if (line.path.endsWith(JOURNEY) && !exists) fixes.push(createFile(request, line, target));
    return fixes;
};

/** Journey files beside the missing one and in the workspace, as paths relative to this file. */
async function candidatePaths({ document, services }: FixRequest, target: URI, dotSlash: boolean): Promise<string[]> {
    const here = UriUtils.dirname(document.uri);
    const nearby = await services.shared.workspace.FileSystemProvider.readDirectory(UriUtils.dirname(target)).catch(() => []);
    const uris = [...nearby.filter(node => node.isFile).map(node => node.uri), ...services.shared.workspace.LangiumDocuments.all.map(d => d.uri)];
    const paths = uris.filter(uri => uri.path.endsWith(JOURNEY) && !UriUtils.equals(uri, document.uri))
        .map(uri => UriUtils.relative(here, uri)).map(path => (dotSlash && !path.startsWith('.') ? `./${path}` : path));
    return [...new Set(paths)];
}

function createFile(request: FixRequest, line: Import, target: URI): QuickFix {
    const eol = eolOf(request.document);
    const lines = [t('// Shared definitions for the journeys that import this file.'), ...missingDefinitions(request)];
    return {
        title: t('Create \'{0}\'', line.path),
        edits: [],
        createFile: { uri: target.toString(), text: lines.join(eol) + eol },
    };
}

/** `persona x` and `department y` for the ids this file names that nothing defines. */
function missingDefinitions({ document, services }: FixRequest): string[] {
    const reflection = services.shared.AstReflection;
    const lines = AstUtils.streamAst(document.parseResult.value).flatMap(node => AstUtils.streamReferences(node))
        .filter(info => info.reference.error !== undefined)
        .map(info => {
            const keyword = DEFINABLE[reflection.getReferenceType(info)];
            return keyword && info.reference.$refText ? `${keyword} ${info.reference.$refText}` : undefined;
        })
        .nonNullable().toArray();
    return [...new Set(lines)];
}

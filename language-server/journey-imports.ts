// How a file finds definitions in other files: `import "path"` relative to the
// importing file. The editor and the CLI both resolve imports with this.
import { UriUtils, type URI } from 'langium';
import type { Import, JourneyFile } from './generated/ast.js';

export function resolveImport(importer: URI, path: string): URI {
    return UriUtils.resolvePath(UriUtils.dirname(importer), path);
}

export function importedUris(file: JourneyFile, fileUri: URI): Array<{ line: Import; uri: URI }> {
    return file.imports
        .filter(line => (line.path ?? '').trim() !== '')
        .map(line => ({ line, uri: resolveImport(fileUri, line.path) }));
}

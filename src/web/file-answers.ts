// The editor's answers to the web server's file requests (file-system-protocol.ts):
// only journeys and journey.config.json are read, never links, up to the size the
// Node reader allows. No VS Code here: `EditorFiles` is vscode.workspace.fs in the
// extension (workspace-files.ts) and a map in the tests.
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAME, JOURNEY_EXTENSION, MAX_FILE_BYTES, megabytes } from '../../language-server/file-limits.js';
import type { DirectoryEntry, FileStat, ReadFileResult } from '../../language-server/file-system-protocol.js';
import { t } from '../../language-server/l10n.js';

export interface FileFacts { isFile: boolean; isDirectory: boolean; isLink: boolean; size: number }
export interface EditorFiles {
    /** What is at the URI; undefined when nothing (readable) is. */
    stat(uri: string): Promise<FileFacts | undefined>;
    read(uri: string): Promise<Uint8Array>;
    list(uri: string): Promise<Array<{ uri: string; name: string; isFile: boolean; isDirectory: boolean }>>;
}

const fileName = (uri: string) => URI.parse(uri).path.split('/').pop() ?? '';
const isJourney = (name: string) => name.endsWith(JOURNEY_EXTENSION);

export async function answerStat(files: EditorFiles, uri: string): Promise<FileStat | null> {
    const facts = await files.stat(uri);
    return facts ? { isFile: facts.isFile, isDirectory: facts.isDirectory } : null;
}

export async function answerReadFile(files: EditorFiles, uri: string): Promise<ReadFileResult> {
    const name = fileName(uri);
    if (!isJourney(name) && name !== CONFIG_FILE_NAME) return { refused: t('it is not a {0} file', JOURNEY_EXTENSION) };
    const facts = await files.stat(uri);
    if (!facts) throw new Error(t('{0} does not exist', uri));
    // Where a link leads cannot be seen through VS Code's file system: links are not followed.
    if (facts.isLink) return { refused: t('it is a link; links are not followed in the browser') };
    if (!facts.isFile) return { refused: t('it is a folder, not a file') };
    if (facts.size > MAX_FILE_BYTES) return { refused: t('it is {0}; files are read up to {1}', megabytes(facts.size), megabytes(MAX_FILE_BYTES)) };
    const bytes = await files.read(uri);
    if (bytes.length > MAX_FILE_BYTES) return { refused: t('it is larger than {0}, the most files are read up to', megabytes(MAX_FILE_BYTES)) };
    return { text: new TextDecoder().decode(bytes) };
}

/** Folders and journeys only: the server's workspace scan looks for nothing else. */
export async function answerReadDirectory(files: EditorFiles, uri: string): Promise<DirectoryEntry[]> {
    return (await files.list(uri))
        .filter(entry => entry.isDirectory || (entry.isFile && isJourney(entry.name)))
        .map(({ uri, isFile, isDirectory }) => ({ uri, isFile, isDirectory }));
}

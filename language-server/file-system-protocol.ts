// The language server in a web worker has no disk: it asks the editor for the
// files it needs (imports, the workspace scan, journey.config.json), and the
// editor answers through vscode.workspace.fs (src/web/workspace-files.ts).
import { RequestType } from 'vscode-languageserver-protocol';

export interface FileUriParams { uri: string }
export interface FileStat { isFile: boolean; isDirectory: boolean }
export interface DirectoryEntry extends FileStat { uri: string }

/** The text of a journey or of journey.config.json, or why the editor will not read it (too large, not a file…). */
export type ReadFileResult = { text: string } | { refused: string };

/** What is at the URI; null when nothing is. */
export const StatRequest = new RequestType<FileUriParams, FileStat | null, void>('journey/stat');
export const ReadFileRequest = new RequestType<FileUriParams, ReadFileResult, void>('journey/readFile');
/** The folders and journey files in a folder (other files are left out: the server reads nothing else from a scan). */
export const ReadDirectoryRequest = new RequestType<FileUriParams, DirectoryEntry[], void>('journey/readDirectory');

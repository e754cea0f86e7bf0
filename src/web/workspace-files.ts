// The web extension answers the language server's file requests through
// vscode.workspace.fs, which reads whatever the workspace is: a GitHub repository
// on github.dev, a remote folder in code-server, a local folder on vscode.dev.
import { FileType, Uri, workspace, type Disposable, type FileStat as VsFileStat } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../../language-server/file-system-protocol.js';
import { answerReadDirectory, answerReadFile, answerStat, type EditorFiles, type FileFacts } from './file-answers.js';

const has = (type: FileType, flag: FileType) => (type & flag) !== 0;

const facts = (stat: VsFileStat): FileFacts => ({
    isFile: has(stat.type, FileType.File),
    isDirectory: has(stat.type, FileType.Directory),
    isLink: has(stat.type, FileType.SymbolicLink),
    size: stat.size,
});

const workspaceFiles: EditorFiles = {
    stat: async uri => {
        try {
            return facts(await workspace.fs.stat(Uri.parse(uri)));
        } catch {
            return undefined;   // missing, or not readable: nothing to read either way
        }
    },
    read: async uri => workspace.fs.readFile(Uri.parse(uri)),
    list: async uri => {
        const folder = Uri.parse(uri);
        return (await workspace.fs.readDirectory(folder)).map(([name, type]) => ({
            name,
            uri: Uri.joinPath(folder, name).toString(),
            // A link is listed as what it is, not what it leads to: the scan does not follow it.
            isFile: type === FileType.File,
            isDirectory: type === FileType.Directory,
        }));
    },
};

/** Registered before the client starts: the server scans the workspace as soon as it is initialized. */
export function answerFileRequests(client: BaseLanguageClient): Disposable[] {
    return [
        client.onRequest(StatRequest, ({ uri }) => answerStat(workspaceFiles, uri)),
        client.onRequest(ReadFileRequest, ({ uri }) => answerReadFile(workspaceFiles, uri)),
        client.onRequest(ReadDirectoryRequest, ({ uri }) => answerReadDirectory(workspaceFiles, uri)),
    ];
}

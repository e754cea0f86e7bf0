// Langium's file system for the language server in a web worker: every read is a
// request to the editor (file-system-protocol.ts), which reads through VS Code, so
// imports and the workspace scan work in a virtual workspace (github.dev, vscode.dev).
// Like the Node reader, a file the editor refuses reads as empty and `refusalFor`
// tells why. A client that does not answer these requests (the playground) leaves
// the server without files, as EmptyFileSystem would.
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { ErrorCodes, ResponseError, type RequestType } from 'vscode-languageserver';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest, type FileUriParams } from './file-system-protocol.js';

/** The part of the server's connection this needs. */
export interface FileRequester {
    sendRequest<R>(type: RequestType<FileUriParams, R, void>, params: FileUriParams): Promise<R>;
}

export class ClientFileSystemProvider implements FileSystemProvider {
    private readonly refusals = new Map<string, string>();
    private clientAnswers = true;

    constructor(private readonly client: FileRequester) {}

    refusalFor(uri: URI): string | undefined {
        return this.refusals.get(uri.toString());
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const stat = await this.ask(StatRequest, uri);
        if (!stat) throw new Error(`${uri.toString()} does not exist`);
        return { uri, isFile: stat.isFile, isDirectory: stat.isDirectory };
    }

    async exists(uri: URI): Promise<boolean> {
        return this.stat(uri).then(() => true, () => false);
    }

    async readFile(uri: URI): Promise<string> {
        const result = await this.ask(ReadFileRequest, uri);
        if ('refused' in result) {
            this.refusals.set(uri.toString(), result.refused);
            return '';
        }
        this.refusals.delete(uri.toString());
        return result.text;
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await this.ask(ReadDirectoryRequest, uri);
        return entries.map(entry => ({ uri: URI.parse(entry.uri), isFile: entry.isFile, isDirectory: entry.isDirectory }));
    }

    // A worker cannot wait for the editor's answer; Langium itself only reads asynchronously.
    statSync(): FileSystemNode { throw synchronous(); }
    existsSync(): boolean { throw synchronous(); }
    readBinarySync(): Uint8Array { throw synchronous(); }
    readFileSync(): string { throw synchronous(); }
    readDirectorySync(): FileSystemNode[] { throw synchronous(); }

    private async ask<R>(type: RequestType<FileUriParams, R, void>, uri: URI): Promise<R> {
        if (!this.clientAnswers) throw new Error(`the editor does not read files for the language server (${type.method})`);
        try {
            return await this.client.sendRequest(type, { uri: uri.toString() });
        } catch (error) {
            if (error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound) this.clientAnswers = false;
            throw error;
        }
    }
}

const synchronous = () => new Error('the language server in a web worker reads files only asynchronously');

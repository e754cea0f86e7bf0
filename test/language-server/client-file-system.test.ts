// The language server in a web worker reads files by asking the editor
// (journey/stat, journey/readFile, journey/readDirectory). Here the editor's real
// answers (src/web/file-answers.ts) come from an in-memory workspace with a
// virtual scheme, as on github.dev: the scan at start finds the journeys, an
// import resolves, a refused import says why, and a client that does not answer
// (the playground) leaves the server without files instead of failing.
import { URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { ClientFileSystemProvider, type FileRequester } from '../../language-server/client-file-system.js';
import { MAX_FILE_BYTES } from '../../language-server/file-limits.js';
import { ReadDirectoryRequest, ReadFileRequest, StatRequest } from '../../language-server/file-system-protocol.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { answerReadDirectory, answerReadFile, answerStat, type EditorFiles } from '../../src/web/file-answers.js';

const ROOT = 'vscode-vfs://github/acme/maps';
const COMPANY = 'department sales "Sales"\nchannel store "Store" physical\n';
const shop = (importPath: string) => `import "${importPath}"
journey shop "Shop" {
    phase visit "Visit" {
        owner sales
    }
    touchpoint counter "Counter" {
        in visit
        via store
    }
}
`;

/** The editor's side over an in-memory workspace: paths under ROOT → text, or a size for a file too large to hold. */
function editor(workspace: Record<string, string | number>): { requester: FileRequester; asked: string[] } {
    const asked: string[] = [];
    const entry = (uri: string) => workspace[uri.slice(ROOT.length + 1)];
    const isFolder = (uri: string) => Object.keys(workspace).some(path => `${ROOT}/${path}`.startsWith(`${uri}/`));
    const files: EditorFiles = {
        stat: async uri => {
            const value = entry(uri);
            if (value !== undefined) return { isFile: true, isDirectory: false, isLink: false, size: typeof value === 'number' ? value : value.length };
            return isFolder(uri) ? { isFile: false, isDirectory: true, isLink: false, size: 0 } : undefined;
        },
        read: async uri => new TextEncoder().encode(String(entry(uri))),
        list: async uri => {
            const names = new Set(Object.keys(workspace).map(path => `${ROOT}/${path}`)
                .filter(path => path.startsWith(`${uri}/`)).map(path => path.slice(uri.length + 1).split('/')[0]));
            return [...names].map(name => ({ name, uri: `${uri}/${name}`, isFile: entry(`${uri}/${name}`) !== undefined, isDirectory: isFolder(`${uri}/${name}`) }));
        },
    };
    const answers: Record<string, (uri: string) => Promise<unknown>> = {
        [StatRequest.method]: uri => answerStat(files, uri),
        [ReadFileRequest.method]: uri => answerReadFile(files, uri),
        [ReadDirectoryRequest.method]: uri => answerReadDirectory(files, uri),
    };
    const requester: FileRequester = {
        sendRequest: async (type, { uri }) => {
            asked.push(`${type.method} ${uri.slice(ROOT.length)}`);
            return answers[type.method](uri) as never;
        },
    };
    return { requester, asked };
}

async function openWorkspace(requester: FileRequester) {
    const { shared } = createJourneyServices({ fileSystemProvider: () => new ClientFileSystemProvider(requester) });
    await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'maps', uri: ROOT }]);
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const problems = (path: string) => (shared.workspace.LangiumDocuments.getDocument(URI.parse(`${ROOT}/${path}`))?.diagnostics ?? [])
        .filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
    return { paths: documents.map(d => d.uri.toString().slice(ROOT.length + 1)).sort(), problems };
}

describe('a virtual workspace read through the editor', () => {
    test('the scan at start finds the journeys in every folder (and nothing else), and imports resolve', async () => {
        const { requester, asked } = editor({
            'company.journey': COMPANY, 'stores/shop.journey': shop('../company.journey'), 'README.md': '# maps', 'journey.config.json': '{}',
        });
        const { paths, problems } = await openWorkspace(requester);
        expect(paths).toEqual(['company.journey', 'stores/shop.journey']);
        expect(problems('stores/shop.journey')).toEqual([]);
        expect(asked).toContain('journey/readDirectory /stores');
        expect(asked).not.toContain('journey/readFile /README.md');
    });

    test('the team rules in journey.config.json are read through the editor too', async () => {
        const { requester, asked } = editor({
            'company.journey': COMPANY, 'shop.journey': shop('company.journey'), 'journey.config.json': '{ "extends": "strict" }',
        });
        await openWorkspace(requester);
        expect(asked).toContain('journey/readFile /journey.config.json');
    });

    test('an import the editor refuses to read is reported with its reason', async () => {
        const { requester } = editor({ 'huge.journey': MAX_FILE_BYTES + 1024 * 1024, 'shop.journey': shop('huge.journey') });
        const { problems } = await openWorkspace(requester);
        expect(problems('shop.journey')).toContainEqual(
            "import-not-found: Cannot read 'huge.journey': it is 17.0 MB; files are read up to 16.0 MB.");
    });
});

test('a client that does not read files (the playground) is asked once, then the server goes on without files', async () => {
    let asked = 0;
    const provider = new ClientFileSystemProvider({
        sendRequest: async () => {
            asked++;
            throw new ResponseError(ErrorCodes.MethodNotFound, 'Unhandled method journey/stat');
        },
    });
    await expect(provider.stat(URI.parse(`${ROOT}/a.journey`))).rejects.toThrow(/Unhandled method/);
    expect(await provider.exists(URI.parse(`${ROOT}/b.journey`))).toBe(false);
    await expect(provider.readDirectory(URI.parse(ROOT))).rejects.toThrow(/does not read files/);
    expect(asked).toBe(1);
});

test('synchronous reads are refused: a worker cannot wait for the editor', () => {
    const provider = new ClientFileSystemProvider({ sendRequest: async () => null as never });
    expect(() => provider.readFileSync()).toThrow(/only asynchronously/);
});

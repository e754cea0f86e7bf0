// The web extension answers the worker server's file requests: journeys and
// journey.config.json only, never links or folders, up to 16 MB, checked before
// a byte is read. `EditorFiles` is a map here, vscode.workspace.fs in the editor.
import { describe, expect, test } from 'vitest';
import { MAX_FILE_BYTES } from '../../language-server/file-limits.js';
import { answerReadDirectory, answerReadFile, answerStat, type EditorFiles, type FileFacts } from '../../src/web/file-answers.js';

const ROOT = 'vscode-vfs://github/acme/maps';
const file = (size: number, more: Partial<FileFacts> = {}): FileFacts => ({ isFile: true, isDirectory: false, isLink: false, size, ...more });

/** A workspace of `facts`, with texts for the ones that may be read; records what was read. */
function editorFiles(facts: Record<string, FileFacts>, texts: Record<string, string> = {}, grownTo?: number) {
    const reads: string[] = [];
    const files: EditorFiles = {
        stat: async uri => facts[uri.slice(ROOT.length + 1)],
        read: async uri => {
            reads.push(uri.slice(ROOT.length + 1));
            return grownTo ? new Uint8Array(grownTo) : new TextEncoder().encode(texts[uri.slice(ROOT.length + 1)] ?? '');
        },
        list: async () => Object.entries(facts).map(([name, f]) => ({ name, uri: `${ROOT}/${name}`, isFile: f.isFile && !f.isLink, isDirectory: f.isDirectory })),
    };
    return { files, reads };
}

describe('readFile', () => {
    test('reads a journey and the team rules, as UTF-8', async () => {
        const { files } = editorFiles({ 'a.journey': file(20), 'journey.config.json': file(12) },
            { 'a.journey': 'journey a "Café" {}', 'journey.config.json': '{ "rules": {} }' });
        expect(await answerReadFile(files, `${ROOT}/a.journey`)).toEqual({ text: 'journey a "Café" {}' });
        expect(await answerReadFile(files, `${ROOT}/journey.config.json`)).toEqual({ text: '{ "rules": {} }' });
    });

    test.each([
        ['secret.txt', file(6), 'it is not a .journey file'],
        ['other.json', file(6), 'it is not a .journey file'],
        ['link.journey', file(6, { isLink: true }), 'it is a link; links are not followed in the browser'],
        ['folder.journey', file(0, { isFile: false, isDirectory: true }), 'it is a folder, not a file'],
        ['huge.journey', file(MAX_FILE_BYTES + 1024 * 1024), 'it is 17.0 MB; files are read up to 16.0 MB'],
    ])('refuses %s before reading it: %s', async (name, facts, reason) => {
        const { files, reads } = editorFiles({ [name]: facts });
        expect(await answerReadFile(files, `${ROOT}/${name}`)).toEqual({ refused: reason });
        expect(reads).toEqual([]);
    });

    test('refuses a file that grew past the limit after it was looked at', async () => {
        const { files } = editorFiles({ 'a.journey': file(10) }, {}, MAX_FILE_BYTES + 1);
        expect(await answerReadFile(files, `${ROOT}/a.journey`)).toEqual({ refused: 'it is larger than 16.0 MB, the most files are read up to' });
    });

    test('a missing file is an error, as on disk', async () => {
        const { files } = editorFiles({});
        await expect(answerReadFile(files, `${ROOT}/gone.journey`)).rejects.toThrow(/does not exist/);
    });
});

test('stat tells files from folders, and nothing from a missing file', async () => {
    const { files } = editorFiles({ 'a.journey': file(1), maps: file(0, { isFile: false, isDirectory: true }) });
    expect(await answerStat(files, `${ROOT}/a.journey`)).toEqual({ isFile: true, isDirectory: false });
    expect(await answerStat(files, `${ROOT}/maps`)).toEqual({ isFile: false, isDirectory: true });
    expect(await answerStat(files, `${ROOT}/gone.journey`)).toBeNull();
});

test('a folder lists its sub-folders and journeys, nothing else, and no links', async () => {
    const { files } = editorFiles({
        'a.journey': file(1), 'notes.md': file(1), 'link.journey': file(1, { isLink: true }), sub: file(0, { isFile: false, isDirectory: true }),
    });
    expect(await answerReadDirectory(files, ROOT)).toEqual([
        { uri: `${ROOT}/a.journey`, isFile: true, isDirectory: false },
        { uri: `${ROOT}/sub`, isFile: false, isDirectory: true },
    ]);
});

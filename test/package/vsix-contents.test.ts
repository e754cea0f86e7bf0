// What `vsce package` puts in the .vsix, decided by .vscodeignore: the bundles,
// never their source maps (a development build leaves them next to the bundles).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, test } from 'vitest';

const vsce = createRequire(import.meta.url)('@vscode/vsce') as {
    listFiles(options: { cwd: string; packageManager: number }): Promise<string[]>;
    PackageManager: { None: number };
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-vsix-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the package holds the bundles (desktop and web) and the webview, and no source maps', async () => {
    for (const file of ['package.json', '.vscodeignore', 'language-configuration.json', 'README.md', 'LICENSE']) {
        fs.copyFileSync(file, path.join(dir, file));
    }
    const built = ['extension.js', 'language-server.js', 'web/extension.js', 'language-server-browser.js', 'cli.js', 'webview/diagram.js', 'webview/diagram.css'];
    for (const file of built.flatMap(f => [f, `${f}.map`])) {
        fs.mkdirSync(path.dirname(path.join(dir, 'dist', file)), { recursive: true });
        fs.writeFileSync(path.join(dir, 'dist', file), '');
    }
    const files = (await vsce.listFiles({ cwd: dir, packageManager: vsce.PackageManager.None })).map(f => f.split(path.sep).join('/'));
    expect(files.filter(f => f.endsWith('.map'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/extension.js', 'dist/language-server.js', 'dist/webview/diagram.js', 'dist/webview/diagram.css']));
    // VS Code for the Web: the `browser` entry and the server it starts in a web worker.
    expect(files).toEqual(expect.arrayContaining(['dist/web/extension.js', 'dist/language-server-browser.js']));
});

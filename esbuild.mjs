// Bundles the extension, the language server and the CLI into dist/ (CommonJS
// for Node 20 and the VS Code extension host), and the diagram webview into
// dist/webview/ (an IIFE script and its CSS for the browser). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const node = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: !minify,
    minify,
    logLevel: 'info',
    outdir: 'dist',
    external: ['vscode'],
};

// The webview is only a view: it may import our own files (webview/, diagram-core/),
// never langium, vscode, Node built-ins or other packages.
const ownFilesOnly = {
    name: 'own-files-only',
    setup(build) {
        build.onResolve({ filter: /^[^./]/ }, args => ({
            errors: [{ text: `the webview must not import '${args.path}' (imported by ${args.importer})` }],
        }));
    },
};

const browser = {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    sourcemap: !minify,
    minify,
    logLevel: 'info',
    outdir: 'dist',
    plugins: [ownFilesOnly],
};

// The font the diagram is measured with (diagram-core/text-metrics.ts), with its
// licence: `journey render` draws PNGs with it, so they look the same on every machine.
const ARIMO = 'node_modules/@expo-google-fonts/arimo';
mkdirSync('dist/fonts', { recursive: true });
copyFileSync(`${ARIMO}/400Regular/Arimo_400Regular.ttf`, 'dist/fonts/Arimo-Regular.ttf');
copyFileSync(`${ARIMO}/700Bold/Arimo_700Bold.ttf`, 'dist/fonts/Arimo-Bold.ttf');
copyFileSync(`${ARIMO}/LICENSE_FONT`, 'dist/fonts/OFL.txt');

// The language server for a web worker: the same services, no Node built-ins (esbuild fails on one).
const worker = { ...browser, plugins: [], format: 'iife' };
// The extension for VS Code for the Web (package.json `browser`): CommonJS for the web worker
// extension host, `vscode` from the host, and no Node built-ins (esbuild fails on one).
const webExtension = { ...browser, plugins: [], format: 'cjs', external: ['vscode'] };

const contexts = await Promise.all([
    esbuild.context({ ...worker, entryPoints: { 'language-server-browser': 'language-server/main-browser.ts' } }),
    esbuild.context({ ...node, entryPoints: { extension: 'src/extension/main.ts' } }),
    esbuild.context({ ...webExtension, entryPoints: { 'web/extension': 'src/web/extension.ts' } }),
    esbuild.context({ ...node, entryPoints: { 'language-server': 'language-server/main.ts' } }),
    // resvg loads a native binary from its platform package (an npm dependency): keep it outside the bundle;
    // opentype.js too (PNGs only): inside, its 250 kB would lengthen every command's start.
    // dist/cli.js is the command: it starts the bundle, cli-main.js, with its code cache (src/cli/boot.ts).
    esbuild.context({ ...node, entryPoints: { 'cli-main': 'src/cli/main.ts' }, external: ['vscode', '@resvg/resvg-js', 'opentype.js'] }),
    esbuild.context({ ...node, entryPoints: { cli: 'src/cli/boot.ts' }, banner: { js: '#!/usr/bin/env node' }, sourcemap: false }),
    esbuild.context({
        ...browser,
        entryPoints: [{ in: 'webview/main.ts', out: 'webview/diagram' }, { in: 'webview/styles.css', out: 'webview/diagram' }],
    }),
]);

if (watch) {
    // Not rewritten on each change: the CLI would start without it anyway (src/cli/boot.ts), so away with it.
    rmSync('dist/cli-main.cache', { force: true });
    await Promise.all(contexts.map(ctx => ctx.watch()));
} else {
    await Promise.all(contexts.map(ctx => ctx.rebuild()));
    await Promise.all(contexts.map(ctx => ctx.dispose()));
    chmodSync('dist/cli.js', 0o755);
    writeCliCodeCache();
}

/** One render of an example writes V8's code cache of the CLI bundle, with what a render compiles (src/cli/boot.ts). */
function writeCliCodeCache() {
    const out = mkdtempSync(path.join(tmpdir(), 'journey-cache-'));
    try {
        execFileSync(process.execPath, ['dist/cli.js', 'render', 'examples/floor-renovation.journey', '-o', path.join(out, 'map.svg')],
            { env: { ...process.env, JOURNEY_WRITE_CODE_CACHE: '1' }, stdio: 'ignore' });
    } finally {
        rmSync(out, { recursive: true, force: true });
    }
}

// Builds the playground (playground/) into dist/playground/: static files that work
// from file:// or any static host with no network requests. Its two workers (the
// language server and Monaco's editor worker) are inlined into the page's script as
// text and started from Blob URLs: a worker cannot be loaded from a file:// URL.
// The PNG renderer (resvg-wasm and the Arimo font) is a separate script, loaded on
// the first PNG download, so it does not slow down the first diagram.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import './polyfill.mjs';

const OUT = 'dist/playground';
const common = { bundle: true, platform: 'browser', target: 'chrome114', minify: true, logLevel: 'warning', legalComments: 'none' };

/** Bundles one worker entry to an IIFE script, returned as text. */
async function workerText(entry) {
    const result = await esbuild.build({ ...common, entryPoints: [entry], format: 'iife', write: false });
    return result.outputFiles[0].text;
}

/** Bundles a TypeScript module for Node and returns its exports (for constants shared with the build). */
async function importTs(entry) {
    const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
    return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

/** `import text from 'inline-worker:NAME'` gives the worker script's text. */
function inlineWorkers(workers) {
    return {
        name: 'inline-workers',
        setup(build) {
            build.onResolve({ filter: /^inline-worker:/ }, args => ({ path: args.path.slice('inline-worker:'.length), namespace: 'inline-worker' }));
            build.onLoad({ filter: /.*/, namespace: 'inline-worker' }, args => ({ contents: workers[args.path], loader: 'text' }));
        },
    };
}

/**
 * The page imports a few pure functions from CLI files (newJourneyText, resolveCustomProperties)
 * whose other functions use Node and the CLI's packages. Those imports resolve to an empty module
 * without side effects, so they are left out; the build fails if one is bundled after all.
 */
const CLI_ONLY = /^(node:.*|commander|@resvg\/resvg-js)$/;
const cliOnly = {
    name: 'cli-only',
    setup(build) {
        build.onResolve({ filter: CLI_ONLY }, args => ({ path: args.path, namespace: 'cli-only', sideEffects: false }));
        build.onLoad({ filter: /.*/, namespace: 'cli-only' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
};

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const [server, editor] = await Promise.all([
    workerText('language-server/main-browser.ts'),
    workerText('node_modules/monaco-editor/esm/vs/editor/editor.worker.js'),
]);

const built = await Promise.all([
    esbuild.build({
        ...common,
        entryPoints: { playground: 'playground/main.ts' },
        outdir: OUT,
        format: 'iife',
        plugins: [inlineWorkers({ server, editor }), cliOnly],
        // Monaco's icon font goes into the CSS: a font file is not loaded from file:// pages.
        loader: { '.ttf': 'dataurl', '.journey': 'text' },
        metafile: true,
    }),
    esbuild.build({
        ...common,
        entryPoints: { png: 'playground/png-renderer.ts' },
        outdir: OUT,
        format: 'iife',
        plugins: [cliOnly],
        loader: { '.wasm': 'binary', '.ttf': 'binary' },
        metafile: true,
    }),
]);
const bundledCliOnly = built.flatMap(({ metafile }) => Object.values(metafile.outputs))
    .flatMap(output => Object.entries(output.inputs).filter(([input, { bytesInOutput }]) => input.startsWith('cli-only:') && bytesInOutput > 0));
if (bundledCliOnly.length) throw new Error(`the playground uses CLI-only modules: ${bundledCliOnly.map(([input]) => input).join(', ')}`);

// The diagram's own rules, inlined by the extension's page; here a file, as the CSP allows no inline style.
const { DIAGRAM_CSS } = await importTs('diagram-core/diagram-style.ts');
writeFileSync(`${OUT}/diagram.css`, DIAGRAM_CSS);
copyFileSync('playground/index.html', `${OUT}/index.html`);
copyFileSync('node_modules/@expo-google-fonts/arimo/LICENSE_FONT', `${OUT}/OFL.txt`);

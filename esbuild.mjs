// Bundles the extension, the language server and the CLI into dist/ (CommonJS
// for Node 20 and the VS Code extension host). `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';

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

const contexts = await Promise.all([
    esbuild.context({ ...node, entryPoints: { extension: 'src/extension/main.ts' } }),
    esbuild.context({ ...node, entryPoints: { 'language-server': 'language-server/main.ts' } }),
    // resvg loads a native binary from its platform package (an npm dependency): keep it outside the bundle.
    esbuild.context({ ...node, entryPoints: { cli: 'src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' }, external: ['vscode', '@resvg/resvg-js'] }),
]);

if (watch) {
    await Promise.all(contexts.map(ctx => ctx.watch()));
} else {
    await Promise.all(contexts.map(ctx => ctx.rebuild()));
    await Promise.all(contexts.map(ctx => ctx.dispose()));
    chmodSync('dist/cli.js', 0o755);
}

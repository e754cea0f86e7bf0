// Runs a TypeScript entry (benchmarks, one-off tools) by bundling it with esbuild first.
import * as esbuild from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import './polyfill.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
    console.error('usage: node scripts/run-ts.mjs FILE.ts [args…]');
    process.exit(2);
}
mkdirSync('dist/tools', { recursive: true });
const outfile = `dist/tools/${entry.replace(/[\\/]/g, '_').replace(/\.ts$/, '')}.mjs`;
// Packages stay external (loaded from node_modules), except jsonc-parser: its ESM build imports
// files without extensions, which only a bundler resolves.
const externalPackages = {
    name: 'external-packages',
    setup(build) {
        build.onResolve({ filter: /^[^./]/ }, args => args.path.startsWith('jsonc-parser') ? undefined : { path: args.path, external: true });
    },
};
await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    plugins: [externalPackages], sourcemap: 'inline',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);

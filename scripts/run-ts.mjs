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
await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
    packages: 'external', sourcemap: 'inline',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);

// `journey` (dist/cli.js): starts the CLI bundle (cli-main.js beside it) with the V8
// code cache written at build time (cli-main.cache), so a start does not compile
// the bundle again. V8 refuses a cache from another Node version or of another
// bundle; then the bundle is compiled as usual. Node 20 has no compile cache of its own.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

/** Set by esbuild.mjs when it runs a render once to write the cache. */
const WRITE_CACHE = 'JOURNEY_WRITE_CODE_CACHE';

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

function start(): void {
    const bundle = path.join(__dirname, 'cli-main.js');
    const cacheFile = path.join(__dirname, 'cli-main.cache');
    const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
    // No import() in the bundle: Node 20 runs it only for scripts compiled without a cache.
    const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
    if (process.env[WRITE_CACHE] === '1') {
        // After the run, so the functions it compiled (parser, validation, layout) are in the cache too.
        process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
    }
    const main = new Module(bundle, module);
    main.filename = bundle;
    const run = script.runInThisContext() as ModuleFunction;
    // The bundle's __filename is this file: `journey check` starts its worker threads from it, with the cache too.
    run.call(main.exports, main.exports, createRequire(bundle), main, __filename, __dirname);
}

start();

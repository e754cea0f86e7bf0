// `journey` (dist/cli.js): starts the CLI bundle (cli-main.js beside it) with the V8
// code cache written at build time (cli-main.cache), so a start does not compile
// the bundle again. Node 20 has no compile cache of its own. V8 refuses a cache
// of another Node version; then the bundle is compiled as usual.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';

/** Set by esbuild.mjs when it runs a render once to write the cache. */
const WRITE_CACHE = 'JOURNEY_WRITE_CODE_CACHE';
/** The cache starts with the SHA-256 of the bundle it was made from: V8 itself compares only the length. */
const DIGEST_LENGTH = 32;

type ModuleFunction = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

/** The cache's V8 part, when it was made from `source`. */
function cacheFor(source: string, cache: Buffer | undefined): Buffer | undefined {
    const digest = createHash('sha256').update(source).digest();
    return cache && cache.length > DIGEST_LENGTH && cache.subarray(0, DIGEST_LENGTH).equals(digest) ? cache.subarray(DIGEST_LENGTH) : undefined;
}

function start(): void {
    const bundle = path.join(__dirname, 'cli-main.js');
    const cacheFile = path.join(__dirname, 'cli-main.cache');
    const source = readFileSync(bundle, 'utf8');
    const cachedData = cacheFor(source, existsSync(cacheFile) ? readFileSync(cacheFile) : undefined);
    // No import() in the bundle: Node 20 runs it only for scripts compiled without a cache.
    const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
    if (process.env[WRITE_CACHE] === '1') {
        // After the run, so the functions it compiled (parser, validation, layout) are in the cache too.
        process.once('exit', () => writeFileSync(cacheFile, Buffer.concat([createHash('sha256').update(source).digest(), script.createCachedData()])));
    }
    const main = new Module(bundle, module);
    main.filename = bundle;
    const run = script.runInThisContext() as ModuleFunction;
    // The bundle's __filename is this file: `journey check` starts its worker threads from it, with the cache too.
    run.call(main.exports, main.exports, createRequire(bundle), main, __filename, __dirname);
}

start();

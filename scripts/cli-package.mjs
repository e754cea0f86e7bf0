// Lays out the CLI's npm package in dist/npm/ from the built bundle (run `npm run build`
// first): the bundle, its fonts, the package README and the LICENSE, and a manifest with
// only what the bundle needs at run time. `npm pack dist/npm` makes the tarball.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CLI_PACKAGE = '@journey-maps/cli';
const CLI_PACKAGE_DIR = 'dist/npm';

// What esbuild.mjs leaves outside the CLI bundle (resvg: a native binary per platform).
// test/package/ checks that the bundle requires nothing else.
export const RUNTIME_DEPENDENCIES = ['@resvg/resvg-js'];

/** The manifest: name, bin, files and engines of the CLI; version, licence and pins from the root package.json. */
export function cliManifest(root, withFonts) {
    return {
        name: CLI_PACKAGE,
        version: root.version,
        description: 'Customer journey maps as code: check, diff, draw and format .journey files, in CI and code review.',
        keywords: ['customer-journey', 'journey-map', 'service-blueprint', 'cx', 'cli'],
        license: root.license,
        repository: root.repository,
        homepage: root.homepage,
        bugs: root.bugs,
        bin: { journey: 'cli.js' },
        files: ['cli.js', ...(withFonts ? ['fonts/'] : []), 'README.md', 'LICENSE', 'CHANGELOG.md'],
        engines: { node: root.engines.node },
        dependencies: Object.fromEntries(RUNTIME_DEPENDENCIES.map(name => [name, root.dependencies[name]])),
    };
}

/** Writes the package's folder (dist/npm/ unless told otherwise) and returns its path. */
export function buildCliPackage(out = CLI_PACKAGE_DIR) {
    if (!existsSync('dist/cli.js')) throw new Error('dist/cli.js is missing: run `npm run build` first.');
    const root = JSON.parse(readFileSync('package.json', 'utf8'));
    const withFonts = existsSync('dist/fonts');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // The source map stays behind (twice the bundle's size); so does the comment that points to it.
    const bundle = readFileSync('dist/cli.js', 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    writeFileSync(`${out}/cli.js`, bundle, { mode: 0o755 });
    // The CLI finds its fonts beside itself, as in dist/.
    if (withFonts) cpSync('dist/fonts', `${out}/fonts`, { recursive: true });
    cpSync('docs/cli-package.md', `${out}/README.md`);
    cpSync('LICENSE', `${out}/LICENSE`);
    cpSync('CHANGELOG.md', `${out}/CHANGELOG.md`);
    writeFileSync(`${out}/package.json`, `${JSON.stringify(cliManifest(root, withFonts), undefined, 2)}\n`);
    return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    try {
        console.log(buildCliPackage(process.argv[2]));
    } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
    }
}

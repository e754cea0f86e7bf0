// Lays out the CLI's npm package in dist/npm/ from the built bundle (run `npm run build`
// first): the bundle, its fonts, the package README and the LICENSE, and a manifest with
// only what the bundle needs at run time. `npm pack dist/npm` makes the tarball.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CLI_PACKAGE = '@journey-maps/cli';
const CLI_PACKAGE_DIR = 'dist/npm';

// What esbuild.mjs leaves outside the CLI bundle (resvg: a native binary per platform;
// opentype.js: only PNGs need it). test/package/ checks that the bundle requires nothing else.
export const RUNTIME_DEPENDENCIES = ['@resvg/resvg-js', 'opentype.js'];

/** The command (cli.js), the bundle it starts and the bundle's V8 code cache (src/cli/boot.ts). */
export const CLI_FILES = ['cli.js', 'cli-main.js', 'cli-main.cache'];

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
        files: [...CLI_FILES, ...(withFonts ? ['fonts/'] : []), 'README.md', 'LICENSE', 'CHANGELOG.md'],
        engines: { node: root.engines.node },
        dependencies: Object.fromEntries(RUNTIME_DEPENDENCIES.map(name => [name, root.dependencies[name]])),
    };
}

/** Writes the package's folder (dist/npm/ unless told otherwise) and returns its path. */
export function buildCliPackage(out = CLI_PACKAGE_DIR) {
    const missing = CLI_FILES.filter(file => !existsSync(`dist/${file}`));
    if (missing.length) throw new Error(`${missing.map(file => `dist/${file}`).join(', ')} missing: run \`npm run build\` first.`);
    const root = JSON.parse(readFileSync('package.json', 'utf8'));
    const withFonts = existsSync('dist/fonts');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    // The source map stays behind (twice the bundle's size); so does the comment that points to it.
    let unchanged = true;
    for (const file of ['cli.js', 'cli-main.js']) {
        const built = readFileSync(`dist/${file}`, 'utf8');
        const bundle = built.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
        if (file === 'cli-main.js') unchanged = bundle === built;
        writeFileSync(`${out}/${file}`, bundle, { mode: file === 'cli.js' ? 0o755 : 0o644 });
    }
    // V8 refuses a cache made for another text: a bundle without its comment needs a new one (release builds have none).
    if (unchanged) cpSync('dist/cli-main.cache', `${out}/cli-main.cache`);
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

// The CLI as a user gets it: `npm pack` the package, install the tarball into a fresh
// project, and run it there through npx, following the package README's first steps.
// Needs the built bundle (`npm run build`) and the npm registry (for resvg's binary).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { isBuiltin } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI_FILES, CLI_PACKAGE, RUNTIME_DEPENDENCIES } from '../../scripts/cli-package.mjs';
import { runCli } from '../cli/run-cli.js';
import { packCli } from './pack-cli.js';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
const INSTALL_TIMEOUT = 300_000;

let temp: string;
let project: string;
let tarball: string;

function run(command: string, args: string[], cwd: string) {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npx --no-install journey …`: the installed bin, never a download of another package named journey. */
const journey = (args: string[], cwd = project) => run('npx', ['--no-install', 'journey', ...args], cwd);

function mustRun(command: string, args: string[], cwd: string): string {
    const result = run(command, args, cwd);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result.stdout;
}

beforeAll(() => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-package-'));
    tarball = packCli(temp);
    project = path.join(temp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'my-journeys', private: true }));
    mustRun('npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball], project);
}, INSTALL_TIMEOUT);

/** The shell block under the README's "new user" heading. */
function newUserScript(markdown: string): string {
    const block = /(?:A new user in an empty repository|Start in an empty repository)\n\n```sh\n([\s\S]*?)```/.exec(markdown);
    if (!block) throw new Error('no new-user block');
    return block[1];
}

const STEP = '\n=== step ===\n';

/**
 * The README's script as this test runs it: the package from the packed tarball instead of
 * the registry, the "add touchpoints" comment done, and a marker between the journey commands.
 */
function forThisTest(script: string): string {
    return script
        .replace('npm install --save-dev @journey-maps/cli', `npm install --save-dev --no-audit --no-fund ${JSON.stringify(tarball)}`)
        .replace(/^# … add touchpoints to journeys\/bike\.journey, then:$/m, `node ${JSON.stringify(addTouchpointScript())}`)
        .replace(/^npx journey /gm, `printf '${STEP.replace(/\n/g, '\\n')}'; npx journey `);
}

/** The edit the README leaves to the user: a touchpoint in the first phase. */
function addTouchpointScript(): string {
    const file = path.join(temp, 'add-touchpoint.cjs');
    fs.writeFileSync(file, `const fs = require('fs');
const file = 'journeys/bike.journey';
const touchpoint = '    touchpoint shop_visit "Shop visit" {\\n        in orientation\\n        score 2\\n    }\\n';
fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\\n}\\n$/, '\\n' + touchpoint + '}\\n'));
`);
    return file;
}

/** A user's shell: npx never downloads a package of that name (`journey` on npm is someone else's); git knows who commits. */
function userEnvironment(): NodeJS.ProcessEnv {
    return {
        ...process.env, npm_config_yes: 'false',
        GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid',
    };
}

afterAll(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
});

describe(`the ${CLI_PACKAGE} package`, () => {
    test('holds the bundle, README, LICENSE and CHANGELOG: no sources, tests or extension code', () => {
        const files = mustRun('tar', ['-tzf', tarball], temp).trim().split('\n').sort();
        const fonts = fs.existsSync('dist/fonts') ? fs.readdirSync('dist/fonts').map(f => `package/fonts/${f}`) : [];
        const cli = fs.readFileSync('dist/cli-main.js', 'utf8').includes('sourceMappingURL') ? ['cli.js', 'cli-main.js'] : CLI_FILES;
        expect(files).toEqual([...fonts, ...['CHANGELOG.md', 'LICENSE', 'README.md', ...cli, 'package.json'].map(f => `package/${f}`)].sort());
    });

    test('depends on exactly the packages the bundle leaves external', () => {
        const installed = path.join(project, 'node_modules', CLI_PACKAGE);
        const bundle = ['cli.js', 'cli-main.js'].map(file => fs.readFileSync(path.join(installed, file), 'utf8')).join('\n');
        const loaded = new Set([...bundle.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map(m => m[1]).filter(name => !isBuiltin(name)));
        const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
        expect([...loaded].sort()).toEqual(RUNTIME_DEPENDENCIES);
        expect(Object.keys(manifest.dependencies).sort()).toEqual(RUNTIME_DEPENDENCIES);
        expect(manifest).toMatchObject({ bin: { journey: 'cli.js' }, engines: { node: expect.stringMatching(/^>=20/) } });
    });

    test('npx journey --version prints the version', () => {
        expect(journey(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    });

    test('a new user follows the README in an empty folder: install, new, check, commit, change, diff, render', () => {
        const script = newUserScript(fs.readFileSync('README.md', 'utf8'));
        expect(newUserScript(fs.readFileSync('docs/cli-package.md', 'utf8'))).toBe(script);
        const result = spawnSync('bash', ['-euo', 'pipefail', '-c', forThisTest(script)], { cwd: temp, encoding: 'utf8', env: userEnvironment() });
        expect(result.status, result.stderr).toBe(0);
        // The output of each npx journey command: new, check, check, diff, render.
        const [, , before, after, diff] = result.stdout.split(STEP);
        expect(before).toContain("Phase 'Orientation' has no touchpoints");
        expect(after).toContain('[phase-without-touchpoints]');
        expect(after).not.toContain("Phase 'Orientation'");
        expect(diff).toContain('Shop visit');
        const user = path.join(temp, 'my-journeys');
        expect(fs.readFileSync(path.join(user, 'bike.svg'), 'utf8')).toMatch(/^(<\?xml[^>]*>\s*)?<svg[^>]*>[\s\S]*Shop visit[\s\S]*<\/svg>\s*$/);
        expect(JSON.parse(fs.readFileSync(path.join(user, 'package.json'), 'utf8')).devDependencies[CLI_PACKAGE]).toMatch(/\.tgz$/);
    }, INSTALL_TIMEOUT);

    test('render -o x.png draws a PNG', () => {
        expect(journey(['new', '--title', 'Bike', 'journeys/bike.journey']).status).toBe(0);
        const png = journey(['render', 'journeys/bike.journey', '-o', 'x.png']);
        expect(png.status, png.stderr).toBe(0);
        const image = fs.readFileSync(path.join(project, 'x.png'));
        expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(image.readUInt32BE(16)).toBeGreaterThan(100);  // IHDR width
    }, 60_000);

    test('gives the same results as the CLI of this repository: check, diff and render', () => {
        fs.cpSync('examples', path.join(project, 'examples'), { recursive: true });
        const same = (args: string[]) => expect(journey(args)).toEqual(runCli(args, project));
        same(['check', 'examples/']);
        same(['check', '--format', 'sarif', 'examples/']);
        same(['diff', 'examples/kinds/current-state.journey', 'examples/kinds/future-state.journey', '--format', 'markdown']);
        const drawn = (cli: typeof journey, out: string) => {
            expect(cli(['render', 'examples/seven-phase-model.journey', '-o', out], project).status).toBe(0);
            return fs.readFileSync(path.join(project, out), 'utf8');
        };
        expect(drawn(journey, 'packaged.svg')).toBe(drawn(runCli, 'repository.svg'));
    }, 120_000);
});

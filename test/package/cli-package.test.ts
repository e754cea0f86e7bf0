// The CLI as a user gets it: `npm pack` the package, install the tarball into a fresh
// project, and run it there through npx, following the package README's first steps.
// Needs the built bundle (`npm run build`) and the npm registry (for resvg's binary).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { isBuiltin } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI_PACKAGE, CLI_PACKAGE_DIR, RUNTIME_DEPENDENCIES } from '../../scripts/cli-package.mjs';
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

afterAll(() => {
    if (temp) fs.rmSync(temp, { recursive: true, force: true });
});

describe(`the ${CLI_PACKAGE} package`, () => {
    test('holds the bundle, README, LICENSE and CHANGELOG: no sources, tests or extension code', () => {
        const files = mustRun('tar', ['-tzf', tarball], temp).trim().split('\n').sort();
        const fonts = fs.existsSync('dist/fonts') ? fs.readdirSync('dist/fonts').map(f => `package/fonts/${f}`) : [];
        expect(files).toEqual([...fonts, ...['CHANGELOG.md', 'LICENSE', 'README.md', 'cli.js', 'package.json'].map(f => `package/${f}`)].sort());
    });

    test('depends on exactly the packages the bundle leaves external', () => {
        const bundle = fs.readFileSync(path.join(CLI_PACKAGE_DIR, 'cli.js'), 'utf8');
        const loaded = new Set([...bundle.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)].map(m => m[1]).filter(name => !isBuiltin(name)));
        const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', CLI_PACKAGE, 'package.json'), 'utf8'));
        expect([...loaded].sort()).toEqual(RUNTIME_DEPENDENCIES);
        expect(Object.keys(manifest.dependencies).sort()).toEqual(RUNTIME_DEPENDENCIES);
        expect(manifest).toMatchObject({ bin: { journey: 'cli.js' }, engines: { node: expect.stringMatching(/^>=20/) } });
    });

    test('npx journey --version prints the version', () => {
        expect(journey(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    });

    test('a new user: new, check, commit, change, diff and render to PNG', () => {
        mustRun('git', ['init', '-q'], project);
        expect(journey(['new', '--model', '5', '--title', 'Buying a bike', 'journeys/bike.journey']).status).toBe(0);
        const check = journey(['check', 'journeys/']);
        expect(check.status).toBe(0);
        expect(check.stdout).toContain('[phase-without-touchpoints]');

        mustRun('git', ['add', 'journeys'], project);
        mustRun('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-qm', 'A first journey'], project);
        const file = path.join(project, 'journeys/bike.journey');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n}\n$/, '\n    touchpoint shop_visit "Shop visit" {\n        in orientation\n        score 2\n    }\n}\n'));
        const diff = journey(['diff', 'HEAD', '--', 'journeys/']);
        expect(diff.status).toBe(0);
        expect(diff.stdout).toContain('Shop visit');

        const png = journey(['render', 'journeys/bike.journey', '-o', 'x.png']);
        expect(png.status).toBe(0);
        expect(fs.readFileSync(path.join(project, 'x.png')).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    });

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
    });
});

// The CLI as CI runs it: each figure is a whole `node dist/cli.js …` process,
// start-up included. Needs `node esbuild.mjs` first (`npm run bench` builds).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ms, time, type BenchSection, type Timing } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const CLI = path.resolve('dist/cli.js');
const FILES = 1000;

const COMPANY = `persona family "Two-earners with young kids" {
    age 35-45
}
persona seniors "Retired couple"
department marketing "Marketing"
department sales "Sales"
channel website "Website" digital
channel store "Store" physical
`;

function cli(args: string[], cwd: string, expectedStatus = 0): void {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    if (result.status !== expectedStatus) {
        throw new Error(`journey ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    }
}

/**
 * FILES small journeys (3 to 24 touchpoints) in a folder tree; every other one
 * imports its personas, channels and departments from one shared company file,
 * as teams do, instead of defining them itself.
 */
export function writeJourneys(dir: string, files = FILES): void {
    fs.writeFileSync(path.join(dir, 'company.journey'), COMPANY);
    for (let i = 0; i < files; i++) {
        const folder = path.join(dir, `team-${i % 20}`);
        fs.mkdirSync(folder, { recursive: true });
        let text = generateJourney(3 + (i % 22)).replace(/^journey generated_\d+/, `journey j${i}`);
        if (i % 2 === 0) {
            const ownDefinitions = /^ {4}persona family[\s\S]*?^ {4}channel store .*\n/m;
            text = `import "../company.journey"\n${text.replace(ownDefinitions, '    follows family\n    follows seniors\n')}`;
        }
        fs.writeFileSync(path.join(folder, `journey-${i}.journey`), text);
    }
}

const row = (what: string, t: Timing, note: string) => [what, String(t.runs), ms(t.median), ms(t.p95), note];

export async function cliBench(): Promise<BenchSection> {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` (or `npm run bench`) first');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-cli-'));
    try {
        const many = path.join(dir, 'many');
        fs.mkdirSync(many);
        writeJourneys(many);
        fs.writeFileSync(path.join(dir, 'big.journey'), generateJourney(1000));
        fs.writeFileSync(path.join(dir, 'small.journey'), generateJourney(5));
        // Make sure the generated set is clean, so the check measures the normal case.
        cli(['check', 'many'], dir);

        const table = [['command (a whole process)', 'runs', 'median', 'p95', 'what']];
        table.push(row('`node -e 0` (for comparison)', await time(15, () => {
            if (spawnSync(process.execPath, ['-e', '0']).status !== 0) throw new Error('node -e 0 failed');
        }), 'Node start-up alone, the floor under every row below'));
        table.push(row('`journey --help`', await time(15, () => cli(['--help'], dir)), 'cold start: Node, the bundle, commander'));
        table.push(row('`journey check small.journey`', await time(15, () => cli(['check', 'small.journey'], dir)),
            'cold start plus Langium services and one 5-touchpoint file'));
        table.push(row(`\`journey check many/\` (${FILES} files)`, await time(3, () => cli(['check', 'many'], dir), 1),
            `${FILES + 1} files, 3–24 touchpoints each, half importing a shared company file`));
        table.push(row('`journey check --format sarif many/`', await time(3, () => cli(['check', '--format', 'sarif', 'many'], dir), 1),
            'the same, printing a SARIF log'));
        const svgTime = await time(5, () => cli(['render', 'big.journey', '-o', 'big.svg', '--force'], dir), 1);
        table.push(row('`journey render big.journey -o big.svg --force`', svgTime, '1,000 touchpoints, 50 phases'));
        const svg = fs.readFileSync(path.join(dir, 'big.svg'), 'utf8');
        const size = `${/ width="(\d+)"/.exec(svg)?.[1]}×${/ height="(\d+)"/.exec(svg)?.[1]}`;
        const pngTime = await time(3, () => cli(['render', 'big.journey', '-o', 'big.png', '--force'], dir), 1);
        table.push(row('`journey render big.journey -o big.png`', pngTime,
            `the same through resvg: ${size} px; ${(pngTime.median / svgTime.median).toFixed(1)} × the SVG (target ≤ 3)`));
        table.push(row('`journey render big.journey -o big.html`', await time(5, () => cli(['render', 'big.journey', '-o', 'big.html', '--force'], dir), 1),
            'the same as one HTML page'));
        return {
            title: 'CLI (whole processes)',
            description: 'Each run is `node dist/cli.js …` as a new process, as in CI: Node start-up, loading the bundle, '
                + 'reading and validating the files, writing the output. Journeys from bench/generate-journey.ts.',
            table,
        };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

// `journey check` at the scale of a company: 1,000 and 2,000 files, and one
// 10 MB journey, each next to the floor: a process that builds a trivial
// grammar's files of the same statement counts (bench/floor/floor-check.ts),
// run alternately with ours so that load on the machine hits both alike.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { writeJourneys } from './cli.bench.js';
import { floorText } from './floor/floor-services.js';
import { generateJourney } from './generate-journey.js';

const CLI = path.resolve('dist/cli.js');
const FLOOR = path.resolve('dist/tools/floor-check.cjs');

/** Statements of a journey file: its lines, less blank lines and closing braces (one AST node a line). */
const statementsOf = (text: string) => text.split('\n').filter(line => line.trim() !== '' && line.trim() !== '}').length;

function run(args: string[], expected: number[] = [0]): number {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
    if (!expected.includes(result.status ?? -1)) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    return performance.now() - start;
}

/** A floor folder beside each journey folder: one .floor file per .journey file, with as many statements. */
function writeFloor(journeys: string, floor: string): number {
    let statements = 0;
    for (const entry of fs.readdirSync(journeys, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.journey')) continue;
        const count = statementsOf(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
        statements += count;
        const target = path.join(floor, path.relative(journeys, entry.parentPath), entry.name.replace(/\.journey$/, '.floor'));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, floorText(count));
    }
    return statements;
}

/** Medians of `runs` alternating runs of ours and the floor's process. */
function alternate(runs: number, ours: () => number, floor: () => number): { ours: number; floor: number } {
    const a: number[] = [], b: number[] = [];
    for (let i = 0; i < runs; i++) {
        a.push(ours());
        b.push(floor());
    }
    return { ours: summarize(a).median, floor: summarize(b).median };
}

export async function scaleBench(): Promise<BenchSection> {
    await esbuild.build({ entryPoints: ['bench/floor/floor-check.ts'], outfile: FLOOR, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-scale-'));
    const table = [['what', 'statements', '`journey check` (median)', 'floor (median)', 'ratio', 'target']];
    try {
        const checked: Record<number, number> = {};
        for (const files of [1000, 2000]) {
            const journeys = path.join(dir, `many-${files}`), floor = path.join(dir, `floor-${files}`);
            fs.mkdirSync(journeys);
            writeJourneys(journeys, files);
            const statements = writeFloor(journeys, floor);
            const t = alternate(3, () => run([CLI, 'check', journeys]), () => run([FLOOR, floor]));
            checked[files] = t.ours;
            table.push([`${files} files (and the company file they import)`, String(statements), ms(t.ours), ms(t.floor),
                `${(t.ours / t.floor).toFixed(2)} ×`, files === 1000 ? '≤ 1.2 × floor' : `≤ 2.2 × 1,000 files: ${(t.ours / checked[1000]).toFixed(2)} ×`]);
        }
        const big = path.join(dir, 'big.journey');
        fs.writeFileSync(big, generateJourney(51000, 51000, false));
        const bigFloor = path.join(dir, 'big-floor');
        fs.mkdirSync(bigFloor);
        fs.writeFileSync(path.join(bigFloor, 'big.floor'), floorText(statementsOf(fs.readFileSync(big, 'utf8'))));
        const t = alternate(1, () => run([CLI, 'check', big], [0, 1]), () => run([FLOOR, bigFloor]));
        const size = `${(fs.statSync(big).size / 2 ** 20).toFixed(1)} MB`;
        table.push([`one ${size} journey: 51,000 phases, 51,000 touchpoints`, String(statementsOf(fs.readFileSync(big, 'utf8'))),
            ms(t.ours), ms(t.floor), `${(t.ours / t.floor).toFixed(2)} ×`, '≤ 15 s']);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
    return {
        title: '`journey check` at scale (whole processes)',
        description: 'Each run is a new `node dist/cli.js check FOLDER` process. The floor is `bench/floor/floor-check.ts`, a process that reads '
            + 'one trivial-grammar file per journey, with the same number of statements, and builds them all with validation. '
            + 'The files are those of the CLI section (half import a company file); the 10 MB journey has one-line phases and '
            + 'the generated touchpoints.',
        table,
    };
}

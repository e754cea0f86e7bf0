// Issue 10 §2: seeded mutation fuzzing of everything that reads a journey.
// `npm test` runs a few thousand mutants; `npm run fuzz` runs many more
// (FUZZ_MUTANTS, FUZZ_EDITS, FUZZ_SEED choose how many and which).
// A fault fails the run and leaves its reproducer in test/fuzz/failures/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { FuzzTarget, type Fault } from './fuzz-target.js';
import { lspStorm } from './lsp-storm.js';
import { mutantSeed, mutate } from './mutator.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_110);
const MUTANTS = Number(process.env.FUZZ_MUTANTS ?? 2_000);
const EDITS = Number(process.env.FUZZ_EDITS ?? 300);
const FAILURES = path.resolve('test/fuzz/failures');

const target = new FuzzTarget();
beforeAll(async () => { await target.load(path.resolve('examples')); }, 60_000);

/** Saves the mutant and returns how to read and rerun it. */
function reproducer(name: string, source: string, text: string, faults: readonly Fault[]): string {
    fs.mkdirSync(FAILURES, { recursive: true });
    const file = path.join(FAILURES, `${name}.journey`);
    fs.writeFileSync(file, text);
    const what = faults.map(f => `  ${f.kind} in ${f.stage}: ${f.detail.split('\n').slice(0, 3).join(' | ')}`).join('\n');
    return `${name} (mutant of ${path.relative(process.cwd(), source)}), saved as ${path.relative(process.cwd(), file)}:\n${what}`;
}

test(`${MUTANTS} mutants of the examples through parse, validation, model, layout, diff and formatter`, async () => {
    const examples = target.examples;
    const others = examples.map(e => e.text);
    const found: string[] = [];
    const [started, cpu] = [Date.now(), process.cpuUsage()];
    for (let i = 0; i < MUTANTS; i++) {
        const seed = mutantSeed(SEED, i);
        const example = examples[seed % examples.length];
        const { text } = mutate(seed, example.text, others);
        const faults = await target.run(example, text);
        if (faults.length > 0) found.push(reproducer(`seed-${SEED}-mutant-${i}`, example.file, text, faults));
    }
    const used = process.cpuUsage(cpu);
    console.info(`fuzz: ${MUTANTS} mutants (seed ${SEED}, ${target.parsedCleanly} without syntax errors) in `
        + `${((Date.now() - started) / 1000).toFixed(1)} s (${((used.user + used.system) / 1e6).toFixed(1)} s of CPU), ${found.length} faults`);
    expect(found, found.join('\n\n')).toEqual([]);
}, MUTANTS * 200 + 60_000);

test(`${EDITS} edits through didChange on the language server process`, async () => {
    const started = Date.now();
    const faults = await lspStorm(SEED, EDITS, target.examples);
    const found = faults.map((f, i) => reproducer(`seed-${SEED}-lsp-${i}`, f.uri.replace('file://', ''), f.text, [f]));
    console.info(`fuzz: ${EDITS} LSP edits (seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(1)} s, ${found.length} faults`);
    expect(found, found.join('\n\n')).toEqual([]);
}, EDITS * 200 + 60_000);

// `npm run fuzz [-- MUTANTS [EDITS [SEED]]]`: the fuzz test of `npm test`, longer.
// Defaults: 40,000 mutants, 3,000 language-server edits, a seed from the clock (printed).
import { spawnSync } from 'node:child_process';

const [mutants = '40000', edits = '3000', seed = String(Date.now() % 2 ** 31)] = process.argv.slice(2);
console.log(`fuzz: ${mutants} mutants, ${edits} edits, seed ${seed} (rerun with: npm run fuzz -- ${mutants} ${edits} ${seed})`);
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz/'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_MUTANTS: mutants, FUZZ_EDITS: edits, FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);

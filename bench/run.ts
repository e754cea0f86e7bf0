// `npm run bench`: measures on generated journeys of growing size and writes BENCHMARKS.md.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { markdownTable, type BenchSection } from './bench-utils.js';
import { formatBench } from './format.bench.js';
import { layoutBench } from './layout.bench.js';

// Each benchmark adds itself here; they run one after the other.
const BENCHES: Array<[string, () => Promise<BenchSection | BenchSection[]>]> = [
    ['build', async () => (await import('./build.bench.js')).buildBench()],
    ['layout', layoutBench],
    ['preview', async () => (await import('./preview.bench.js')).previewBench()],
    ['reparse', async () => (await import('./reparse.bench.js')).reparseBench()],
    ['format', formatBench],
    ['scale', async () => (await import('./scale.bench.js')).scaleBench()],
    ['server', async () => (await import('./server.bench.js')).serverBench()],
    ['cli', async () => (await import('./cli.bench.js')).cliBench()],
    ['mermaid', async () => (await import('./mermaid.bench.js')).mermaidBench()],
    ['package', async () => (await import('./package.bench.js')).packageBench()],
    ['web', async () => (await import('./web.bench.js')).webBench()],
    ['diff', async () => (await import('./diff.bench.js')).diffBench()],
    ['playground', async () => (await import('./playground.bench.js')).playgroundBench()],
];

const only = process.argv.slice(2);
const sections: BenchSection[] = [];
for (const [name, run] of BENCHES) {
    if (only.length && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    sections.push(...[await run()].flat());
}
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const header = [
    '# Benchmarks', '',
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}).`,
    'Figures are wall-clock times: compare runs on the same machine, not across machines.', '',
].join('\n');
const written = sections.map(s => [`## ${s.title}`, '', s.description, '', markdownTable(s.table), ''].join('\n'));
// Named sections replace theirs in the file and keep the others: a partial run loses nothing.
const text = only.length && fs.existsSync('BENCHMARKS.md') ? merged(fs.readFileSync('BENCHMARKS.md', 'utf8')) : [header, ...written].join('\n');
fs.writeFileSync('BENCHMARKS.md', text);
console.log(text);

function merged(previous: string): string {
    const [head, ...old] = previous.split(/^(?=## )/m);
    const titleOf = (section: string) => section.slice(3, section.indexOf('\n'));
    const fresh = new Map(sections.map((s, i) => [s.title, `${written[i]}\n`]));
    const kept = old.map(section => fresh.get(titleOf(section)) ?? section);
    const added = sections.filter(s => !old.some(section => titleOf(section) === s.title)).map(s => fresh.get(s.title)!);
    return [head, ...kept, ...added].join('').replace(/\n*$/, '\n');
}

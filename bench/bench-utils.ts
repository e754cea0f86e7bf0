// Timing helpers: repeated runs, median and 95th percentile, Markdown tables.
export interface Timing { median: number; p95: number; runs: number }

export async function time(runs: number, work: (i: number) => unknown | Promise<unknown>, warmup = 2): Promise<Timing> {
    for (let i = 0; i < warmup; i++) await work(-1 - i);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await work(i);
        samples.push(performance.now() - start);
    }
    return summarize(samples);
}

export function summarize(samples: number[]): Timing {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

export interface BenchSection { title: string; description: string; table: string[][] }

export function markdownTable(rows: string[][]): string {
    const [head, ...body] = rows;
    return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map(r => `| ${r.join(' | ')} |`)].join('\n');
}

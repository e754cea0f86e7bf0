// Mermaid rendering the exported diagram in headless Chromium, next to our own
// renderer, on the same generated journeys in the same run.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { diagramToSvg } from '../diagram-core/standalone-svg.js';
import { isJourney, type JourneyFile } from '../language-server/generated/ast.js';
import { createJourneyServices } from '../language-server/journey-module.js';
import { toDiagramModel } from '../language-server/to-diagram-model.js';
import { toMermaidJourney } from '../src/cli/mermaid-export.js';
import { openMermaid } from '../test/cli/mermaid-browser.js';
import { ms, summarize, time, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const CLI = path.resolve('dist/cli.js');
const kb = (chars: number) => `${Math.round(chars / 1024)} kB`;

/** Whether the built CLI has `journey render` (it is measured as a process when it has). */
function hasRenderCommand(): boolean {
    return fs.existsSync(CLI) && spawnSync(process.execPath, [CLI, 'render', '--help'], { encoding: 'utf8' }).status === 0;
}

function renderProcess(file: string, out: string): void {
    const result = spawnSync(process.execPath, [CLI, 'render', file, '-o', out, '--force'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`journey render failed: ${result.stderr}`);
}

/** Mermaid from nothing, as a CI job meets it: start the browser, load Mermaid, render once, close. */
async function coldMermaid(text: string): Promise<void> {
    const page = await openMermaid();
    try {
        await page.render(text, 1);
    } finally {
        await page.close();
    }
}

export async function mermaidBench(): Promise<BenchSection> {
    const parse = parseHelper<JourneyFile>(createJourneyServices(EmptyFileSystem).Journey);
    const withProcess = hasRenderCommand();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-'));
    const mermaid = await openMermaid();
    const table = [['touchpoints', 'phases', 'Mermaid render in Chromium (median)', 'diagramToSvg in Node (median)',
        'ratio Mermaid / ours', '`journey render` process (median)', 'Mermaid cold: browser start + render (median)',
        'cold ratio Mermaid / ours (target ≥ 10)', 'SVG size Mermaid / ours']];
    try {
        for (const size of [10, 100, 1000]) {
            const text = generateJourney(size);
            const document = await parse(text);
            const model = toDiagramModel(document.parseResult.value.elements.find(isJourney)!);
            const mermaidText = toMermaidJourney(model);
            const runs = size >= 1000 ? 5 : 10;
            await mermaid.render(mermaidText, 2);
            const theirs = await mermaid.render(mermaidText, runs);
            const theirMedian = summarize(theirs.ms).median;
            const ours = await time(runs * 2, () => diagramToSvg(model));
            let processCell = 'n/a (no `render` command in dist/cli.js)';
            let process = NaN;
            if (withProcess) {
                const file = path.join(dir, `generated-${size}.journey`);
                fs.writeFileSync(file, text);
                const out = path.join(dir, `generated-${size}.svg`);
                process = (await time(5, () => renderProcess(file, out), 1)).median;
                processCell = ms(process);
            }
            const cold = (await time(3, () => coldMermaid(mermaidText), 0)).median;
            table.push([String(size), String(model.phases.length), ms(theirMedian), ms(ours.median),
                `${(theirMedian / ours.median).toFixed(1)} ×`, processCell, ms(cold), `${(cold / process).toFixed(1)} ×`,
                `${kb(theirs.svgLength)} / ${kb(diagramToSvg(model).length)}`]);
        }
    } finally {
        await mermaid.close();
        fs.rmSync(dir, { recursive: true, force: true });
    }
    return {
        title: 'Mermaid export vs. our renderer',
        description: 'The same generated journeys: Mermaid 12 rendering the output of `journey export --to mermaid` '
            + '(`mermaid.render` to SVG, timed inside a headless Chromium page, after two warm-up renders), and our '
            + 'diagram-core `diagramToSvg` (layout + SVG text) in Node. The process column is `node dist/cli.js render '
            + 'FILE -o OUT.svg` end to end: Node start, parsing, validation, layout and writing; the Mermaid cold column starts '
            + 'Chromium, loads Mermaid, renders once and closes (from a running Node, so it is a little kinder to Mermaid than '
            + 'a new process). Mermaid draws far less '
            + '(one row of tasks with scores and actors; no lanes, channels or emotions), so the ratio compares the tools, '
            + 'not equal work.',
        table,
    };
}

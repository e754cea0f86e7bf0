// The language server's build (parse, index, link, validate) per statement,
// against the floor: a trivial Langium grammar with the same number of
// statements, timed in the same run, interleaved run by run so that load on the
// machine hits both alike.
import { EmptyFileSystem } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { createJourneyServices } from '../language-server/journey-module.js';
import { summarize, type BenchSection } from './bench-utils.js';
import { timeBuild, type BuildTiming } from './build-timing.js';
import { createFloorServices, floorText } from './floor/floor-services.js';
import { generateBoundaryJourney, generateJourney } from './generate-journey.js';

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const times = (ratio: number) => `${ratio.toFixed(2)} ×`;

interface PerStatement { build: number; validation: number; statements: number }

/** Median per-statement times of `runs` builds, after one warm-up. */
async function perStatement(shared: LangiumSharedServices, text: string, extension: string, runs: number): Promise<PerStatement[]> {
    await timeBuild(shared, text, extension);
    const results: BuildTiming[] = [];
    for (let i = 0; i < runs; i++) results.push(await timeBuild(shared, text, extension));
    return results.map(r => ({ build: r.build / r.statements, validation: r.validation / r.statements, statements: r.statements }));
}

const median = (values: number[]) => summarize(values).median;

export async function buildBench(): Promise<BenchSection[]> {
    const journey = createJourneyServices(EmptyFileSystem).shared;
    const floor = createFloorServices().shared;
    const table = [['touchpoints', 'statements', 'build per statement: journey / floor', 'ratio (target ≤ 1.5)',
        'validation per statement: journey / floor', 'validation ratio']];
    const perSize: Array<{ build: number; validation: number }> = [];
    for (const size of [1000, 10000]) {
        const text = generateJourney(size);
        const runs = size >= 10000 ? 5 : 11;
        const ours: PerStatement[] = [], theirs: PerStatement[] = [];
        const statements = (await timeBuild(journey, text, '.journey')).statements;
        const floorSource = floorText(statements);
        for (let i = 0; i < runs; i++) {
            ours.push(...await perStatement(journey, text, '.journey', 1));
            theirs.push(...await perStatement(floor, floorSource, '.floor', 1));
        }
        const build = median(ours.map(o => o.build)), floorBuild = median(theirs.map(t => t.build));
        const validation = median(ours.map(o => o.validation)), floorValidation = median(theirs.map(t => t.validation));
        perSize.push({ build, validation });
        table.push([String(size), String(statements), `${us(build)} / ${us(floorBuild)}`, times(build / floorBuild),
            `${us(validation)} / ${us(floorValidation)}`, times(validation / floorValidation)]);
    }
    const [small, large] = perSize;
    table.push(['10k vs 1k (target ≤ 1.3)', '', times(large.build / small.build), '', times(large.validation / small.validation), '']);

    const boundary = [['phases = touchpoints', '`after` touchpoints: build (median)', 'per touchpoint', '`between` touchpoints: build (median)', 'per touchpoint']];
    for (const n of [1000, 2000, 4000, 8000]) {
        const cells = [String(n)];
        for (const form of ['after', 'between'] as const) {
            const text = generateBoundaryJourney(n, form);
            const runs = n >= 4000 ? 3 : 5;
            const builds: number[] = [];
            for (let i = 0; i < runs; i++) builds.push((await timeBuild(journey, text, '.journey')).build);
            const ms = median(builds);
            cells.push(`${ms.toFixed(0)} ms`, us(ms / n));
        }
        boundary.push(cells);
    }
    return [{
        title: 'Build per statement vs. a trivial grammar (Node)',
        description: 'A whole build of one generated journey in a fresh document (parse, index, scopes, link, validate), divided by its '
            + 'statements (AST nodes, about one per line), next to the floor: bench/floor/floor.langium, a one-rule Langium 4.4 grammar '
            + '(`def a -> b`) with the same number of statements, built by the same code, interleaved run by run. '
            + 'Validation is the document validator alone on the linked document.',
        table,
    }, {
        title: 'Phases with touchpoints on every boundary (Node)',
        description: 'N phases and N touchpoints placed on the boundaries between them, whole build: the cost per touchpoint should stay flat.',
        table: boundary,
    }];
}

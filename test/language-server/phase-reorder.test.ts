// Reordering phases is one edit: every touchpoint placed `after` a phase moves
// with it, so moving any phase block of the 7-phase example anywhere adds no problem.
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Journey } from '../../language-server/generated/ast.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { validate } from './journey-test-services.js';

const TEXT = fs.readFileSync('examples/seven-phase-model.journey', 'utf8');
const BLOCKS = [...TEXT.matchAll(/^ {4}phase \w+ [^\n]*\{\n[\s\S]*?^ {4}\}\n/gm)].map(m => m[0]);
const FIRST = TEXT.indexOf(BLOCKS[0]);
const LAST_END = TEXT.indexOf(BLOCKS.at(-1)!) + BLOCKS.at(-1)!.length;

/** The example with the phase block at `from` moved to position `to`. */
function moved(from: number, to: number): string {
    const blocks = [...BLOCKS];
    const [block] = blocks.splice(from, 1);
    blocks.splice(to, 0, block);
    return TEXT.slice(0, FIRST) + blocks.join('') + TEXT.slice(LAST_END);
}

const MOVES = BLOCKS.flatMap((_, from) => BLOCKS.map((__, to) => [from, to] as const).filter(([, to]) => to !== from));

async function placements(text: string) {
    const document = await validate(text);
    const journey = document.parseResult.value.elements.find((e): e is Journey => e.$type === 'Journey')!;
    const problems = (document.diagnostics ?? []).filter(d => d.severity! <= DiagnosticSeverity.Warning).map(d => d.message);
    return { problems, phases: toDiagramModel(journey).phases.map(p => p.name), placements: toDiagramModel(journey).touchpoints.map(t => t.placement) };
}

describe('reordering the phases of the 7-phase example', () => {
    test('the example has seven contiguous phase blocks and no touchpoint between two phases', () => {
        expect(BLOCKS).toHaveLength(7);
        expect(TEXT.slice(FIRST, LAST_END)).toBe(BLOCKS.join(''));
        expect(TEXT).not.toMatch(/^\s*between /m);
    });

    test.each(MOVES)('phase %i moved to position %i: no errors or warnings, every touchpoint keeps its phase', async (from, to) => {
        const original = await placements(TEXT);
        const result = await placements(moved(from, to));
        expect(result.phases).not.toEqual(original.phases);
        expect(result.problems).toEqual([]);
        expect(result.placements).toEqual(original.placements);
    });
});

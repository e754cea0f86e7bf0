// The walks that linking, indexing and validation use instead of Langium's
// streams visit the same nodes and references in the same order, in whole
// examples and in every prefix of them (the broken trees of half-typed text).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, EmptyFileSystem, type AstNode, type ReferenceInfo } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { forEachReference, nodesOf } from '../../language-server/ast-walk.js';
import { isPersona, isPhase, type JourneyFile } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';

const services = createJourneyServices(EmptyFileSystem).Journey;
const parse = parseHelper<JourneyFile>(services);
const EXAMPLES = path.resolve('examples');
const texts = fs.readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter(name => name.endsWith('.journey')).sort()
    .map(name => fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));

const referencesOf = (node: AstNode) => {
    const found: ReferenceInfo[] = [];
    forEachReference(node, info => found.push(info));
    return found;
};

/** streamAst, leaving out the children of the nodes `enter` refuses, as Langium's validator prunes. */
function streamed(root: AstNode, enter: (node: AstNode) => boolean): AstNode[] {
    const nodes: AstNode[] = [];
    const iterator = AstUtils.streamAst(root).iterator();
    for (const node of iterator) {
        nodes.push(node);
        if (!enter(node)) iterator.prune();
    }
    return nodes;
}

async function expectSameWalks(text: string): Promise<number> {
    const root = (await parse(text)).parseResult.value;
    const streamedNodes = AstUtils.streamAst(root).toArray();
    expect(nodesOf(root)).toEqual(streamedNodes);
    expect(nodesOf(root).flatMap(referencesOf)).toEqual(streamedNodes.flatMap(node => AstUtils.streamReferences(node).toArray()));
    const outsidePhases = (node: AstNode) => !isPhase(node);
    expect(nodesOf(root, outsidePhases)).toEqual(streamed(root, outsidePhases));
    return streamedNodes.length;
}

describe('the AST walks', () => {
    test.each(texts.map((text, i) => [i, text]))('example %i: the nodes and references of streamAst, in its order', async (_, text) => {
        expect(await expectSameWalks(text)).toBeGreaterThan(20);
    });

    test('every prefix of an example: the same nodes and references', async () => {
        const text = texts.reduce((a, b) => (b.length > a.length ? b : a));
        const step = Math.max(1, Math.floor(text.length / 80));
        for (let end = 0; end <= text.length; end += step) await expectSameWalks(text.slice(0, end));
    });

    test('a node refused by `enter` is kept, the nodes inside it are not', async () => {
        const root = (await parse(texts[0])).parseResult.value;
        const personas = nodesOf(root).filter(isPersona);
        const inside = personas.flatMap(persona => AstUtils.streamAllContents(persona).toArray());
        expect(inside.length).toBeGreaterThan(0);
        const walked = new Set(nodesOf(root, node => !isPersona(node)));
        expect(personas.every(persona => walked.has(persona))).toBe(true);
        expect(inside.filter(node => walked.has(node))).toEqual([]);
    });
});

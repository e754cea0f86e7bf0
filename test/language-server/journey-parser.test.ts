// The parser's CST builder searches from the end instead of from the start:
// the tree it builds must be the one Langium's own builder builds, comments
// included, wherever they are written.
import * as fs from 'node:fs';
import { CstNodeBuilder, EmptyFileSystem, isCompositeCstNode, type CstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createJourneyServices } from '../../language-server/journey-module.js';
import { JourneyCstNodeBuilder } from '../../language-server/journey-parser.js';

const parser = createJourneyServices(EmptyFileSystem).Journey.parser.LangiumParser;
type WithBuilder = { nodeBuilder: CstNodeBuilder };

/** The CST as nested [offset, length, hidden?, children], built by the given builder. */
function cstOf(text: string, builder: CstNodeBuilder): unknown {
    const own = (parser as unknown as WithBuilder).nodeBuilder;
    (parser as unknown as WithBuilder).nodeBuilder = builder;
    try {
        const root = parser.parse(text).value.$cstNode!;
        const shape = (node: CstNode): unknown => isCompositeCstNode(node)
            ? [node.offset, node.length, node.content.map(shape)]
            : [node.offset, node.length, node.hidden];
        return shape(root);
    } finally {
        (parser as unknown as WithBuilder).nodeBuilder = own;
    }
}

const COMMENTED = `// a journey
journey shop "Shop" { // after the brace
    /* before a phase */ phase visit "Visit" {
        // inside, first
        owner sales // after a fact
    }
    department sales "Sales"
    // before a touchpoint
    touchpoint counter "Counter" {
        in /* mid-line */ visit
    }
    phase pay "Pay" // at the end of a line
}
// trailing
`;

describe('the journey parser', () => {
    test('uses the linear CST builder', () => {
        expect((parser as unknown as WithBuilder).nodeBuilder).toBeInstanceOf(JourneyCstNodeBuilder);
    });

    test('builds the same tree as Langium, with comments anywhere', () => {
        expect(cstOf(COMMENTED, new JourneyCstNodeBuilder())).toEqual(cstOf(COMMENTED, new CstNodeBuilder()));
    });

    test('builds the same tree as Langium for a half-written file (recovery removes empty nodes)', () => {
        const broken = COMMENTED.replace('in /* mid-line */ visit', 'in /* mid-line */').replace('owner sales', 'owner');
        expect(cstOf(broken, new JourneyCstNodeBuilder())).toEqual(cstOf(broken, new CstNodeBuilder()));
    });

    test('builds the same tree as Langium for the examples', () => {
        for (const file of ['examples/floor-renovation.journey', 'examples/seven-phase-model.journey']) {
            const text = fs.readFileSync(file, 'utf8');
            expect(cstOf(text, new JourneyCstNodeBuilder())).toEqual(cstOf(text, new CstNodeBuilder()));
        }
    });
});

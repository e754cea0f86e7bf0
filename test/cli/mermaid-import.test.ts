// `journey import`: Mermaid journey diagrams into journey text that checks
// without errors, and back again without changes (import → export → import).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isJourney } from '../../language-server/generated/ast.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { toMermaidJourney } from '../../src/cli/mermaid-export.js';
import { importMermaid, mermaidBlocks, MermaidSyntaxError, parseMermaidJourney } from '../../src/cli/mermaid-import.js';
import { validate } from '../language-server/journey-test-services.js';
import { openMermaid, type MermaidPage } from './mermaid-browser.js';

const FIXTURES = path.resolve('test/cli/fixtures');
const FIXTURE_FILES = fs.readdirSync(FIXTURES).filter(f => /\.(mmd|md)$/.test(f)).sort();
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** The error `journey import` reports for a text, as "line: message". */
function importError(text: string): string {
    try {
        importMermaid(text, 'fallback');
    } catch (error) {
        if (error instanceof MermaidSyntaxError) return `${error.line}: ${error.message}`;
        throw error;
    }
    return 'no error';
}

/** Imports, checks the result has no errors, and exports every journey again (fenced when there are several). */
async function importAndExport(text: string): Promise<{ imported: string; exported: string }> {
    const { text: imported } = importMermaid(text, 'fallback');
    const document = await validate(imported);
    const errors = (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error);
    expect(errors.map(d => `${d.range.start.line + 1}: ${d.message}`), imported).toEqual([]);
    const models = document.parseResult.value.elements.filter(isJourney).map(toDiagramModel);
    const exported = models.map(model => toMermaidJourney(model, { fenced: models.length > 1 })).join('\n');
    return { imported, exported };
}

describe('Mermaid journey parser', () => {
    test("Mermaid's documented example", () => {
        const [block] = mermaidBlocks(fixture('my-working-day.mmd'));
        const journey = parseMermaidJourney(block);
        expect(journey.title).toBe('My working day');
        expect(journey.sections.map(s => s.name)).toEqual(['Go to work', 'Go home']);
        expect(journey.sections[0].tasks).toEqual([
            { name: 'Make tea', score: 5, actors: ['Me'], line: 4 },
            { name: 'Go upstairs', score: 3, actors: ['Me'], line: 5 },
            { name: 'Do work', score: 1, actors: ['Me', 'Cat'], line: 6 },
        ]);
    });

    test('the imported journey: labels, ids, `in`, `for` and `score`, formatted like the examples', () => {
        expect(importMermaid(fixture('my-working-day.mmd'), 'x').text).toBe(`// Imported from a Mermaid journey diagram. Next: add channels (\`via\`), owners and emotions,
// and run \`journey check\` on this file.
journey my_working_day "My working day" {
    kind current

    persona me "Me"
    persona cat "Cat"

    phase go_to_work "Go to work"
    phase go_home "Go home"

    touchpoint make_tea "Make tea" {
        in go_to_work
        for me
        score 5
    }
    touchpoint go_upstairs "Go upstairs" {
        in go_to_work
        for me
        score 3
    }
    touchpoint do_work "Do work" {
        in go_to_work
        for me, cat
        score 1
    }

    touchpoint go_downstairs "Go downstairs" {
        in go_home
        for me
        score 5
    }
    touchpoint sit_down "Sit down" {
        in go_home
        for me
        score 3
    }
}
`);
    });

    test('Markdown: only ```mermaid and ~~~mermaid fences holding a journey are read, with line numbers of the file', () => {
        const blocks = mermaidBlocks(fixture('journeys.md'));
        expect(blocks.map(b => parseMermaidJourney(b).title)).toEqual(['My working day', 'Buying a bike']);
        expect(parseMermaidJourney(blocks[1]).sections[1].tasks[1]).toMatchObject({ name: 'Pays at the counter', line: 33 });
    });

    test('comments, accTitle/accDescr, front matter, tasks before any section, repeated names', () => {
        const { text } = importMermaid(fixture('everything.mmd'), 'x');
        expect(text).toContain('journey ordering_a_birthday_cake "Ordering: a birthday cake" {');
        expect(text).toContain('    // Mermaid accTitle: Ordering a cake, step by step');
        expect(text).toContain('    description "How a parent orders a birthday cake: online first, then at the shop."');
        expect(text).not.toContain('goal');
        expect(text).toContain('    phase tasks "Tasks"\n    phase orientation "Orientation"\n    phase phase_phase "Phase"\n    phase orientation_2 "Orientation"');
        expect(text).toContain('    touchpoint order_form_2 "Order form" {');
        expect(text).toContain('    persona grand_pere "Grand-père"');
        expect(text).toContain('    touchpoint touchpoint_score "Score" {');
        // A task without actors has no `for`: it is for everyone, and goes back without actors.
        expect(text).toMatch(/touchpoint waits "Waits" \{\n {8}in orientation_2\n {8}score 2\n/);
    });

    test('front matter title, when there is no title line; a file name when there is neither', () => {
        expect(importMermaid('---\ntitle: "From front matter"\n---\njourney\n  section A\n    T: 3: Me\n', 'x').text)
            .toContain('journey from_front_matter "From front matter" {');
        expect(importMermaid('journey\n  section A\n    T: 3: Me\n', 'my-day').text).toContain('journey my_day "my-day" {');
    });

    test('one persona: `for` where a task has actors; scores rounded into 1..5 with a warning naming the line', () => {
        const result = importMermaid('journey\n  section A\n    T: 7: Me\n    U: 2.4: Me\n    V: 3\n', 'x');
        expect(result.text.match(/ for \w+/g)).toEqual([' for me', ' for me']);
        expect(result.text).toMatch(/score 5\n[\s\S]*score 2\n/);
        expect(result.warnings).toEqual([
            { line: 3, message: "the score 7 of task 'T' is not a whole number from 1 to 5; written as 5" },
            { line: 4, message: "the score 2.4 of task 'U' is not a whole number from 1 to 5; written as 2" },
        ]);
    });

    test('what is not a journey diagram is refused with the line it is on', () => {
        expect(importError('graph TD\n  A --> B\n')).toBe('1: not a Mermaid journey diagram: expected `journey` first, found `graph TD`');
        expect(importError('\n%% hello\n')).toMatch(/^1: not a Mermaid journey diagram: the text is empty/);
        expect(importError('journey\n  title T\n  section A\n    Make tea 5 Me\n'))
            .toBe('4: expected a task `Task name: score: actor, actor`, a `section` or a `title`, found `Make tea 5 Me`');
        expect(importError('journey\n  section A: 5: Me\n')).toMatch(/^2: a section name cannot contain `:`/);
        expect(importError('journey\n  section A\n    Tea; 5: Me\n')).toBe('3: `;` is not allowed in a Mermaid journey diagram');
        expect(importError('journey\n  section A\n    Tea: five: Me\n')).toBe("3: the score of task 'Tea' must be a number from 1 to 5, found 'five'");
        expect(importError('journey\n  section\n')).toBe('2: `section` needs a name after it');
        expect(importError('journey\n  section A\n    : 5: Me\n')).toMatch(/^3: a task needs a name/);
        expect(importError('journey\n  accDescr {\n  never closed\n')).toBe('2: `accDescr {` is not closed with `}`');
        expect(importError('# Notes\n\n```mermaid\ngraph TD\n```\n')).toMatch(/^4: the ```mermaid blocks hold no journey diagram/);
    });
});

describe('import → export → import', () => {
    test.each(FIXTURE_FILES)('%s: the imported journey checks without errors and comes back unchanged', async file => {
        const first = await importAndExport(fixture(file));
        const second = await importAndExport(first.exported);
        // accTitle and accDescr are kept as comments, which a journey's diagram model (and so export) does not carry.
        const withoutAccComments = first.imported.replace(/^ {4}\/\/ Mermaid acc(Title|Descr): .*\n/gm, '');
        expect(second.imported).toBe(withoutAccComments);
        expect(second.exported).toBe(first.exported);
    });

    test('labels with quotes and backslashes stay intact', async () => {
        const text = 'journey\n  title The "best" day\n  section Back\\slash\n    Says "hi": 4: Me\n';
        const { imported, exported } = await importAndExport(text);
        expect(imported).toContain('journey the_best_day "The \\"best\\" day" {');
        expect(imported).toContain('phase back_slash "Back\\\\slash"');
        expect(exported).toContain('      Says "hi": 4: Me');
        expect((await importAndExport(exported)).imported).toBe(imported);
    });

    test('ids are never keywords, never start with a digit and are unique', async () => {
        const text = 'journey\n  title 2024\n  section in\n    for: 3: score\n    phase: 3: persona\n    1st call: 2: in\n  section In\n    in: 1: for\n';
        const { imported } = await importAndExport(text);
        expect(imported).toContain('journey journey_2024 "2024" {');
        expect(imported).toMatch(/persona persona_score "score"\n {4}persona persona_persona "persona"\n {4}persona persona_in "in"\n {4}persona persona_for "for"/);
        expect(imported).toMatch(/phase phase_in "in"\n {4}phase phase_in_2 "In"/);
        expect(imported).toContain('touchpoint touchpoint_1st_call "1st call" {');
        expect(imported).toContain('touchpoint touchpoint_in "in" {');
    });
});

describe("our parser agrees with Mermaid's", () => {
    let mermaid: MermaidPage;
    beforeAll(async () => { mermaid = await openMermaid(); }, 60_000);
    afterAll(async () => { await mermaid?.close(); });

    const CASES = [
        'journey\n  title T\n  section A\n    Make tea: 5: Me\n',
        'journey\n  TITLE Day: with colon\n  SECTION A\n    Make tea: 5: Me, Cat\n',
        'JOURNEY\n  section A\n    Make tea: 5: Me\n',
        'journey\n  title Day: one # comment\n  section A # comment\n    Tea: 5: Me # comment\n',
        'journey\n  accTitle: a; b # c\n  accDescr: d; e\n  section A\n    Tea: 5\n',
        'journey\n  accDescr {\n    two\n    lines\n  }\n  section A\n    Tea: 5: Me\n',
        'journey\n  Tea before sections: 3: Me\n',
        'journey\n  section A\n    Make tea 5 Me\n',
        'journey\n  section A: 5: Me\n',
        'journey\n  section A\n    Tea; 5: Me\n',
        'journey\n  title T; U\n',
        'journey\n  section A\n    : 5: Me\n',
        'graph TD\n  A --> B\n',
    ];

    test.each(CASES)('%j', async text => {
        const ours = importError(text) === 'no error';
        const theirs = await mermaid.parse(text);
        expect(ours, JSON.stringify(theirs)).toBe(theirs.ok && theirs.diagramType === 'journey');
    });

    test.each(FIXTURE_FILES)('%s is a valid Mermaid diagram, and its export is too', async file => {
        for (const block of mermaidBlocks(fixture(file))) {
            expect(await mermaid.parse(block.lines.join('\n'))).toEqual({ ok: true, diagramType: 'journey' });
        }
        const { exported } = await importAndExport(fixture(file));
        for (const block of mermaidBlocks(exported)) {
            expect(await mermaid.parse(block.lines.join('\n'))).toEqual({ ok: true, diagramType: 'journey' });
        }
    });
});

describe('faithful both ways: tasks without actors, <br>, accessibility text', () => {
    const DIAGRAM = `journey
    title My day
    accTitle: My day
    accDescr: How I get through a working day, from tea to sofa
    section Go to<br>work
      Make tea: 5: Me, Cat
      Catch the<br/>bus: 2
      Read<BR >mail: 3: Cat
    section Home
      Sit down: 4
`;

    test('import: no `for` without actors, line breaks in labels (not in ids), accTitle as label, accDescr as description (no goal)', () => {
        const { text, warnings } = importMermaid(DIAGRAM, 'x');
        expect(warnings).toEqual([]);
        expect(text).toContain('journey my_day "My day" {\n    kind current\n    description "How I get through a working day, from tea to sofa"\n');
        expect(text).not.toContain('goal');
        expect(text).toContain('    phase go_to_work "Go to\\nwork"');
        expect(text).toContain('    touchpoint catch_the_bus "Catch the\\nbus" {\n        in go_to_work\n        score 2\n    }');
        expect(text).toContain('    touchpoint read_mail "Read\\nmail" {\n        in go_to_work\n        for cat\n');
        expect(text).toContain('    touchpoint sit_down "Sit down" {\n        in home\n        score 4\n    }');
        expect(text).not.toMatch(/<br/i);
        // Empty lines around a <br> are no lines of the label.
        expect(importMermaid('journey\n  section <br>A<br/><br>B<br>\n    T: 3\n', 'x').text).toContain('    phase a_b "A\\nB"');
    });

    test('the labels hold real line breaks, and export writes them back as <br>', async () => {
        const { imported, exported } = await importAndExport(DIAGRAM);
        const document = await validate(imported);
        const [model] = document.parseResult.value.elements.filter(isJourney).map(toDiagramModel);
        expect(model.phases[0].label).toBe('Go to\nwork');
        expect(model.touchpoints.map(t => [t.label, t.personas])).toEqual([
            ['Make tea', ['me', 'cat']], ['Catch the\nbus', []], ['Read\nmail', ['cat']], ['Sit down', []],
        ]);
        expect(model.description).toBe('How I get through a working day, from tea to sofa');
        expect(model.goal).toBeUndefined();
        expect(exported.split('\n').filter(line => !line.trim().startsWith('%%'))).toEqual([
            'journey', '    title My day', '    accTitle: My day', '    accDescr: How I get through a working day, from tea to sofa',
            '    section Go to<br>work', '      Make tea: 5: Me, Cat', '      Catch the<br>bus: 2', '      Read<br>mail: 3: Cat',
            '    section Home', '      Sit down: 4', '',
        ]);
        expect((await importAndExport(exported)).imported).toBe(imported);
    });

    test('a title and another accTitle: the title is the label, the accTitle a comment, with a warning', () => {
        const { text, warnings } = importMermaid('journey\n  title Day\n  accTitle: My working day\n  section A\n    T: 3\n', 'x');
        expect(text).toContain('journey day "Day" {\n    kind current\n    // Mermaid accTitle: My working day\n');
        expect(warnings).toEqual([{ line: 3, message: "the accTitle differs from the title; the journey's label is the title, and the accTitle is kept as a comment" }]);
        expect(importMermaid('journey\n  accTitle: Only this\n  section A\n    T: 3\n', 'x').text).toContain('journey only_this "Only this" {');
    });

    describe('as Mermaid reads them', () => {
        let mermaid: MermaidPage;
        beforeAll(async () => { mermaid = await openMermaid(); }, 60_000);
        afterAll(async () => { await mermaid?.close(); });

        test('the export keeps what Mermaid read from the diagram: actors, <br> and accessibility text', async () => {
            const { exported } = await importAndExport(DIAGRAM);
            const [original, again] = [await mermaid.journeyDb(DIAGRAM), await mermaid.journeyDb(exported)];
            expect(again.accTitle).toBe(original.accTitle);
            expect(again.accDescr).toBe(original.accDescr);
            expect(again.tasks.map(t => t.people)).toEqual(original.tasks.map(t => t.people));
            // Mermaid keeps the tag and draws a line break for it: any spelling of <br> is the same break.
            const breaks = (text: string) => text.trim().split(/<br\s*\/?>/i);
            expect(again.sections.map(breaks)).toEqual(original.sections.map(breaks));
            expect(again.tasks.map(t => breaks(t.task))).toEqual(original.tasks.map(t => breaks(t.task)));
            expect(again.tasks.map(t => t.people)).toEqual([['Me', 'Cat'], [], ['Cat'], []]);
        });
    });
});

test("the guide's Mermaid example imports as the guide says", () => {
    const guide = fs.readFileSync('LANGUAGE-GUIDE.md', 'utf8');
    const section = guide.slice(guide.indexOf('\n## Mermaid diagrams'));
    const mermaid = /```mermaid\n([\s\S]*?)```/.exec(section)![1];
    const journey = /```journey\n([\s\S]*?)```/.exec(section)![1];
    expect(importMermaid(mermaid, 'x').text.split('\n').filter(line => !line.startsWith('//')).join('\n')).toBe(journey);
});

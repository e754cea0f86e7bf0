// In the editor, an edit inside one block reparses only that block: the
// document then links and validates as if it had been parsed whole (the same
// diagnostics as a fresh server given the same text), the nodes outside the
// block are kept, and the journey and the file are new objects (so what is
// remembered per journey is computed again).
import { EmptyFileSystem, TextDocument, URI, type AstNode, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { generateJourney } from '../../bench/generate-journey.js';
import { isBetweenPhases, isJourney, isPhase, isTouchpoint, type Journey, type JourneyFile, type Touchpoint } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';

const URI_ = URI.parse('file:///work/edited.journey');

/** A server with one open file; `edit` changes its text as the editor would and rebuilds it. */
function server(text: string) {
    const { shared } = createJourneyServices(EmptyFileSystem);
    const { DocumentBuilder, LangiumDocuments, TextDocuments } = shared.workspace;
    let version = 1;
    const open = async (content: string) => {
        TextDocuments!.set(TextDocument.create(URI_.toString(), 'journey', version++, content));
        await DocumentBuilder.update([URI_], []);
        return LangiumDocuments.getDocument(URI_) as LangiumDocument<JourneyFile>;
    };
    return { first: open(text), edit: open, shared };
}

const journeyOf = (document: LangiumDocument<JourneyFile>) => document.parseResult.value.elements.find(isJourney)!;
const member = (journey: Journey, name: string) => journey.members.find(m => 'name' in m && m.name === name) as AstNode & { name: string };
const problems = (document: LangiumDocument) => (document.diagnostics ?? []).map(d => ({ range: d.range, message: d.message, code: d.code, severity: d.severity }));

/** What a server that never saw the earlier text reports for `text`. */
async function fresh(text: string) {
    return problems(await server(text).first);
}

describe('reparsing a block in the editor', () => {
    const TEXT = generateJourney(20, 4);

    test('a touchpoint label edited: only that touchpoint is new, its neighbours are kept', async () => {
        const { first, edit } = server(TEXT);
        const before = await first;
        const oldRoot = before.parseResult.value, oldJourney = journeyOf(before), oldT5 = member(oldJourney, 't5'), oldT6 = member(oldJourney, 't6');
        const text = TEXT.replace('"Touchpoint 6 with', '"Touchpoint six with');
        const after = await edit(text);
        const journey = journeyOf(after);
        expect(after.parseResult.value).not.toBe(oldRoot);
        expect(journey).not.toBe(oldJourney);
        expect(member(journey, 't5')).not.toBe(oldT5);
        expect(member(journey, 't6')).toBe(oldT6);
        expect(oldT6.$container).toBe(journey);
        expect((member(journey, 't5') as Touchpoint).label).toBe('Touchpoint six with a label long enough to wrap onto a second line');
        expect(after.parseResult.value.$cstNode!.root.fullText).toBe(text);
        expect(problems(after)).toEqual(await fresh(text));
    });

    test('a phase renamed inside its block: the references to it are resolved again, as by a fresh server', async () => {
        const { first, edit } = server(TEXT);
        await first;
        const text = TEXT.replace('phase p1 "Phase 2', 'phase p1x "Phase 2');
        const after = await edit(text);
        const journey = journeyOf(after);
        expect(problems(after)).toEqual(await fresh(text));
        expect(problems(after).length).toBeGreaterThan(0); // `in p1` no longer names a phase
        const t0 = member(journey, 't0') as Touchpoint;
        const placement = t0.members.find(isBetweenPhases)!; // t0: between p0 and p1
        expect(placement.from.ref).toBe(journey.members.find(isPhase));
    });

    test('several edits in a row, some inside blocks and some not, give a fresh server\'s diagnostics each time', async () => {
        const { first, edit } = server(TEXT);
        await first;
        const steps = [
            (t: string) => t.replace('score 3', 'score 9'),
            (t: string) => t.replace('        in p2\n', '        in p2\n        in p3\n'),
            (t: string) => t.replace('    department sales "Sales"\n', ''),
            (t: string) => t.replace('owner sales\n        priority now', 'owner marketing\n        priority later'),
            (t: string) => t.replace('touchpoint t3 ', 'touchpoint t3b '),
        ];
        let text = TEXT;
        for (const step of steps) {
            const next = step(text);
            expect(next).not.toBe(text);
            text = next;
            expect(problems(await edit(text))).toEqual(await fresh(text));
        }
    });

    test('a document made from a text for the same file leaves the open one alone', async () => {
        const { first, shared } = server(TEXT);
        const open = await first;
        const root = open.parseResult.value;
        shared.workspace.LangiumDocumentFactory.fromString(TEXT.replace('Touchpoint 1 ', 'Other '), URI_);
        expect(open.parseResult.value).toBe(root);
        expect(root.$cstNode!.root.fullText).toBe(TEXT);
        expect(isTouchpoint(member(journeyOf(open), 't0'))).toBe(true);
    });
});

// A large file never holds back the others: small documents are built and
// validated (their diagnostics published) before a large one, also when an
// edit to a small file interrupts the large file's build. Order, not times.
import { DocumentState, EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { afterEach, describe, expect, test } from 'vitest';
import { generateJourney } from '../../bench/generate-journey.js';
import { JourneyDocumentBuilder } from '../../language-server/journey-document-builder.js';
import { createJourneyServices } from '../../language-server/journey-module.js';

const { shared } = createJourneyServices(EmptyFileSystem);
const { DocumentBuilder, LangiumDocuments, TextDocuments, WorkspaceLock } = shared.workspace;
const builder = DocumentBuilder as JourneyDocumentBuilder;
builder.largeText = 4000; // a few touchpoints are "large" here, so the test stays quick

const BIG = URI.parse('file:///work/big.journey'), SMALL = URI.parse('file:///work/small.journey');
const BIG_TEXT = `channel shared "Shared" digital\n${generateJourney(30)}`;
const smallText = (importsBig: boolean, label = 'Small') => `${importsBig ? 'import "big.journey"\n' : ''}journey small "${label}" {
${importsBig ? '' : '    channel own "Own" digital\n'}    phase a "A"
    touchpoint t "T" {
        in a
        via ${importsBig ? 'shared' : 'own'}
    }
}
`;

/** Which document reached which state, in order: "big:Linked", "small:Validated", … */
let events: string[] = [];
const name = (document: LangiumDocument) => (document.uri.path.endsWith('big.journey') ? 'big' : 'small');
for (const state of [DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.Linked, DocumentState.Validated]) {
    DocumentBuilder.onDocumentPhase(state, document => { events.push(`${name(document)}:${DocumentState[state]}`); });
}
const at = (event: string) => {
    expect(events).toContain(event);
    return events.indexOf(event);
};

/** Opens both files in the editor, as the client would (their text comes from there). */
function open(small: string, version = 1): void {
    TextDocuments!.set(TextDocument.create(BIG.toString(), 'journey', 1, BIG_TEXT));
    TextDocuments!.set(TextDocument.create(SMALL.toString(), 'journey', version, small));
}

afterEach(async () => {
    await DocumentBuilder.update([], [BIG, SMALL]);
    for (const uri of [BIG, SMALL]) TextDocuments!.delete(uri.toString());
    events = [];
});

describe('build order', () => {
    test('the big file really is large here, and the small one is not', () => {
        expect(BIG_TEXT.length).toBeGreaterThan(builder.largeText);
        expect(smallText(true).length).toBeLessThan(builder.largeText);
    });

    test('a small file is validated before a large file of the same update is even parsed', async () => {
        open(smallText(false));
        await WorkspaceLock.write(token => DocumentBuilder.update([BIG, SMALL], [], token));
        expect(at('small:Validated')).toBeLessThan(at('big:Parsed'));
        expect(at('big:Validated')).toBeGreaterThan(at('small:Validated'));
        expect(LangiumDocuments.getDocument(SMALL)!.diagnostics).toEqual([]);
    });

    test('a small file that imports a large one waits for it, and finds its definitions', async () => {
        open(smallText(true));
        await WorkspaceLock.write(token => DocumentBuilder.update([BIG, SMALL], [], token));
        expect(at('small:Linked')).toBeGreaterThan(at('big:IndexedContent'));
        expect(LangiumDocuments.getDocument(SMALL)!.diagnostics).toEqual([]);
    });

    test('an edit to a small file while a large one builds: the new change cancels the build, the small file is validated first', async () => {
        open(smallText(false));
        let edited: Promise<void> | undefined;
        const first = DocumentBuilder.onDocumentPhase(DocumentState.IndexedContent, document => {
            if (name(document) !== 'big' || edited) return;
            open(smallText(false, 'Small, edited'), 2);
            edited = WorkspaceLock.write(token => DocumentBuilder.update([SMALL], [], token));
        });
        await WorkspaceLock.write(token => DocumentBuilder.update([BIG, SMALL], [], token));
        first.dispose();
        await edited;
        const afterEdit = events.slice(events.indexOf('big:IndexedContent') + 1);
        // The first build stopped: the big file was validated once, after the edited small file.
        expect(afterEdit.filter(e => e === 'big:Validated')).toHaveLength(1);
        expect(afterEdit.indexOf('small:Validated')).toBeLessThan(afterEdit.indexOf('big:Validated'));
        expect(LangiumDocuments.getDocument(SMALL)!.parseResult.value.$cstNode?.text).toContain('Small, edited');
        expect(LangiumDocuments.getDocument(BIG)!.state).toBe(DocumentState.Validated);
    });

    test('a change that comes in before the build parses the text cancels it: the stale text is never parsed', async () => {
        open(smallText(false));
        await WorkspaceLock.write(token => DocumentBuilder.update([SMALL], [], token));
        events = [];
        open(smallText(false, 'Typed'), 2);
        const typed = WorkspaceLock.write(token => DocumentBuilder.update([SMALL], [], token));
        // The next change is a message of its own: it comes in on a later turn of the event loop.
        await new Promise(resolve => setImmediate(resolve));
        open(smallText(false, 'Typed on'), 3);
        await Promise.all([typed, WorkspaceLock.write(token => DocumentBuilder.update([SMALL], [], token))]);
        expect(events.filter(e => e === 'small:Parsed')).toHaveLength(1);
        expect(LangiumDocuments.getDocument(SMALL)!.parseResult.value.$cstNode?.text).toContain('Typed on');
    });

    test('a change on its way in when a large file is about to be parsed goes first', async () => {
        open(smallText(false));
        await WorkspaceLock.write(token => DocumentBuilder.update([SMALL], [], token));
        events = [];
        const opened = WorkspaceLock.write(token => DocumentBuilder.update([BIG], [], token));
        // A message read on the next turn of the event loop (a timer runs after the input is read).
        await new Promise(resolve => setTimeout(resolve, 0));
        open(smallText(false, 'Small, edited'), 2);
        await Promise.all([opened, WorkspaceLock.write(token => DocumentBuilder.update([SMALL], [], token))]);
        expect(at('small:Validated')).toBeLessThan(at('big:Parsed'));
        expect(events.filter(e => e === 'big:Parsed')).toHaveLength(1);
    });
});

// Which quick fixes are offered, in which order, and which is preferred: the
// choices the LSP tests (test/lsp/quick-fixes.test.ts) do not apply one by one.
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { services, validate, withCode } from './journey-test-services.js';

async function fixesOf(text: string, code: string, others: Record<string, string> = {}): Promise<CodeAction[]> {
    const document = await validate(text, others);
    const [diagnostic] = withCode(document, code);
    expect(diagnostic, `no ${code}`).toBeDefined();
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    return actions.filter(a => !a.title.startsWith('Ignore this problem here'));
}

const titles = (actions: CodeAction[]) => actions.map(a => a.title);

describe('quick fix choices', () => {
    test('an unplaced touchpoint: the phase of the touchpoint before it first, then the phases nearest to it', async () => {
        const text = `journey j "J" {
    phase a "A"
    phase b "B"
    phase c "C"
    phase d "D"
    touchpoint t1 "T1" {
        in c
    }
    touchpoint t2 "T2"
}
`;
        expect(titles(await fixesOf(text, IssueCodes.TouchpointNotPlaced))).toEqual([
            "Place it in phase 'C' (`in c`)", "Place it in phase 'B' (`in b`)", "Place it in phase 'D' (`in d`)", "Place it in phase 'A' (`in a`)",
        ]);
    });

    test('after a touchpoint on a boundary, the phase after the boundary comes first', async () => {
        const text = 'journey j "J" {\n    phase a "A"\n    phase b "B"\n    touchpoint t1 "T1" {\n        after a\n    }\n    touchpoint t2 "T2"\n}\n';
        expect(titles(await fixesOf(text, IssueCodes.TouchpointNotPlaced))[0]).toBe("Place it in phase 'B' (`in b`)");
    });

    test('a channel\'s mode is the writer\'s choice: two fixes, neither preferred', async () => {
        const actions = await fixesOf('journey j "J" {\n    channel web "Web"\n}\n', IssueCodes.ChannelModeMissing);
        expect(titles(actions)).toEqual(["Add `digital`: channel 'Web' is digital", "Add `physical`: channel 'Web' is physical"]);
        expect(actions.map(a => a.isPreferred)).toEqual([undefined, undefined]);
    });

    test('a misspelling with nothing close gets no fix: there is no suggestion to apply', async () => {
        const text = 'journey j "J" {\n    phase visit "Visit"\n    touchpoint t "T" {\n        in somethingelse\n    }\n}\n';
        expect(await fixesOf(text, IssueCodes.UnknownReference)).toEqual([]);
    });

    test('the only department is the preferred owner', async () => {
        const text = 'journey j "J" {\n    department sales "Sales"\n    phase a "A" {\n        owner sales\n    }\n    phase b "B"\n}\n';
        const actions = await fixesOf(text, IssueCodes.PhaseWithoutOwner);
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([['Add `owner sales` (Sales)', true]]);
    });

    test('`improves` naming a future state: the current-state journeys instead', async () => {
        const text = 'journey now "Now" {\n    kind current\n}\njourney other "Other" {\n    kind future\n    improves now\n}\n'
            + 'journey next "Next" {\n    kind future\n    improves other\n}\n';
        expect(titles(await fixesOf(text, IssueCodes.ImprovesWrongJourney))).toEqual(["Improve on 'Now' instead (`improves now`)"]);
    });

    test('a moment of truth at risk: each improvement of the journey, or a new one', async () => {
        const text = 'journey j "J" {\n    phase a "A"\n    touchpoint t "T" {\n        in a\n        critical\n        score 1\n    }\n'
            + '    improvement faster "Faster" {\n        addresses a\n    }\n}\n';
        const actions = await fixesOf(text, IssueCodes.MomentOfTruthAtRisk);
        expect(titles(actions)).toEqual([
            "Add it to improvement 'Faster' (`addresses t`)", "Put it on the action plan: a new improvement 'improve_t'",
        ]);
        const edit = Object.values(actions[0].edit!.changes!)[0][0];
        expect(edit.newText).toBe(', t');
    });

    test('a fraction inside the scale: the whole numbers on either side', async () => {
        const text = 'journey j "J" {\n    phase a "A" {\n        emotion 1.5\n    }\n}\n';
        expect(titles(await fixesOf(text, IssueCodes.EmotionOutOfRange))).toEqual(['Change 1.5 to 1', 'Change 1.5 to 2']);
    });

    test('an import of a file that exists but is no journey file: the journey file with the closest name, no new file', async () => {
        const text = 'import "company.jurney"\njourney j "J" {\n}\n';
        expect(titles(await fixesOf(text, IssueCodes.ImportNotFound, { 'company.journey': 'department sales\n' })))
            .toEqual(["Import 'company.journey' instead"]);
    });

    test('an unused persona inside a journey can only be removed', async () => {
        const text = 'journey j "J" {\n    persona a "A"\n    persona b "B"\n    phase p "P"\n    touchpoint t "T" {\n        in p\n        for a\n    }\n}\n';
        expect(titles(await fixesOf(text, IssueCodes.UnusedPersona))).toEqual(["Remove persona 'B'"]);
    });
});

// Code actions rewrite without changing what the journey means.
import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import type { Journey } from '../../language-server/generated/ast.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { services, validate, withCode } from './journey-test-services.js';

const TEXT = `journey demo "Demo" {
    channel website "Website" digital
    channel store "Store" physical
    phase orientation "Orientation"
    phase consideration "Consideration"
    phase purchase "Purchase"
    touchpoint ads "Online ads" {
        between orientation and consideration
        via website, store, website
    }
    touchpoint visit "Store visit" {
        between consideration and purchase
        via store
    }
    touchpoint far "Far apart" {
        between orientation and purchase
        via store
    }
}
`;

const lineRange = (line: number): Range => ({ start: { line, character: 8 }, end: { line, character: 8 } });

async function actionsAt(text: string, range: Range, diagnostics: Diagnostic[] = []) {
    const document = await validate(text);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.textDocument.uri }, range, context: { diagnostics },
    }) as CodeAction[];
    return { document, actions };
}

function apply(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit!.changes!)[0];
    return TextDocument.applyEdits(TextDocument.create('file:///x.journey', 'journey', 1, text), edits);
}

describe('code actions', () => {
    test('between two consecutive phases becomes after the first one', async () => {
        const { actions } = await actionsAt(TEXT, lineRange(7));
        expect(actions.map(a => a.title)).toEqual([
            "Use `after orientation` (the same place; it moves with phase 'orientation' when phases are reordered)",
            'Use `after` for all 2 `between` lines of consecutive phases in this file',
        ]);
        expect(actions[0].kind).toBe(CodeActionKind.RefactorRewrite);
        const fixed = apply(TEXT, actions[0]);
        expect(fixed).toContain('    touchpoint ads "Online ads" {\n        after orientation\n        via');
        expect(fixed.replace('after orientation', 'between orientation and consideration')).toBe(TEXT);
    });

    test('the file-wide rewrite leaves non-consecutive phases alone and every touchpoint keeps its place', async () => {
        const { actions } = await actionsAt(TEXT, lineRange(11));
        const fixed = apply(TEXT, actions[1]);
        expect(fixed).toContain('after orientation\n');
        expect(fixed).toContain('after consideration\n');
        expect(fixed).toContain('between orientation and purchase\n');
        const placements = async (text: string) => {
            const journey = (await validate(text)).parseResult.value.elements[0] as Journey;
            return toDiagramModel(journey).touchpoints.map(t => t.placement);
        };
        expect(await placements(fixed)).toEqual(await placements(TEXT));
    });

    test('no fix is offered for phases that are not consecutive: any guess could change the meaning', async () => {
        const { document, actions } = await actionsAt(TEXT, lineRange(15));
        const [error] = withCode(document, IssueCodes.PhasesNotConsecutive);
        expect(error.range.start.line).toBe(15);
        const withDiagnostic = await actionsAt(TEXT, lineRange(15), [error]);
        expect(actions).toEqual([]);
        expect(withDiagnostic.actions).toEqual([]);
    });

    test('a between line with a comment inside is left to the writer', async () => {
        const text = TEXT.replace('between orientation and consideration', 'between orientation /* first */ and consideration');
        const { actions } = await actionsAt(text, lineRange(7));
        expect(actions.map(a => a.title)).toEqual([]);
    });

    test('only the kinds asked for', async () => {
        const document = await validate(TEXT);
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: lineRange(7), context: { diagnostics: [], only: [CodeActionKind.QuickFix] },
        });
        expect(actions).toEqual([]);
    });

    test('a channel named twice: the repeat is removed', async () => {
        const document = await validate(TEXT);
        const [diagnostic] = withCode(document, IssueCodes.RepeatedChannel);
        const { actions } = await actionsAt(TEXT, diagnostic.range, [diagnostic]);
        const fix = actions.find(a => a.kind === CodeActionKind.QuickFix)!;
        expect(fix.title).toBe("Remove the repeated channel 'website'");
        expect(fix.diagnostics).toEqual([diagnostic]);
        expect(apply(TEXT, fix)).toContain('        via website, store\n');
    });
});

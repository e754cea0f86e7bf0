// The problems a `journey-ignore` comment accepted, per document: not shown in
// the editor, but listed as suppressed in SARIF so code scanning shows them as
// dismissed rather than gone.
import type { LangiumDocument } from 'langium';
import type { SuppressedProblem } from './apply-rules.js';

export class SuppressedProblems {
    private readonly byDocument = new WeakMap<LangiumDocument, SuppressedProblem[]>();

    /** `fresh`: a new validation of the whole document (else more checks of the same one). */
    record(document: LangiumDocument, problems: readonly SuppressedProblem[], fresh: boolean): void {
        const kept = fresh ? [] : this.byDocument.get(document) ?? [];
        this.byDocument.set(document, [...kept, ...problems]);
    }

    of(document: LangiumDocument): readonly SuppressedProblem[] {
        return this.byDocument.get(document) ?? [];
    }
}

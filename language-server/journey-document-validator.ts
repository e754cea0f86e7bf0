// Every problem carries one of our stable codes: syntax errors and unresolved
// references too, which Langium reports without one.
import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { IssueCodes } from './validation/issue-codes.js';

const SYNTAX = new Set<unknown>([DocumentValidator.LexingError, DocumentValidator.ParsingError]);

function codeFor(langiumCode: unknown): string {
    if (langiumCode === DocumentValidator.LinkingError) return IssueCodes.UnknownReference;
    return SYNTAX.has(langiumCode) ? IssueCodes.SyntaxError : IssueCodes.InternalError;
}

export class JourneyDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            diagnostic.code ??= codeFor(diagnostic.data?.code);
        }
        return diagnostics;
    }
}

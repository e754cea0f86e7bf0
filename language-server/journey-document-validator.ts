// Every problem carries one of our stable codes: syntax errors and unresolved
// references too, which Langium reports without one.
import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import { IssueCodes } from './validation/issue-codes.js';

export class JourneyDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            diagnostic.code ??= diagnostic.data?.code === DocumentValidator.LinkingError
                ? IssueCodes.UnknownReference
                : IssueCodes.SyntaxError;
        }
        return diagnostics;
    }
}

// Documents are parsed again after each change; an edit inside one block
// (a touchpoint's label, a phase's lines) reparses only that block and splices
// it into the last parse: at 10,000 touchpoints about 1/50 of a full parse (the
// rest is shifting the positions of the text after the block). Only the update of a
// document takes that path: a document made from a text (a new file, another
// version to compare with) is parsed whole and never touches an open one.
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type Mutable, type ParseResult, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { reparseBlock } from './block-reparse.js';

export class JourneyDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The last parse of each document being updated, by URI. */
    private readonly updating = new Map<string, ParseResult>();

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.updating.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        // Taken once: only the parse of this update may splice into the document's tree.
        const previous = this.updating.get(uri.toString());
        this.updating.delete(uri.toString());
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
        const reparsed = previous && reparseBlock(previous, text, parser);
        return reparsed ? Promise.resolve(reparsed as ParseResult<T>) : super.parseAsync(uri, text, cancellationToken);
    }
}

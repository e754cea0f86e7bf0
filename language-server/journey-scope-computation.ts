// The names each block of a document declares (its local scopes): Langium's,
// collected without a stream and a promise per node (see ast-walk.ts).
import { DefaultScopeComputation, MultiMap, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { nodesOf } from './ast-walk.js';

export class JourneyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const interruptible = cancelToken !== CancellationToken.None;
        // The root too, unlike Langium's walk: having no container, it adds nothing.
        for (const node of nodesOf(document.parseResult.value)) {
            if (interruptible) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(node, document, symbols);
        }
        return symbols;
    }
}

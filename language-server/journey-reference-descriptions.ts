// The references a document holds, for the workspace index (what "find
// references" and the unused persona and channel checks read): Langium's
// descriptions, found without a stream and a promise per node (see ast-walk.ts).
import {
    DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { forEachReference, nodesOf } from './ast-walk.js';

export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const interruptible = cancelToken !== CancellationToken.None;
        for (const node of nodesOf(document.parseResult.value)) {
            if (interruptible) await interruptAndCheck(cancelToken);
            forEachReference(node, info => {
                if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
            });
        }
        return descriptions;
    }
}

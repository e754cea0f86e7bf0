// Unresolved references get a message in journey terms: what is missing, a
// likely typo, and what exists that could be meant.
import {
    DefaultLinker, interruptAndCheck, type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo, type ScopeProvider,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { forEachReference, nodesOf } from './ast-walk.js';
import { closestName, listNames, termFor } from './journey-names.js';
import { t } from './l10n.js';

/** The names a reference could use here, and the one its text most likely meant (also the quick fix's). */
export function nameSuggestion(scopeProvider: ScopeProvider, refInfo: ReferenceInfo): { known: string[]; guess?: string } {
    const known = [...new Set(scopeProvider.getScope(refInfo).getAllElements().map(d => d.name))];
    return { known, guess: closestName(refInfo.reference.$refText, known) };
}

export class JourneyLinker extends DefaultLinker {
    // As Langium's, in the same order, without a stream per node (see ast-walk.ts).
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const interruptible = cancelToken !== CancellationToken.None;
        for (const node of nodesOf(document.parseResult.value)) {
            if (interruptible) await interruptAndCheck(cancelToken);
            forEachReference(node, reference => this.doLink(reference, document));
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        return { ...error, message: this.describeMissing(refInfo) };
    }

    private describeMissing(refInfo: ReferenceInfo): string {
        const type = this.reflection.getReferenceType(refInfo);
        const wanted = refInfo.reference.$refText;
        const { known, guess } = nameSuggestion(this.scopeProvider, refInfo);
        const missing = t("There is no {0} called '{1}'.", termFor(type), wanted);
        if (known.length === 0) {
            return `${missing} ${t('No {0} are defined here yet: define one, or import the file that defines it.', termFor(type, true))}`;
        }
        const hint = guess ? ` ${t("Did you mean '{0}'?", guess)}` : '';
        return `${missing}${hint} ${t('Known {0}: {1}.', termFor(type, true), listNames(known))}`;
    }
}

// Unresolved references get a message in journey terms: what is missing, a
// likely typo, and what exists that could be meant.
import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { closestName, listNames, termFor } from './journey-names.js';
import { t } from './l10n.js';

export class JourneyLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        return { ...error, message: this.describeMissing(refInfo) };
    }

    private describeMissing(refInfo: ReferenceInfo): string {
        const type = this.reflection.getReferenceType(refInfo);
        const wanted = refInfo.reference.$refText;
        const known = [...new Set(this.scopeProvider.getScope(refInfo).getAllElements().map(d => d.name))];
        const missing = t("There is no {0} called '{1}'.", termFor(type), wanted);
        if (known.length === 0) {
            return `${missing} ${t('No {0} are defined here yet: define one, or import the file that defines it.', termFor(type, true))}`;
        }
        const guess = closestName(wanted, known);
        const hint = guess ? ` ${t("Did you mean '{0}'?", guess)}` : '';
        return `${missing}${hint} ${t('Known {0}: {1}.', termFor(type, true), listNames(known))}`;
    }
}

import { afterEach, describe, expect, it } from 'vitest';
import { languageOf, setLanguage, t } from '../../language-server/l10n.js';

describe('the language of messages', () => {
    afterEach(() => setLanguage('en'));

    it('reads locale tags as VS Code and shells write them', () => {
        for (const tag of ['nl', 'nl-NL', 'nl-BE', 'nl_NL.UTF-8', 'nl_BE@euro', 'NL']) expect(languageOf(tag)).toBe('nl');
        for (const tag of ['en', 'en-US', 'en_GB.UTF-8', 'C', 'C.UTF-8', 'POSIX']) expect(languageOf(tag)).toBe('en');
        for (const tag of ['de', 'fr_FR.UTF-8', '', undefined]) expect(languageOf(tag)).toBeUndefined();
    });

    it('gives the Dutch text with its arguments after setLanguage(nl), the English one again after en', () => {
        setLanguage('nl');
        expect(t("Phase '{0}'", 'Oriëntatie')).toBe("Fase 'Oriëntatie'");
        setLanguage('en');
        expect(t("Phase '{0}'", 'Orientation')).toBe("Phase 'Orientation'");
    });
});

// Every message a person reads (diagnostics, hover, completion, CLI output) goes through
// `t`: the English text written in the code is the key, `{0}`… are its arguments.
// Translations are looked up in the bundle of the user's language (issue 12 §6).
import * as l10n from '@vscode/l10n';
// Bundled, not read from disk: the web-worker server has no file system.
import dutch from '../l10n/bundle.l10n.nl.json';

export type Language = 'en' | 'nl';

export const t: typeof l10n.t = l10n.t;

let language: Language = 'en';

/** The language of a locale tag as VS Code (`nl`, `nl-BE`) or a shell (`nl_NL.UTF-8`) writes it; undefined if unknown. */
export function languageOf(tag: string | undefined): Language | undefined {
    const code = tag?.trim().toLowerCase().split(/[-_.@]/)[0];
    if (code === 'nl') return 'nl';
    if (code === 'en' || code === 'c' || code === 'posix') return 'en';
    return undefined;
}

/** Messages made after this call are in `lang`; English needs no bundle, it is the text in the code. */
export function setLanguage(lang: Language): void {
    language = lang;
    l10n.config({ contents: lang === 'nl' ? dutch : {} });
}

export function currentLanguage(): Language {
    return language;
}

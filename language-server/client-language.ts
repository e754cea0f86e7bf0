// The server speaks the client's language: VS Code sends its display language as
// `locale` in `initialize`. Every message is made after that (validation runs once
// the workspace is initialized), so one setting for the whole process is enough.
import type { LangiumSharedServices } from 'langium/lsp';
import { languageOf, setLanguage } from './l10n.js';

export function followClientLanguage(shared: LangiumSharedServices): void {
    shared.lsp.LanguageServer.onInitialize(params => setLanguage(languageOf(params.locale) ?? 'en'));
}

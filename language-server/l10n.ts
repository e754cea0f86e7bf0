// Every message a person reads (diagnostics, hover, completion, CLI output) goes through
// `t`: the English text written in the code is the key, `{0}`… are its arguments.
// Translations are looked up in the bundle of the user's language (issue 12 §6).
import * as l10n from '@vscode/l10n';

export const t: typeof l10n.t = l10n.t;

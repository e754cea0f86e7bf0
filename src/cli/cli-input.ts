// Every file the CLI reads by name goes through here: the safe reader of
// language-server/journey-file-reader.ts, with its refusals as usage errors.
import { t } from '../../language-server/l10n.js';
import { readTextFileSafely, RefusedFile } from '../../language-server/journey-file-reader.js';
import { UsageError } from './usage-error.js';

const SYSTEM_REASONS: Record<string, string> = {
    ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder, not a file', ELOOP: 'a link that leads round in circles',
};

/** The text of `file` (shown as `shown`); `extension` null for inputs of any name (Mermaid, Markdown). */
export function readInputFile(file: string, extension: string | null = null, shown = file): string {
    try {
        return readTextFileSafely(file, extension);
    } catch (error) {
        const reason = error instanceof RefusedFile ? error.message : SYSTEM_REASONS[(error as NodeJS.ErrnoException).code ?? ''];
        throw new UsageError(reason ? t("cannot read '{0}': {1}", shown, reason) : t("cannot read '{0}'", shown));
    }
}

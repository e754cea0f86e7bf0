// The count of problems shown above the editor, as in VS Code's status bar.
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { t } from '../language-server/l10n.js';

export function problemsText(diagnostics: readonly Diagnostic[]): string {
    const errors = diagnostics.filter(d => (d.severity ?? 1) === 1).length;
    const warnings = diagnostics.filter(d => d.severity === 2).length;
    if (errors + warnings === 0) return t('No problems');
    const parts = [
        errors === 1 ? t('1 error') : errors > 1 ? t('{0} errors', errors) : '',
        warnings === 1 ? t('1 warning') : warnings > 1 ? t('{0} warnings', warnings) : '',
    ];
    return parts.filter(Boolean).join(', ');
}

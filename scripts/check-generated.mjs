// In CI: the committed generated parser and TextMate grammar must match the grammar.
// (`npm run build` has just regenerated them; a difference means someone forgot to commit.)
import { execFileSync } from 'node:child_process';

if (process.env.CI) {
    try {
        execFileSync('git', ['diff', '--exit-code', '--stat', '--', 'syntaxes', 'language-server/generated'], { stdio: 'inherit' });
    } catch {
        console.error('Generated files are out of date: run `npm run langium:generate` and commit syntaxes/ and language-server/generated/.');
        process.exit(1);
    }
}

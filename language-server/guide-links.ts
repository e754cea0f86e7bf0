// Where each problem is explained: its entry in the language guide, on the
// repository's page (a link that opens from the editor's problem hover; the guide
// gives every code a stable anchor, `code-<code>`). esbuild inlines only this field of package.json.
import { repository } from '../package.json';

export const GUIDE_URL = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/blob/main/LANGUAGE-GUIDE.md`;

export function guideLink(code: string): string {
    return `${GUIDE_URL}#code-${code}`;
}

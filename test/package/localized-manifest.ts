// package.json as VS Code reads it in a language: every "%key%" replaced by its text in
// package.nls.json (English) or package.nls.<language>.json, so tests see the real texts.
import * as fs from 'node:fs';

export function localizedManifest(language?: 'nl') {
    const texts = JSON.parse(fs.readFileSync(language ? `package.nls.${language}.json` : 'package.nls.json', 'utf8')) as Record<string, string>;
    return JSON.parse(fs.readFileSync('package.json', 'utf8'), (_key, value: unknown) =>
        typeof value === 'string' && /^%.+%$/.test(value) ? texts[value.slice(1, -1)] ?? value : value);
}

// Finds every translatable text in the sources: the first argument of `t(…)` and
// `vscode.l10n.t(…)`, which must be a plain string (the English text is the key).
// `node scripts/l10n-keys.mjs` writes l10n/bundle.l10n.json; the l10n test compares it and the
// Dutch bundle with the sources, so a message without Dutch text fails the tests.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const SOURCE_DIRS = ['language-server', 'src', 'diagram-core', 'webview'];

function sourceFiles(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
        return entry.name.endsWith('.ts') ? [path] : [];
    });
}

/** `t(…)`, `l10n.t(…)` or `vscode.l10n.t(…)`; or the diagram's `w(…)` (diagram-core/words.ts). */
function isTranslateCall(node, name) {
    if (!ts.isCallExpression(node)) return false;
    const callee = node.expression;
    if (ts.isIdentifier(callee)) return callee.text === name;
    if (name !== 't') return false;
    return ts.isPropertyAccessExpression(callee) && callee.name.text === 't' && /(^|\.)l10n$/.test(callee.expression.getText());
}

/** The text of a literal, or of literals joined with `+` (long messages are split over lines). */
function literalText(node) {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const left = literalText(node.left), right = literalText(node.right);
        return left === undefined || right === undefined ? undefined : left + right;
    }
    return undefined;
}

/** Keys, and the places where `t` is called with something other than a literal text. */
export function extractKeys(root = '.', name = 't', dirs = SOURCE_DIRS) {
    const keys = new Set();
    const unreadable = [];
    for (const file of dirs.flatMap(dir => sourceFiles(join(root, dir)))) {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = node => {
            if (isTranslateCall(node, name)) {
                const key = node.arguments[0] && literalText(node.arguments[0]);
                if (key !== undefined) keys.add(key);
                else unreadable.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
            }
            ts.forEachChild(node, visit);
        };
        visit(source);
    }
    return { keys: [...keys].sort(), unreadable };
}

export function englishBundle(keys) {
    return `${JSON.stringify(Object.fromEntries(keys.map(key => [key, key])), null, 4)}\n`;
}

if (process.argv[1]?.endsWith('l10n-keys.mjs')) {
    const { keys, unreadable } = extractKeys();
    for (const place of unreadable) console.error(`${place}: t() needs a literal text as its first argument`);
    writeFileSync('l10n/bundle.l10n.json', englishBundle(keys));
    console.log(`${keys.length} messages in l10n/bundle.l10n.json`);
    if (unreadable.length) process.exitCode = 1;
}

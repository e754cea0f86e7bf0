// The extension page and the walkthrough point only at what exists: every relative
// image of media/walkthrough/*.md, and every file package.json names (icons,
// walkthrough pages, grammar…), is inside a .vsix packed the way `npm run package`
// packs it (listed with unzip); every link into the repository on GitHub (or its raw
// files) names a file that exists here, and every #anchor a heading; every command
// link a command the extension contributes. The README's own links and images are
// absolute, since VS Code's extension page opens and loads nothing else.
// Needs the build (dist/) the package holds.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localizedManifest } from './localized-manifest.js';

const vsce = createRequire(import.meta.url)('@vscode/vsce') as {
    createVSIX(options: { cwd: string; packagePath: string; dependencies: boolean; rewriteRelativeLinks: boolean; allowMissingRepository: boolean }): Promise<void>;
};
const REPO = 'https://github.com/journey-maps/journey/';
const RAW = 'https://raw.githubusercontent.com/journey-maps/journey/main/';
/** Pages VS Code shows in the extension's page: its CSP loads only https: images there. */
const EXTENSION_PAGE = ['README.md', 'CHANGELOG.md'];
const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const WALKTHROUGH_PAGES = fs.readdirSync('media/walkthrough').filter(f => f.endsWith('.md')).map(f => `media/walkthrough/${f}`);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-vsix-links-'));
let packed: Set<string>;

beforeAll(async () => {
    const vsix = path.join(dir, 'journey.vsix');
    await vsce.createVSIX({ cwd: process.cwd(), packagePath: vsix, dependencies: false, rewriteRelativeLinks: false, allowMissingRepository: true });
    packed = new Set(execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n').filter(Boolean)
        .filter(entry => entry.startsWith('extension/')).map(entry => entry.slice('extension/'.length)));
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Link { target: string; image: boolean }

/** Markdown links and images, and src/href attributes, outside code blocks. */
function linksOf(markdown: string): Link[] {
    const withoutCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
    return [...withoutCode.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)|(src|href)="([^"]+)"/g)]
        .map(m => ({ target: m[2] ?? m[4], image: m[1] === '!' || m[3] === 'src' }));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
const anchorOf = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
const anchorsIn = (file: string) => new Set(fs.readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '')
    .split('\n').filter(line => /^#{1,6} /.test(line)).map(line => anchorOf(line.replace(/^#+ /, ''))));

/** What is wrong with one link of `page`, or undefined. */
function problemWith(page: string, { target: link, image }: Link): string | undefined {
    const [target, anchor] = link.split('#') as [string, string | undefined];
    if (link.startsWith('command:')) {
        const command = link.slice('command:'.length).split('?')[0];
        return manifest.contributes.commands.some((c: { command: string }) => c.command === command) ? undefined : `${link}: not a command of the extension`;
    }
    if (link.startsWith(REPO) || link.startsWith(RAW)) {
        const file = (link.startsWith(RAW) ? target.slice(RAW.length) : target.slice(REPO.length).replace(/^(blob|tree)\/main\//, '')).replace(/\/$/, '');
        if (!fs.existsSync(file)) return `${link}: ${file} is not in the repository`;
        if (anchor && !anchorsIn(file).has(anchor)) return `${link}: ${file} has no heading #${anchor}`;
        return undefined;
    }
    if (/^[a-z]+:/.test(link)) return undefined;   // another site
    if (target === '') return anchor && anchorsIn(page).has(anchor) ? undefined : `${link}: no such heading in ${page}`;
    // The extension view and the walkthrough open only http(s) and command links; the walkthrough loads images from the package.
    if (image && EXTENSION_PAGE.includes(page)) return `${link}: the extension page loads only https: images; use ${RAW}${target}`;
    if (!image) return `${link}: VS Code does not open a relative link from ${page}; link to ${REPO}blob/main/… instead`;
    const file = path.posix.join(path.posix.dirname(page), target);
    return packed.has(file) ? undefined : `${link}: ${file} is not in the .vsix (VS Code's extension view cannot show it)`;
}

describe('the .vsix holds what the extension page and the walkthrough point to', () => {
    test.each(['README.md', 'CHANGELOG.md', ...WALKTHROUGH_PAGES])('%s: every link and image works from the installed extension', page => {
        // vsce stores the README and the CHANGELOG as readme.md and changelog.md.
        const packedAs = ({ 'README.md': 'readme.md', 'CHANGELOG.md': 'changelog.md' } as Record<string, string>)[page] ?? page;
        expect(packed.has(packedAs)).toBe(true);
        const links = linksOf(fs.readFileSync(page, 'utf8'));
        expect(links.map(link => problemWith(page, link)).filter(Boolean)).toEqual([]);
    });

    test('the README shows the rendered map by its https address, a file of the repository', () => {
        expect(linksOf(fs.readFileSync('README.md', 'utf8'))).toContainEqual({ target: `${RAW}docs/images/floor-renovation.png`, image: true });
        expect(fs.existsSync('docs/images/floor-renovation.png')).toBe(true);
    });

    test('package.json: the icons, the language files and each walkthrough step\'s page and links', () => {
        const { contributes } = manifest;
        const files: string[] = [manifest.icon, ...contributes.languages.flatMap((l: { configuration: string; icon: { light: string; dark: string } }) =>
            [l.configuration, l.icon.light, l.icon.dark]), ...contributes.grammars.map((g: { path: string }) => g.path),
        ...contributes.jsonValidation.map((j: { url: string }) => j.url)];
        const steps = contributes.walkthroughs.flatMap((w: { steps: unknown[] }) => w.steps) as Array<{ description: string; media: { markdown?: string; image?: string } }>;
        files.push(...steps.map(step => step.media.markdown ?? step.media.image!));
        expect(files.map(f => path.posix.normalize(f)).filter(f => !packed.has(f))).toEqual([]);
        // The step texts live in package.nls*.json: the English and the Dutch links must both work.
        const descriptions = [localizedManifest(), localizedManifest('nl')].flatMap(m => m.contributes.walkthroughs)
            .flatMap((w: { steps: Array<{ description: string }> }) => w.steps.map(step => step.description));
        expect(descriptions.flatMap(text => linksOf(text).map(link => problemWith('package.json', link))).filter(Boolean)).toEqual([]);
    });

    test('Journey: Open the Language Guide opens the guide inside the package', () => {
        expect(fs.readFileSync('src/extension/guide-command.ts', 'utf8')).toContain("'LANGUAGE-GUIDE.md'");
        expect(packed.has('LANGUAGE-GUIDE.md')).toBe(true);
    });
});

// `npm run release:artifacts`: what a release publishes, in dist/release/: the
// extension (.vsix), the CLI's npm tarball, and SHA256SUMS for both. The release
// notes (the CHANGELOG entry of this version) go to dist/release-notes.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCliPackage } from './cli-package.mjs';

const OUT = 'dist/release';

/** The CHANGELOG section of `version`: from its `## version` heading to the next `## `. */
export function changelogEntry(changelog, version) {
    const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(?:\\s|$)`, 'm');
    const start = changelog.search(heading);
    if (start < 0) return undefined;
    const rest = changelog.slice(start).split('\n');
    const end = rest.findIndex((line, i) => i > 0 && line.startsWith('## '));
    return rest.slice(1, end < 0 ? undefined : end).join('\n').trim();
}

/** SHA256SUMS for every file in `folder`, in the format `sha256sum -c` reads; returns the files. */
export function writeChecksums(folder) {
    const files = readdirSync(folder).filter(name => name !== 'SHA256SUMS').sort();
    const sums = files.map(name => `${createHash('sha256').update(readFileSync(path.join(folder, name))).digest('hex')}  ${name}\n`);
    writeFileSync(path.join(folder, 'SHA256SUMS'), sums.join(''));
    return files;
}

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

export function releaseArtifacts() {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const notes = changelogEntry(readFileSync('CHANGELOG.md', 'utf8'), version);
    if (!notes) throw new Error(`CHANGELOG.md has no entry for ${version}: add a "## ${version}" section first.`);

    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    // `npm run package` builds dist/ and packages the extension; --out puts the .vsix here.
    run('npm', ['run', 'package', '--', '--out', `${OUT}/journey-${version}.vsix`]);
    // ./ makes npm read a folder, not a GitHub owner/repo shorthand.
    run('npm', ['pack', `./${buildCliPackage()}`, '--pack-destination', OUT]);

    const files = writeChecksums(OUT);
    writeFileSync('dist/release-notes.md', `${notes}\n`);
    console.log(`\n${OUT}/: ${[...files, 'SHA256SUMS'].join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    try {
        releaseArtifacts();
    } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
    }
}

// What a release needs beyond the build: the CHANGELOG entry of the version (the release
// notes) and a checksum file that `sha256sum -c` accepts. `npm run release:artifacts`
// itself rebuilds dist/, so it runs in the release workflow, not beside the other tests.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test } from 'vitest';
import { changelogEntry, writeChecksums } from '../../scripts/release-artifacts.mjs';

const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };

test(`CHANGELOG.md has an entry for ${version}, the version in package.json`, () => {
    const entry = changelogEntry(fs.readFileSync('CHANGELOG.md', 'utf8'), version);
    expect(entry).toMatch(/\S/);
    expect(entry).not.toContain('\n## ');
});

test('a CHANGELOG entry runs from its heading to the next one', () => {
    const changelog = '# Changelog\n\n## 1.1.0\n\n- newer\n\n## [1.0.0] - 2026-01-01\n\n- first\n';
    expect(changelogEntry(changelog, '1.1.0')).toBe('- newer');
    expect(changelogEntry(changelog, '1.0.0')).toBe('- first');
    expect(changelogEntry(changelog, '1.0')).toBeUndefined();
    expect(changelogEntry(changelog, '1.0.0.1')).toBeUndefined();
});

test('SHA256SUMS lists every artifact, and sha256sum -c accepts it', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-release-'));
    try {
        fs.writeFileSync(path.join(folder, 'journey-9.9.9.vsix'), 'extension');
        fs.writeFileSync(path.join(folder, 'journey-maps-cli-9.9.9.tgz'), 'cli');
        expect(writeChecksums(folder)).toEqual(['journey-9.9.9.vsix', 'journey-maps-cli-9.9.9.tgz']);
        expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' }))
            .toBe('journey-9.9.9.vsix: OK\njourney-maps-cli-9.9.9.tgz: OK\n');
        fs.writeFileSync(path.join(folder, 'journey-9.9.9.vsix'), 'tampered');
        expect(() => execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, stdio: 'pipe' })).toThrow();
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
});

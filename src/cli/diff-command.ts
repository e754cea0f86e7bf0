// `journey diff`: what changed between two versions of journeys, in journey terms
// (touchpoints added or moved, scores and emotions changed), for code review.
// Two files, or a git revision against the working tree, or two revisions.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Option, type Command } from 'commander';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { t } from '../../language-server/l10n.js';
import { diffJourneys, diffMarks, mergedModel, pairJourneys, type JourneyDiff } from '../../diagram-core/journey-diff.js';
import { diffNotes } from '../../diagram-core/diff-notes.js';
import type { DiagramModel } from '../../diagram-core/model.js';
import { diagramToSvg } from '../../diagram-core/standalone-svg.js';
import { journeyModelsOfText, versionUri, type TextModels } from '../../language-server/journey-diff-models.js';
import { JourneyNodeFileSystem } from '../../language-server/journey-file-reader.js';
import { createJourneyServices } from '../../language-server/journey-module.js';
import {
    DIFF_FORMATS, formatDiff, hasChanges, versionName, versionsWithErrors, type DiffFormat, type FileDiff,
} from '../../diagram-core/diff-format.js';
import { inertJson } from '../../diagram-core/inert-text.js';
import { readInputFile } from './cli-input.js';
import { printText, tell } from './cli-output.js';
import { writeOutputFile } from './cli-write.js';
import { formatSuppressionChanges, suppressionChanges, type SuppressionChange } from './diff-suppressions.js';
import { UsageError } from './usage-error.js';

/** Runs git; child_process is required only then, as loading it would lengthen every other command's start. */
function runGit(cwd: string, args: string[]): Promise<{ stdout: string }> {
    const { execFile } = require('node:child_process') as typeof import('node:child_process');
    return promisify(execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** One version of one file: where it is, and how to read it (undefined: the file does not exist in that version). */
interface Version { label: string; uri: URI; read: () => Promise<string | undefined> }
interface Comparison { path: string; before: Version; after: Version }

export interface DiffOptions { format: DiffFormat; svg?: string; exitCode?: boolean; allowErrors?: boolean; force?: boolean }

// ---------------------------------------------------------------- git

async function git(cwd: string, args: string[]): Promise<string> {
    try {
        const { stdout } = await runGit(cwd, args);
        return stdout;
    } catch (error) {
        const { code, stderr } = error as { code?: unknown; stderr?: string };
        if (code === 'ENOENT') throw new UsageError(t('git is not installed (or not on the PATH); to compare two files, give both: journey diff OLD NEW'));
        const first = (stderr ?? '').split('\n').find(line => line.trim() !== '') ?? String(error);
        throw new UsageError(`git ${args[0]}: ${first.replace(/^(fatal|error): /, '')}`);
    }
}

async function repositoryRoot(cwd: string): Promise<string> {
    try {
        return path.resolve((await git(cwd, ['rev-parse', '--show-toplevel'])).trim());
    } catch (error) {
        if (error instanceof UsageError && error.message.startsWith('git is not installed')) throw error;
        throw new UsageError(t('not in a git repository; to compare two files, give both: journey diff OLD NEW'));
    }
}

async function verifyRevision(root: string, revision: string): Promise<void> {
    const ok = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]).then(() => true, () => false);
    if (!ok) throw new UsageError(t("unknown revision '{0}'", revision));
}

/** The revisions to compare: `REV` (with the working tree), `A..B`, or `A...B` (from where B left A). */
async function resolveRevisions(root: string, spec: string): Promise<{ from: string; fromLabel: string; to?: string }> {
    const range = /^(.*?)(\.\.\.?)(.*)$/.exec(spec);
    if (!range) {
        await verifyRevision(root, spec);
        return { from: spec, fromLabel: spec };
    }
    const a = range[1] || 'HEAD';
    const b = range[3] || 'HEAD';
    await verifyRevision(root, a);
    await verifyRevision(root, b);
    if (range[2] === '..') return { from: a, fromLabel: a, to: b };
    const base = (await git(root, ['merge-base', a, b])).trim();
    return { from: base, fromLabel: `${a}...${b} (merge base ${base.slice(0, 8)})`, to: b };
}

function gitVersion(root: string, revision: string, label: string, file: string): Version {
    return {
        label,
        uri: versionUri(URI.file(path.join(root, file)), label),
        // After the revision was verified, a failing `git show` means the file is not in it.
        read: () => git(root, ['show', `${revision}:${file}`]).catch(() => undefined),
    };
}

function fileVersion(label: string, file: string): Version {
    return { label, uri: URI.file(path.resolve(file)), read: () => fs.stat(file).then(() => readInputFile(file), () => undefined) };
}

// ---------------------------------------------------------------- what to compare

const toPosix = (p: string) => p.split(path.sep).join('/');

async function gitComparisons(spec: string, paths: readonly string[]): Promise<Comparison[]> {
    const cwd = process.cwd();
    const root = await repositoryRoot(cwd);
    const { from, fromLabel, to } = await resolveRevisions(root, spec);
    // Paths as git prints them (relative to the repository root). Pathspecs are relative to the cwd.
    const listed = (await git(cwd, ['diff', '--name-only', '--no-renames', '-z', from, ...(to ? [to] : []), '--',
        ...(paths.length ? paths : [':(top,glob)**/*.journey'])]))
        .split('\0').filter(p => p.endsWith('.journey'));
    const files = new Set(listed);
    // A file named explicitly is shown even when unchanged (to say so).
    const named = paths.filter(p => p.endsWith('.journey')).map(p => toPosix(path.relative(root, path.resolve(cwd, p))));
    for (const file of named) files.add(file);
    const comparisons = [...files].sort().map(file => ({
        path: path.relative(cwd, path.join(root, file)) || file,
        before: gitVersion(root, from, fromLabel, file),
        after: to ? gitVersion(root, to, to, file) : fileVersion('working tree', path.join(root, file)),
    }));
    for (const file of named) {
        const c = comparisons.find(k => toPosix(path.relative(root, path.resolve(cwd, k.path))) === file)!;
        if (await c.before.read() === undefined && await c.after.read() === undefined) {
            throw new UsageError(t("cannot read '{0}': it is neither in {1} nor in {2}", c.path, fromLabel, to ?? t('the working tree')));
        }
    }
    return comparisons;
}

async function fileComparisons(oldFile: string, newFile: string): Promise<Comparison[]> {
    for (const file of [oldFile, newFile]) {
        const stat = await fs.stat(file).catch(() => undefined);
        if (!stat) throw new UsageError(t("cannot read '{0}': no such file", file));
        if (!stat.isFile()) throw new UsageError(t("cannot compare '{0}': give two .journey files, not folders", file));
    }
    return [{ path: newFile, before: fileVersion(oldFile, oldFile), after: fileVersion(newFile, newFile) }];
}

/**
 * Splits the operands: `OLD NEW` (two files), or `REV [PATHS…]`, `REV -- PATHS…`,
 * `A..B -- PATHS…`. `afterSeparator` is how many operands came after `--`.
 */
export async function comparisonsFor(operands: readonly string[], afterSeparator: number): Promise<Comparison[]> {
    if (afterSeparator >= 0) {
        const before = operands.slice(0, operands.length - afterSeparator);
        if (before.length !== 1) throw new UsageError(t('give one revision before --: journey diff REV -- PATH, or journey diff A..B -- PATH'));
        return gitComparisons(before[0], operands.slice(before.length));
    }
    if (operands.length === 0) throw new UsageError(t('give two files (journey diff OLD NEW) or a git revision (journey diff main)'));
    const looksLikeFile = (p: string) => p.endsWith('.journey') || fs.stat(p).then(s => s.isFile(), () => false);
    if (operands.length === 2 && await looksLikeFile(operands[0])) return fileComparisons(operands[0], operands[1]);
    if (operands.length === 1 && await looksLikeFile(operands[0])) {
        throw new UsageError(t("give a second file to compare '{0}' with, or a revision: journey diff HEAD -- {0}", operands[0]));
    }
    return gitComparisons(operands[0], operands.slice(1));
}

// ---------------------------------------------------------------- run

/** `errors`: whether a version of its file has errors (then it is not drawn, as `render` would not draw it). */
interface JourneyPair { file: string; diff: JourneyDiff; before?: DiagramModel; after?: DiagramModel; errors: boolean }

async function modelsOf(shared: LangiumSharedServices, version: Version): Promise<TextModels> {
    const text = await version.read();
    return text === undefined ? { models: [], errors: 0 } : journeyModelsOfText(shared, version.uri, text);
}

export async function runDiff(operands: readonly string[], afterSeparator: number, options: DiffOptions): Promise<number> {
    const comparisons = await comparisonsFor(operands, afterSeparator);
    const { shared } = createJourneyServices(JourneyNodeFileSystem);
    const files: FileDiff[] = [];
    const pairs: JourneyPair[] = [];
    const accepted: SuppressionChange[] = [];
    for (const c of comparisons) {
        accepted.push(...suppressionChanges(c.path, await c.before.read(), await c.after.read()));
        const before = await modelsOf(shared, c.before);
        const after = await modelsOf(shared, c.after);
        const errors = { before: before.errors, after: after.errors };
        const diffs = pairJourneys(before.models, after.models)
            .map(p => ({ ...p, file: c.path, diff: diffJourneys(p.before, p.after), errors: errors.before + errors.after > 0 }));
        files.push({ path: c.path, before: c.before.label, after: c.after.label, journeys: diffs.map(d => d.diff), errors });
        pairs.push(...diffs);
    }
    const text = formatDiff(files, options.format) + formatSuppressionChanges(accepted, options.format);
    printText(options.format === 'json' ? inertJson(text) : text);
    if (options.svg) writeSvgs(options.svg, pairs, options.force);
    const broken = versionsWithErrors(files);
    if (broken.length > 0 && !options.allowErrors) {
        for (const { file, side } of broken) {
            tell(`journey: ${t('{0} has errors: fix them (journey check), or pass --allow-errors to accept this diff', versionName(file, side))}`);
        }
        return 1;
    }
    return options.exitCode && (hasChanges(files) || accepted.length > 0) ? 1 : 0;
}

function writeSvgs(out: string, allPairs: readonly JourneyPair[], force?: boolean): void {
    const stem = out.replace(/\.svg$/i, '');
    // Never draw what `journey render` would refuse: a journey of a file with errors.
    for (const pair of allPairs.filter(p => p.errors)) {
        tell(`journey: ${t("not drawing '{0}' of '{1}': the file has errors, and render draws only journeys without errors", pair.diff.journey, pair.file)}`);
    }
    const pairs = allPairs.filter(p => !p.errors);
    for (const [i, pair] of pairs.entries()) {
        const file = pairs.length === 1 ? out
            : `${stem}-${pair.diff.journey}${pairs.findIndex(p => p.diff.journey === pair.diff.journey) === i ? '' : `-${i + 1}`}.svg`;
        const model = mergedModel(pair.before, pair.after, pair.diff);
        const svg = diagramToSvg(model, 'light', { marks: diffMarks(pair.diff), notes: diffNotes(pair.diff), diffLegend: true });
        writeOutputFile(file, svg, { force });
        tell(`journey: ${t('wrote {0}', file)}`);
    }
    if (pairs.length === 0) tell(`journey: ${t('no journeys to draw; no SVG written')}`);
}

export function registerDiffCommand(program: Command): void {
    program.command('diff')
        .description(t('Show what changed between two versions of journeys, in journey terms: for code review.'))
        .argument('[operands...]', t('OLD NEW (two files), or REV, or A..B, optionally followed by -- PATHS'))
        .addOption(new Option('--format <format>', t('output format')).choices(DIFF_FORMATS).default('text'))
        .option('--svg <file>', t('also write the new diagram with added, removed, changed, moved and reordered elements marked, and a legend'))
        .option('--exit-code', t('exit with 1 when there are changes (like git diff --exit-code)'))
        .option('--allow-errors', t('do not exit with 1 because a version of a file has errors (the warning stays in the output)'))
        .option('--force', t('with --svg: overwrite SVG files that exist'))
        .addHelpText('after', `
What is compared:
  journey diff OLD NEW              two .journey files
  journey diff REV                  every .journey file changed between git revision REV and the working tree
  journey diff REV -- PATH...       only these files or folders
  journey diff A..B -- PATH...      two revisions; A...B compares B with where it left A
Everything after -- is a path: put options before it.

Changes are reported as journey changes: phases, touchpoints, personas, lane entries
and improvements added, removed, renamed, moved or reordered; scores, emotions,
channels, owners, critical marks, evidence, priorities, metrics, persona lines and
settings changed. A reformat, a comment or another order of the lines inside a
block is no change, except a journey-ignore comment added or removed: that is
listed after the diff. A new id (F2 Rename) is one change ("phase id delivery →
handover"), and so is moving a phase: what only followed them is not reported.
An older version is read next to the file, so its imports are the files as they are now.

A file with errors (in either version, as journey check counts them) gets a
warning at the top of the diff in every format, since its diff may be wrong or
incomplete; the command then exits with 1 unless --allow-errors is given, and
--svg does not draw its journeys (as render would not).

Exit code: 0 when the diff was shown (with --exit-code: 1 when there are changes),
1 when a version of a file has errors (unless --allow-errors), 2 on bad usage,
an unreadable file or an unknown revision.

Examples:
  journey diff main
  journey diff HEAD~1 --format markdown -- journeys/shop.journey > comment.md
  journey diff v1.0..v2.0 --format json -- journeys/
  journey diff old/shop.journey shop.journey --svg changes.svg`)
        .action(async (operands: string[], options: DiffOptions, command: Command) => {
            const raw = (command.parent as unknown as { rawArgs?: string[] } | null)?.rawArgs ?? process.argv;
            const separator = raw.indexOf('--');
            process.exitCode = await runDiff(operands, separator < 0 ? -1 : raw.length - separator - 1, options);
        });
}

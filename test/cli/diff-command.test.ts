// `journey diff` as a process (build dist/ first: `node esbuild.mjs`): two files
// in every format, Markdown that hostile labels cannot break, marked SVG, and
// git revisions in a temporary repository.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempFolder } from './run-cli.js';

const OLD = `journey shop "Shop" {
    persona family "Family"
    channel website "Website" digital
    channel store "Store" physical
    phase visit "Visit" {
        does "Looks around"
        emotion -1
    }
    phase buy "Buy" {
        emotion 1
    }
    touchpoint ads "Online ads" {
        in visit
        via website
        score 3
    }
    touchpoint door "Front door" {
        in visit
        via store
    }
}
`;
const NEW = `// A comment and another layout change nothing by themselves.
journey shop "Shop" {
    persona family "Family"
    channel website "Website" digital
    channel store "Store" physical
    phase visit "Visit" {
        does "Looks around"
        emotion 0
    }
    phase buy "Buy" {
        emotion 1
    }
    touchpoint ads "Online ads" { in visit via website score 2 }
    touchpoint door "Front door" {
        between visit and buy
        via store
    }
    touchpoint chat "Chat" {
        in buy
        via website
    }
}
`;

/** A minimal well-formedness check: balanced tags, quoted attributes, no stray `<` or `&` in text. */
function expectWellFormedXml(xml: string): void {
    const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
    const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>/g;
    const open: string[] = [];
    let last = 0;
    for (const match of body.matchAll(tag)) {
        const text = body.slice(last, match.index);
        expect(text, 'text between tags').not.toMatch(/<|&(?!(amp|lt|gt|quot|#\d+|#x[\da-f]+);)/i);
        last = match.index + match[0].length;
        if (match[4]) continue;
        if (match[1]) expect(open.pop(), `closing </${match[2]}>`).toBe(match[2]);
        else open.push(match[2]);
    }
    expect(body.slice(last).trim()).toBe('');
    expect(open).toEqual([]);
}

describe('journey diff OLD NEW', () => {
    const dir = tempFolder({ 'old.journey': OLD, 'new.journey': NEW });

    test('text: a summary line and one line per change, exit 0', () => {
        const result = runCli(['diff', 'old.journey', 'new.journey'], dir);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n')).toEqual(expect.arrayContaining([
            'new.journey: old.journey → new.journey',
            '  Shop (shop): 1 touchpoint added, 1 moved, emotion of \'Visit\' -1 → 0, score of \'Online ads\' 3 → 2',
            '    + touchpoint \'Chat\' (in Buy)',
            '    > touchpoint \'Front door\' moved: in Visit → after Visit',
            '    ~ touchpoint \'Online ads\': score 3 → 2',
        ]));
        expect(result.stdout).toContain('    emotion of Customer: ▃▅ → ▄▅  (Visit -1 → 0 ↑)');
    });

    test('markdown: summary, a table per kind of change, the emotion curve', () => {
        const result = runCli(['diff', 'old.journey', 'new.journey', '--format', 'markdown'], dir);
        expect(result.status).toBe(0);
        const md = result.stdout;
        expect(md).toContain("**Shop**: 1 touchpoint added, 1 moved, emotion of 'Visit' -1 → 0, score of 'Online ads' 3 → 2");
        expect(md).toContain('**Added** (1)\n\n|  | Name | Where |\n| --- | --- | --- |\n| touchpoint | Chat | in Buy |');
        expect(md).toContain('**Moved** (1)');
        expect(md).toContain('| touchpoint | Front door | in Visit | after Visit |');
        expect(md).toContain('| touchpoint | Online ads | score | 3 | 2 |');
        expect(md).toContain('| Visit | -1 → 0 ↑ |');
        expect(md).toContain('- Customer: `▃▅` → `▄▅`');
    });

    test('json: the changes with kind, element, id, label, before and after', () => {
        const result = runCli(['diff', 'old.journey', 'new.journey', '--format', 'json'], dir);
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.summary).toEqual({ files: 1, changedFiles: 1, changes: 4 });
        const [journey] = json.files[0].journeys;
        expect(journey).toMatchObject({ journey: 'shop', title: 'Shop', status: 'changed', summary: { added: 1, moved: 1, changed: 2, total: 4 } });
        expect(journey.changes).toEqual(expect.arrayContaining([
            { kind: 'changed', element: 'touchpoint', id: 'touchpoint:ads', label: 'Online ads', property: 'score', before: 3, after: 2 },
            { kind: 'added', element: 'touchpoint', id: 'touchpoint:chat', label: 'Chat', context: 'in Buy' },
            { kind: 'moved', element: 'touchpoint', id: 'touchpoint:door', label: 'Front door', property: 'placement', before: 'in Visit', after: 'after Visit' },
        ]));
        expect(journey.emotion.after).toEqual({
            phases: [{ name: 'visit', label: 'Visit' }, { name: 'buy', label: 'Buy' }],
            curves: [{ persona: null, label: 'Customer', values: [0, 1] }],
        });
    });

    test('no changes: says so, exit 0; --exit-code gives 1 only with changes', () => {
        const same = runCli(['diff', 'old.journey', 'old.journey', '--exit-code'], dir);
        expect(same.stdout).toContain('Shop (shop): no changes');
        expect(same.status).toBe(0);
        expect(runCli(['diff', 'old.journey', 'new.journey', '--exit-code'], dir).status).toBe(1);
    });

    test('--svg writes the new diagram, well-formed, with added, changed and removed elements marked', () => {
        const out = path.join(dir, 'changes.svg');
        const result = runCli(['diff', 'new.journey', 'old.journey', '--svg', out], dir);
        expect(result.status).toBe(0);
        expect(result.stderr).toContain('wrote');
        const svg = fs.readFileSync(out, 'utf8');
        expectWellFormedXml(svg);
        // new → old: chat was removed, ads changed; removed elements are still drawn.
        expect(svg).toMatch(/class="[^"]*diff-removed" data-element-id="touchpoint:chat"/);
        expect(svg).toMatch(/class="[^"]*diff-changed" data-element-id="touchpoint:ads"/);
        expect(svg).toContain('.diff-added &gt; rect.body');
        expect(svg).toContain('aria-label="Legend"');
    });

    test('a missing file or a folder: one line, exit 2', () => {
        const missing = runCli(['diff', 'old.journey', 'nope.journey'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr.trim()).toBe("journey: cannot read 'nope.journey': no such file");
        expect(runCli(['diff', 'old.journey'], dir)).toMatchObject({ status: 2 });
        expect(runCli(['diff', 'old.journey', 'new.journey', '--format', 'html'], dir).status).toBe(2);
    });
});

describe('a file with errors', () => {
    // An unknown phase is an error `journey check` reports, and `render` refuses to draw.
    const BROKEN = NEW.replace('        in buy\n        via website', '        in checkout\n        via website');
    const dir = tempFolder({ 'old.journey': OLD, 'new.journey': NEW, 'broken.journey': BROKEN });

    test('a warning at the top of every format, naming the version; exit 1 unless --allow-errors', () => {
        const text = runCli(['diff', 'old.journey', 'broken.journey'], dir);
        expect(text.status).toBe(1);
        expect(text.stdout.split('\n')[0]).toBe('warning: broken.journey has 1 error: this diff may be wrong or incomplete');
        expect(text.stderr).toBe('journey: broken.journey has errors: fix them (journey check), or pass --allow-errors to accept this diff\n');
        const markdown = runCli(['diff', 'old.journey', 'broken.journey', '--format', 'markdown'], dir);
        expect(markdown.stdout.split('\n')[0]).toBe('> **Warning**: broken.journey has 1 error: this diff may be wrong or incomplete');
        const json = JSON.parse(runCli(['diff', 'broken.journey', 'old.journey', '--format', 'json'], dir).stdout);
        expect(json.warnings).toEqual(['broken.journey has 1 error: this diff may be wrong or incomplete']);
        expect(json.files[0].errors).toEqual({ before: 1, after: 0 });
        const allowed = runCli(['diff', 'old.journey', 'broken.journey', '--allow-errors', '--exit-code'], dir);
        expect(allowed).toMatchObject({ status: 1, stderr: '' });
        expect(runCli(['diff', 'old.journey', 'broken.journey', '--allow-errors'], dir)).toMatchObject({ status: 0, stderr: '' });
        // Without errors there is no warning.
        const clean = JSON.parse(runCli(['diff', 'old.journey', 'new.journey', '--format', 'json'], dir).stdout);
        expect(clean.warnings).toEqual([]);
        expect(clean.files[0].errors).toEqual({ before: 0, after: 0 });
    });

    test('--svg does not draw a journey that render would refuse', () => {
        const result = runCli(['diff', 'old.journey', 'broken.journey', '--svg', 'out.svg', '--allow-errors'], dir);
        expect(result.status).toBe(0);
        expect(result.stderr).toContain("journey: not drawing 'shop' of 'broken.journey': the file has errors");
        expect(fs.existsSync(path.join(dir, 'out.svg'))).toBe(false);
        expect(runCli(['render', 'broken.journey', '-o', 'render.svg'], dir).status).toBe(1);
    });
});

describe('Markdown escaping', () => {
    const HOSTILE = 'a | b <img src=x onerror=alert(1)> `code` **bold** [link](javascript:x) @team';

    test('a hostile label cannot break the table, inject HTML or mention anyone', () => {
        const dir = tempFolder({
            'old.journey': OLD,
            'new.journey': OLD.replace('"Online ads"', JSON.stringify(HOSTILE)).replace('does "Looks around"', 'does "x\\ny | z"'),
        });
        const result = runCli(['diff', 'old.journey', 'new.journey', '--format', 'markdown'], dir);
        expect(result.status).toBe(0);
        const md = result.stdout;
        expect(md).not.toContain('<img');
        expect(md).not.toContain('@team');
        expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
        expect(md).toContain('a \\| b');
        expect(md).toContain('\\`code\\`');
        // Every table row has exactly as many cell separators as its header.
        const rows = md.split('\n').filter(line => line.startsWith('|'));
        expect(rows.length).toBeGreaterThan(4);
        const cells = (line: string) => line.replace(/\\\\/g, '').split(/(?<!\\)\|/).length;
        const tables = md.split('\n\n').filter(block => block.startsWith('|'));
        for (const table of tables) {
            const lines = table.split('\n').filter(Boolean);
            for (const line of lines) expect(cells(line), line).toBe(cells(lines[0]));
        }
        // The newline in an entry's text stays inside its cell.
        expect(md).toContain('| lane entry | x y \\| z (Visit · Does) | text | Looks around | x y \\| z |');
    });
});

// ---------------------------------------------------------------- git

function git(dir: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        { cwd: dir, encoding: 'utf8' });
}

const COMPANY = 'channel website "Website" digital\nchannel store "Store" physical\n';
const SHARED = (text: string) => `import "company.journey"\n${text.replace('    channel website "Website" digital\n    channel store "Store" physical\n', '')}`;

function repository(): string {
    const dir = tempFolder({ 'journeys/company.journey': COMPANY, 'journeys/shop.journey': SHARED(OLD), 'README.md': 'hello\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    return dir;
}

describe('journey diff with git revisions', () => {
    test('REV -- PATH: the working tree against a revision; imports resolve, so channels are not "changed"', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), SHARED(NEW));
        const result = runCli(['diff', '--format', 'json', 'HEAD', '--', 'journeys/shop.journey'], dir);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.files.map((f: { path: string; before: string; after: string }) => [f.path, f.before, f.after]))
            .toEqual([[path.join('journeys', 'shop.journey'), 'HEAD', 'working tree']]);
        expect(json.files[0].journeys[0].summary).toMatchObject({ added: 1, moved: 1, changed: 2, total: 4 });
    });

    test('REV alone: every changed .journey file; from a subfolder, paths relative to it', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), SHARED(NEW));
        fs.writeFileSync(path.join(dir, 'README.md'), 'changed\n');
        const all = runCli(['diff', 'main'], dir);
        expect(all.status).toBe(0);
        expect(all.stdout.split('\n')[0]).toBe(`${path.join('journeys', 'shop.journey')}: main → working tree`);
        expect(all.stdout).not.toContain('company.journey');
        const inside = runCli(['diff', 'main', '--', 'shop.journey'], path.join(dir, 'journeys'));
        expect(inside.stdout.split('\n')[0]).toBe('shop.journey: main → working tree');
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), SHARED(OLD));
        expect(runCli(['diff', 'main'], dir).stdout).toBe('');
        expect(runCli(['diff', 'main', '--format', 'markdown'], dir).stdout).toBe('No journey files changed.\n');
    });

    test('A..B -- PATH: two revisions; files added and removed between them', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), SHARED(NEW));
        fs.writeFileSync(path.join(dir, 'journeys/other.journey'), 'journey other "Other" {\n    phase a "A"\n}\n');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'second');
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), 'journey broken {\n');
        const result = runCli(['diff', 'HEAD~1..HEAD', '--format', 'json', '--', 'journeys'], dir);
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        const files = json.files.map((f: { path: string; before: string; after: string; journeys: Array<{ status: string }> }) =>
            [f.path, f.before, f.after, f.journeys.map(j => j.status)]);
        expect(files).toEqual([
            [path.join('journeys', 'other.journey'), 'HEAD~1', 'HEAD', ['added']],
            [path.join('journeys', 'shop.journey'), 'HEAD~1', 'HEAD', ['changed']],
        ]);
        expect(json.files[1].journeys[0].summary.total).toBe(4);
    });

    test('A..B --svg marks the changes of that range', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), SHARED(NEW));
        git(dir, 'commit', '-q', '-am', 'second');
        const result = runCli(['diff', 'main~1..main', '--svg', 'out.svg', '--', 'journeys/shop.journey'], dir);
        expect(result.status).toBe(0);
        const svg = fs.readFileSync(path.join(dir, 'out.svg'), 'utf8');
        expectWellFormedXml(svg);
        expect(svg).toMatch(/class="[^"]*diff-added" data-element-id="touchpoint:chat"/);
    });

    test('a syntax error in one version: a warning at the top, the diff of what could be read, exit 1', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'journeys/shop.journey'), SHARED(NEW).replace('phase buy "Buy" {', 'phase buy "Buy" { score'));
        const result = runCli(['diff', 'HEAD', '--', 'journeys/shop.journey'], dir);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/^warning: journeys\/shop\.journey \(working tree\) has \d+ errors?: this diff may be wrong or incomplete\n/);
        expect(result.stdout).toContain('1 touchpoint added');
        expect(result.stderr).toBe(`journey: ${path.join('journeys', 'shop.journey')} (working tree) has errors: fix them (journey check), or pass --allow-errors to accept this diff\n`);
        expect(runCli(['diff', 'HEAD', '--allow-errors', '--', 'journeys/shop.journey'], dir)).toMatchObject({ status: 0, stderr: '' });
    });

    test('an unknown revision, a file in neither version, no repository: one line, exit 2', () => {
        const dir = repository();
        const unknown = runCli(['diff', 'no-such-branch', '--', 'journeys/shop.journey'], dir);
        expect(unknown.status).toBe(2);
        expect(unknown.stderr).toBe("journey: unknown revision 'no-such-branch'\n");
        expect(runCli(['diff', 'HEAD..nope'], dir).stderr).toBe("journey: unknown revision 'nope'\n");
        const missing = runCli(['diff', 'HEAD', '--', 'journeys/missing.journey'], dir);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/^journey: cannot read '.*missing\.journey': it is neither in HEAD nor in the working tree\n$/);
        const outside = runCli(['diff', 'HEAD', '--', 'x.journey'], tempFolder({ 'x.journey': OLD }));
        expect(outside.status).toBe(2);
        expect(outside.stderr).toMatch(/^journey: not in a git repository/);
        expect(runCli(['diff'], dir).status).toBe(2);
    });

    test('--help explains the forms with examples', () => {
        const help = runCli(['diff', '--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('journey diff A..B -- PATH');
        expect(help.stdout).toContain('Examples:');
    });
});

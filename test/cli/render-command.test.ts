// `journey render`, run as a process: SVG, PNG and HTML files, hostile labels, bad input.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOMParser, type Document as XmlDocument } from '@xmldom/xmldom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { runCli, tempFolder } from './run-cli.js';

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

const EXAMPLES = fs.readdirSync('examples', { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.journey'))
    .map(file => path.join('examples', file))
    .filter(file => /^\s*journey\s/m.test(fs.readFileSync(file, 'utf8')))
    .sort();

const IMG = '"><img src=x onerror=alert(1)>';
const SCRIPT = '</text><script>alert(1)</script>';
const CDATA = '&amp; ]]>';
const quoted = (text: string) => JSON.stringify(text);
const HOSTILE = `journey xss ${quoted(IMG)} {
    kind current
    goal ${quoted(SCRIPT)}
    description ${quoted(IMG)}
    persona p ${quoted(CDATA)}
    channel web ${quoted(IMG)} digital
    phase one ${quoted(SCRIPT)} {
        does ${quoted(CDATA)}
        pain ${quoted(IMG)}
    }
    touchpoint t ${quoted(CDATA)} {
        in one
        via web
        for p
        score 2
    }
    improvement fix ${quoted(SCRIPT)} {
        addresses t
    }
}
`;
const SMALL = 'journey small "Small" {\n    kind day\n    phase a "A" {\n        does "Wakes up"\n    }\n}\n';

/** Parses XML strictly: any error or warning fails the test. */
function parseXml(text: string): XmlDocument {
    return new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(text, 'image/svg+xml');
}

function elementNames(document: XmlDocument): string[] {
    return Array.from(document.getElementsByTagName('*'), element => element.localName ?? '');
}

function htmlElements(node: HtmlNode): HtmlElement[] {
    const own = 'tagName' in node ? [node] : [];
    const children = 'childNodes' in node ? node.childNodes : [];
    const content = node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : [];
    return [...own, ...[...children, ...content].flatMap(htmlElements)];
}

function htmlText(node: HtmlNode): string {
    if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
    return 'childNodes' in node ? node.childNodes.map(htmlText).join('') : '';
}

const attr = (element: HtmlElement, name: string) => element.attrs.find(a => a.name === name)?.value;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
    const data = fs.readFileSync(file);
    expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(data.toString('latin1', 12, 16)).toBe('IHDR');
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function svgSize(file: string): { width: number; height: number } {
    const root = parseXml(fs.readFileSync(file, 'utf8')).documentElement!;
    return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) };
}

describe('journey render: SVG', () => {
    test.each(EXAMPLES)('%s gives a well-formed SVG document with the diagram', example => {
        const out = path.join(tempFolder({}), 'out.svg');
        const result = runCli(['render', example, '-o', out]);
        expect(result.stderr).toMatch(/^Wrote .*out\.svg: journey '\w+'\.\n$/);
        expect(result.status).toBe(0);
        const document = parseXml(fs.readFileSync(out, 'utf8'));
        const root = document.documentElement!;
        expect(root.localName).toBe('svg');
        expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
        expect(Number(root.getAttribute('width'))).toBeGreaterThan(300);
        expect(root.getElementsByTagName('style')).toHaveLength(1);
        expect(root.getElementsByTagName('g').length).toBeGreaterThan(10);
    });

    test('hostile labels stay text: no img or script elements, every label readable as written', () => {
        const dir = tempFolder({ 'xss.journey': HOSTILE });
        const result = runCli(['render', 'xss.journey', '-o', 'xss.svg'], dir);
        expect(result.status).toBe(0);
        const text = fs.readFileSync(path.join(dir, 'xss.svg'), 'utf8');
        const document = parseXml(text);
        const names = new Set(elementNames(document));
        for (const name of ['img', 'script', 'foreignObject', 'iframe']) expect(names).not.toContain(name);
        const content = document.documentElement!.textContent ?? '';
        for (const label of [IMG, SCRIPT, CDATA]) expect(content).toContain(label);
        expect(text).not.toContain('<img');
        expect(text).not.toContain('<script');
        expect(text).not.toContain(']]>');
    });

    test('--theme dark uses the dark palette', () => {
        const dir = tempFolder({ 'small.journey': SMALL });
        expect(runCli(['render', 'small.journey', '-o', 'dark.svg', '--theme', 'dark'], dir).status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'dark.svg'), 'utf8')).toContain('--j-bg: #0d1117;');
    });
});

describe('journey render: HTML', () => {
    test('one page with a strict CSP (styles by hash), no scripts, the title, kind and goal; labels only as text', () => {
        const dir = tempFolder({ 'xss.journey': HOSTILE });
        const result = runCli(['render', 'xss.journey', '-o', 'xss.html'], dir);
        expect(result.status).toBe(0);
        const document = parse(fs.readFileSync(path.join(dir, 'xss.html'), 'utf8'));
        const elements = htmlElements(document);
        const names = new Set(elements.map(e => e.tagName));
        for (const name of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'foreignObject', 'base']) expect(names).not.toContain(name);
        expect(elements.flatMap(e => e.attrs.map(a => a.name)).filter(name => name.startsWith('on'))).toEqual([]);

        const csp = elements.find(e => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy');
        const policy = attr(csp!, 'content')!;
        expect(policy).toMatch(/^default-src 'none'; style-src 'sha256-[\w+/=]+' 'sha256-[\w+/=]+'; img-src data:;/);
        expect(policy).not.toContain('unsafe');
        // Every style element (the page's and the SVG's) is allowed by its hash, computed
        // from the text the HTML parser sees, as a browser does.
        const styles = elements.filter(e => e.tagName === 'style');
        expect(styles).toHaveLength(2);
        for (const style of styles) {
            expect(policy).toContain(`'sha256-${createHash('sha256').update(htmlText(style)).digest('base64')}'`);
        }
        // The CSP comes before anything it governs.
        expect(elements.indexOf(csp!)).toBeLessThan(elements.indexOf(styles[0]));

        const title = elements.find(e => e.tagName === 'title')!;
        expect(htmlText(title)).toBe(`${IMG} — customer journey`);
        const header = elements.find(e => e.tagName === 'header')!;
        expect(htmlText(header)).toContain(IMG);
        expect(htmlText(header)).toContain('Current state');
        expect(htmlText(header)).toContain(`Goal: ${SCRIPT}`);
        expect(htmlElements(header).filter(e => e.tagName === 'p').map(htmlText)).toContain(IMG);
        const svg = elements.find(e => e.tagName === 'svg')!;
        for (const label of [IMG, SCRIPT, CDATA]) expect(htmlText(svg)).toContain(label);
    });
});

describe('journey render: PNG', () => {
    test('a real PNG of the SVG\'s pixel size, and twice that with --scale 2', () => {
        const dir = tempFolder({});
        const example = path.resolve('examples/kinds/service-blueprint.journey');
        // A PNG has a legend by default; so does this SVG, asked for one.
        expect(runCli(['render', example, '-o', 'map.svg', '--legend'], dir).status).toBe(0);
        const result = runCli(['render', example, '-o', 'map.png'], dir);
        expect(result.status).toBe(0);
        const svg = svgSize(path.join(dir, 'map.svg'));
        expect(result.stderr).toContain(`(${svg.width}×${svg.height} px)`);
        expect(pngSize(path.join(dir, 'map.png'))).toEqual(svg);

        expect(runCli(['render', example, '-o', 'out/map@2x.png', '--scale', '2', '--theme', 'dark'], dir).status).toBe(0);
        expect(pngSize(path.join(dir, 'out/map@2x.png'))).toEqual({ width: svg.width * 2, height: svg.height * 2 });
    });
});

describe('journey render: legend', () => {
    test('on by default in PNG and HTML, off in SVG; --legend and --no-legend choose', () => {
        const dir = tempFolder({});
        const example = path.resolve('examples/floor-renovation.journey');
        const legendIn = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').includes('aria-label="Legend"');
        for (const [args, file, expected] of [
            [[], 'map.svg', false], [['--legend'], 'legend.svg', true], [[], 'map.html', true], [['--no-legend'], 'plain.html', false],
        ] as const) {
            expect(runCli(['render', example, '-o', file, ...args], dir).status).toBe(0);
            expect(legendIn(file), `${file} ${args.join(' ')}`).toBe(expected);
        }
        expect(runCli(['render', example, '-o', 'with.png'], dir).status).toBe(0);
        expect(runCli(['render', example, '-o', 'without.png', '--no-legend'], dir).status).toBe(0);
        expect(pngSize(path.join(dir, 'without.png'))).toEqual(svgSize(path.join(dir, 'map.svg')));
        expect(pngSize(path.join(dir, 'with.png')).height).toBeGreaterThan(pngSize(path.join(dir, 'without.png')).height);
    });
});

describe('journey render: bad input', () => {
    const dir = tempFolder({
        'small.journey': SMALL,
        'two.journey': `${SMALL}journey second "Second" {\n    kind day\n    phase b "B"\n}\n`,
        'company.journey': 'channel web "Web" digital\n',
        'broken.journey': 'journey broken "Broken" {\n    phase a "A" {\n        does 100\n    }\n}\n',
        'notes.txt': 'hello',
    });
    const oneLine = (stderr: string) => stderr.trim().split('\n');

    test.each([
        [['render', 'missing.journey', '-o', 'x.svg'], "journey: cannot read 'missing.journey': no such file or folder"],
        [['render', 'small.journey', '-o', 'x.pdf'], "journey: cannot tell the format of 'x.pdf': the output file must end in .svg, .png or .html"],
        [['render', 'small.journey', '-o', 'x'], "journey: cannot tell the format of 'x': the output file must end in .svg, .png or .html"],
        [['render', 'notes.txt', '-o', 'x.svg'], "journey: 'notes.txt' is not a .journey file: render takes one file"],
        [['render', '.', '-o', 'x.svg'], "journey: '.' is not a .journey file: render takes one file"],
        [['render', 'company.journey', '-o', 'x.svg'], "journey: 'company.journey' has no journey to render (only shared personas, channels or departments)"],
        [['render', 'two.journey', '--journey', 'third', '-o', 'x.svg'], "journey: 'two.journey' has no journey 'third'; its journeys: small, second"],
        [['render', 'small.journey', '-o', 'x.svg', '--scale', '2'], 'journey: --scale applies only to .png output'],
    ])('%j: exit 2 and one line', (args, message) => {
        const result = runCli(args, dir);
        expect(result.status).toBe(2);
        expect(oneLine(result.stderr)).toEqual([message]);
        expect(fs.existsSync(path.join(dir, 'x.svg'))).toBe(false);
    });

    test.each([
        [['render', 'small.journey']],
        [['render', 'small.journey', '-o', 'x.svg', '--theme', 'blue']],
        [['render', 'small.journey', '-o', 'x.png', '--scale', '0']],
        [['render', 'small.journey', '-o', 'x.png', '--scale', 'big']],
        [['render', '-o', 'x.svg']],
    ])('%j: usage error from the option parser, exit 2', args => {
        const result = runCli(args, dir);
        expect(result.status).toBe(2);
        expect(oneLine(result.stderr)[0]).toMatch(/^error: /);
    });

    test('a file with errors: the errors as check prints them, "fix the errors first", exit 1, nothing written', () => {
        const result = runCli(['render', 'broken.journey', '-o', 'broken.svg'], dir);
        expect(result.status).toBe(1);
        expect(oneLine(result.stderr)).toEqual([
            expect.stringMatching(/^broken\.journey:3:14: error: Expected a quoted text .* \[syntax-error\]$/),
            "journey: 'broken.journey' has 1 error(s): fix the errors first (journey check broken.journey)",
        ]);
        expect(fs.existsSync(path.join(dir, 'broken.svg'))).toBe(false);
    });

    test('several journeys: the first, like the preview, with a note; --journey picks another', () => {
        const first = runCli(['render', 'two.journey', '-o', 'first.svg'], dir);
        expect(first.status).toBe(0);
        expect(first.stderr).toMatch(/has 2 journeys \(small, second\); using the first, 'small' \(choose with --journey ID\)/);
        const second = runCli(['render', 'two.journey', '--journey', 'second', '-o', 'second.svg'], dir);
        expect(second.status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'second.svg'), 'utf8')).toContain('<title>Second</title>');
    });
});

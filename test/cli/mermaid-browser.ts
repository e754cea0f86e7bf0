// Mermaid's own parser and renderer, run where Mermaid runs: its browser bundle
// (node_modules/mermaid/dist/mermaid.min.js) in a blank page of Debian's headless
// Chromium. In Node, mermaid.parse fails without a DOM (DOMPurify needs one).
// The page loads nothing from the network; every request is refused.
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// Page code runs in the browser; the root tsconfig has no DOM library.
declare const window: any;

export const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const MERMAID_BUNDLE = path.resolve('node_modules/mermaid/dist/mermaid.min.js');

export type ParseResult = { ok: true; diagramType: string } | { ok: false; error: string };

/** What Mermaid's journey database holds after parsing: the meaning Mermaid reads from the text. */
export interface MermaidJourneyDb {
    title: string;
    accTitle: string;
    accDescr: string;
    sections: string[];
    tasks: Array<{ section: string; task: string; score: number; people: string[] }>;
}

export interface MermaidPage {
    /** `mermaid.parse(text)`: ok with the detected diagram type, or Mermaid's error message. */
    parse(text: string): Promise<ParseResult>;
    /** Parses `text` as a journey diagram and returns Mermaid's journey database. */
    journeyDb(text: string): Promise<MermaidJourneyDb>;
    /** `mermaid.render` to SVG, `times` times; returns the SVG length and each run's time in the page (ms). */
    render(text: string, times: number): Promise<{ svgLength: number; ms: number[] }>;
    close(): Promise<void>;
}

export async function openMermaid(): Promise<MermaidPage> {
    const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: BROWSER_ARGS, headless: true });
    try {
        const page: Page = await browser.newPage();
        await page.route('**/*', route => route.abort());
        await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
        await page.addScriptTag({ path: MERMAID_BUNDLE });
        // maxTextSize: Mermaid draws "Maximum text size in diagram exceeded" instead of diagrams over 50,000 characters.
        await page.evaluate(() => window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000 }));
        return {
            parse: text => page.evaluate(async (source: string) => {
                try {
                    const result = await window.mermaid.parse(source);
                    return { ok: true as const, diagramType: String(result.diagramType) };
                } catch (error: any) {
                    return { ok: false as const, error: String(error?.message ?? error) };
                }
            }, text),
            journeyDb: text => page.evaluate(async (source: string) => {
                const diagram = await window.mermaid.mermaidAPI.getDiagramFromText(source);
                const db = diagram.db;
                return {
                    title: db.getDiagramTitle(), accTitle: db.getAccTitle(), accDescr: db.getAccDescription(), sections: [...db.getSections()],
                    // getTasks() appends on every call: call it once per parse.
                    tasks: db.getTasks().map((t: any) => ({ section: t.section, task: t.task, score: t.score, people: [...t.people] })),
                };
            }, text),
            render: (text, times) => page.evaluate(async ({ source, runs }: { source: string; runs: number }) => {
                const ms: number[] = [];
                let svgLength = 0;
                for (let i = 0; i < runs; i++) {
                    const start = performance.now();
                    const { svg } = await window.mermaid.render(`bench${Date.now()}_${i}`, source);
                    ms.push(performance.now() - start);
                    if (/Maximum text size|Syntax error/.test(svg)) throw new Error('Mermaid drew an error diagram');
                    svgLength = svg.length;
                }
                return { svgLength, ms };
            }, { source: text, runs: times }),
            close: () => browser.close(),
        };
    } catch (error) {
        await browser.close();
        throw error;
    }
}

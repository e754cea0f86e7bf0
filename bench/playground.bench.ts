// The playground (dist/playground/, built here as `npm run build:playground` does):
// its bundle sizes, the time from opening the page to the first diagram drawn, and
// keystroke → diagram drawn, all in headless Debian Chromium from file://. The
// language server runs in the page's web worker, as for a visitor.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { encodeShared } from '../playground/share.js';
import { PlaygroundPage, launchBrowser } from '../test/playground/playground-page.js';
import { ms, summarize, type BenchSection } from './bench-utils.js';
import { generateJourney } from './generate-journey.js';

const RUNS = 10;
const OUT = 'dist/playground';
const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;
// The page's globals, for the functions that run in it.
declare const document: { body: { dataset: Record<string, string | undefined> }; addEventListener(type: string, listener: () => void, capture: boolean): void };
declare const window: { __keyAt?: number; requestAnimationFrame(callback: () => void): void };
declare const MutationObserver: new (callback: () => void) => { observe(target: unknown, options: unknown): void; disconnect(): void };

function sizes(): string[][] {
    const rows: string[][] = [];
    let total = 0;
    for (const file of ['index.html', 'playground.js', 'playground.css', 'diagram.css', 'png.js']) {
        const bytes = fs.readFileSync(path.join(OUT, file));
        total += bytes.length;
        const note = file === 'png.js' ? 'loaded on the first PNG download only' : file === 'playground.js' ? 'Monaco, the diagram app and both workers\' scripts' : '';
        rows.push([`\`${file}\``, kb(bytes.length), kb(gzipSync(bytes).length), note]);
    }
    rows.push(['all files', kb(total), '', '']);
    return rows;
}

/** Milliseconds from navigation to the frame after the first diagram. */
async function firstDiagram(browser: Browser, fragment: string): Promise<number> {
    const page = await PlaygroundPage.open(browser, fragment);
    try {
        await page.page.waitForFunction(() => performance.getEntriesByName('playground:first-frame').length > 0);
        return await page.page.evaluate(() => performance.getEntriesByName('playground:first-frame')[0].startTime);
    } finally {
        await page.close();
    }
}

interface Keystroke { total: number; drawing: number }

/** One key typed into the journey's goal: milliseconds from the keydown to the frame after the new diagram, and of it the drawing. */
async function keystroke(page: PlaygroundPage, key: string): Promise<Keystroke> {
    const drawn = page.page.evaluate(() => new Promise<Keystroke>(resolve => {
        const before = document.body.dataset.diagramVersion;
        const observer = new MutationObserver(() => {
            if (document.body.dataset.diagramVersion === before) return;
            observer.disconnect();
            const drawing = performance.getEntriesByName('journey:render').pop()?.duration ?? NaN;
            window.requestAnimationFrame(() => setTimeout(() => resolve({ total: performance.now() - window.__keyAt!, drawing }), 0));
        });
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-diagram-version'] });
    }));
    await page.page.keyboard.press(key);
    return drawn;
}

async function typing(browser: Browser, size: number): Promise<Keystroke[]> {
    const page = await PlaygroundPage.open(browser, `#${await encodeShared({ text: generateJourney(size) })}`);
    try {
        await page.page.evaluate(() => document.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true));
        // Inside the goal's quotes: the map's header changes with every key.
        await page.cursorAtEndOf(/^\s*goal\s/);
        await page.page.keyboard.press('ArrowLeft');
        const samples: Keystroke[] = [];
        for (let i = 0; i < RUNS + 2; i++) {
            const time = await keystroke(page, 'x');
            if (i >= 2) samples.push(time);
            // Let validation finish before the next key, as between two words.
            await page.page.waitForTimeout(300);
        }
        return samples;
    } finally {
        await page.close();
    }
}

export async function playgroundBench(): Promise<BenchSection[]> {
    const built = spawnSync(process.execPath, ['scripts/build-playground.mjs'], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build:playground failed: ${built.stderr}`);
    const browser = await launchBrowser();
    const load = os.loadavg()[0];
    const speed = [['journey', 'open → first diagram drawn (median)', 'keystroke → diagram drawn (median / p95)', 'of which drawing (median)']];
    try {
        const example: number[] = [];
        for (let i = 0; i < 3; i++) example.push(await firstDiagram(browser, ''));
        speed.push(['the first example (floor renovation, 10 phases)', ms(summarize(example).median), '', '']);
        for (const size of [100, 1000]) {
            const fragment = `#${await encodeShared({ text: generateJourney(size) })}`;
            const first: number[] = [];
            for (let i = 0; i < 3; i++) first.push(await firstDiagram(browser, fragment));
            const keys = await typing(browser, size);
            const total = summarize(keys.map(k => k.total));
            speed.push([`${size} touchpoints (from a share link)`, ms(summarize(first).median), `${ms(total.median)} / ${ms(total.p95)}`,
                ms(summarize(keys.map(k => k.drawing)).median)]);
        }
    } finally {
        await browser.close();
    }
    return [{
        title: 'Playground: first diagram and keystroke to diagram',
        description: 'The built playground opened from file:// in headless Debian Chromium (1400×900), the language server in its web worker. '
            + '"Open → first diagram" runs from navigation to the frame after the first diagram (3 runs). A keystroke is one letter typed into '
            + `the journey's goal, timed inside the page from keydown to the frame after the new diagram (${RUNS} runs after 2, 300 ms apart). `
            + '"Of which drawing" is the diagram app\'s own layout and DOM time (the rest: the server in the worker, messages, Monaco). '
            + `Same aims as the desktop preview: 25 ms at 100 touchpoints, 100 ms at 1,000. Load average when the run started: ${load.toFixed(1)}.`,
        table: speed,
    }, {
        title: 'Playground: bundle sizes',
        description: 'What `npm run build:playground` writes to dist/playground/ (minified), and gzip sizes as a static host such as GitHub Pages serves them.',
        table: [['file', 'size', 'gzip', 'note'], ...sizes()],
    }];
}

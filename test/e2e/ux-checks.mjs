// The guided start in a real VS Code (issue 12 §5): "Journey: New Journey…" through its
// quick picks writes the same file as `journey new` and opens it with its map; File ›
// New File… offers it; the walkthrough is listed. Called from run-e2e.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const TITLE = 'Buying a bike';
const FILE = 'buying_a_bike.journey';

/**
 * @param {object} e2e what run-e2e.mjs shares: page, check, expect, runCommand, screenshot,
 *   webview (the preview's frame locator), REPO, WORKSPACE, RUN
 */
export async function uxChecks({ page, check, expect, runCommand, screenshot, webview, REPO, WORKSPACE, RUN }) {
    const quickInput = page.locator('.quick-input-widget');
    /** Waits for the quick pick titled `title`, types `filter`, and picks the row that has `row`. */
    const pick = async (title, filter, row) => {
        await quickInput.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 20_000 });
        await page.keyboard.type(filter);
        await quickInput.locator('.monaco-list-row', { hasText: row }).first().waitFor();
        await page.keyboard.press('Enter');
    };

    await check('new journey: "Journey: New Journey…" (7 phases, future state) writes the journey new template and shows its map', async () => {
        await runCommand('Journey: New Journey');
        await quickInput.locator('.monaco-list-row', { hasText: 'suspect → ambassador' }).first().waitFor({ timeout: 20_000 });
        await screenshot('new-journey-models');
        await pick('phase model', '7 phases', 'Suspect → Prospect → Lead → Hot lead');
        await pick('kind of map', 'future', 'future-state');
        await quickInput.locator('.quick-input-title', { hasText: 'title' }).waitFor();
        await page.keyboard.type(TITLE);
        await page.keyboard.press('Enter');
        // The save dialog (VS Code's own, in the browser) proposes <id>.journey in the workspace folder.
        const name = quickInput.locator('input');
        await page.waitForFunction(file => document.querySelector('.quick-input-widget input')?.value.endsWith(file), FILE, { timeout: 20_000 });
        const proposed = await name.inputValue();
        await screenshot('new-journey-save');
        await page.keyboard.press('Enter');

        const editor = page.locator(`.editor-instance .monaco-editor[data-uri$="${FILE}"]`);
        await editor.locator('.view-line', { hasText: `journey buying_a_bike "${TITLE}" {` }).waitFor({ timeout: 20_000 });
        const written = fs.readFileSync(path.join(WORKSPACE, FILE), 'utf8');
        const cli = path.join(RUN, 'cli-new', FILE);
        const made = spawnSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'new', '--model', '7', '--kind', 'future', '--title', TITLE, cli], { encoding: 'utf8' });
        expect(made.status === 0, `journey new failed: ${made.stderr}`);
        expect(written === fs.readFileSync(cli, 'utf8'), `the file differs from what journey new writes:\n${written}`);

        const phases = webview.locator('svg.journey-diagram [data-element-id^="phase:"]');
        await webview.locator('svg.journey-diagram [data-element-id="phase:suspect"]').first().waitFor({ timeout: 30_000 });
        await webview.locator('svg.journey-diagram [data-element-id="phase:ambassador"]').first().waitFor();
        await screenshot('new-journey-preview');
        return `saved as ${JSON.stringify(path.basename(proposed))}, the same text as journey new; the preview shows ${await phases.count()} phase elements`;
    });

    await check('new journey: File › New File… offers "Journey Map"', async () => {
        // File › New File… is the command "Create: New File..." ("File: New File..." is the Explorer's).
        await page.keyboard.press('Escape');
        await runCommand('Create: New File...');
        const row = quickInput.locator('.monaco-list-row', { hasText: 'Journey Map' });
        await row.first().waitFor({ timeout: 20_000 });
        await screenshot('new-file-menu');
        await page.keyboard.press('Escape');
        return 'listed as "Journey Map" with the extension\'s name';
    });

    await check('walkthrough: "Get started with Journey" is listed, its first step runs New Journey', async () => {
        await runCommand('Welcome: Open Walkthrough...');
        await quickInput.locator('input').waitFor();
        await page.keyboard.type('Get started with Journey');
        await quickInput.locator('.monaco-list-row', { hasText: 'Get started with Journey' }).first().waitFor({ timeout: 20_000 });
        await page.keyboard.press('Enter');
        const step = page.locator('.getting-started-step', { hasText: 'Write a journey' });
        await step.first().waitFor({ timeout: 20_000 });
        const button = page.locator('.getting-started-step .monaco-button', { hasText: 'New Journey…' });
        await button.first().waitFor();
        await screenshot('walkthrough');
        await button.first().click();
        await quickInput.locator('.quick-input-title', { hasText: 'phase model' }).waitFor({ timeout: 20_000 });
        await page.keyboard.press('Escape');
        return 'the step\'s button opens the phase-model pick';
    });

    // The extension page's CSP loads only https: images (the test has no internet, so the map itself cannot load here).
    await check('extension page: the README is the page, its map image and the guide by https addresses', async () => {
        await page.keyboard.press('Control+Shift+X');             // the Extensions view, its search box focused
        await page.locator('.extensions-viewlet .suggest-input-container').first().waitFor({ timeout: 20_000 });
        await page.keyboard.type('@installed journey');
        const item = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'customer journey maps as code' });
        await item.first().waitFor({ timeout: 30_000 });
        await item.first().click();
        const readme = await until(async () => {
            for (const frame of page.frames()) {
                const found = await frame.$('img[alt^="The floor renovation example"]').catch(() => null);
                if (found) return found;
            }
            return undefined;
        }, 30_000, 'the extension page shows no README with the map');
        const [image, guide] = await readme.evaluate(img => [img.getAttribute('src'), [...img.ownerDocument.querySelectorAll('a')]
            .map(a => a.getAttribute('href')).find(href => href?.includes('LANGUAGE-GUIDE.md'))]);
        expect(image?.startsWith('https://raw.githubusercontent.com/'), `the map image is ${image}`);
        expect(guide?.startsWith('https://github.com/'), `the guide is linked as ${guide}`);
        await screenshot('extension-page');
        return `image ${image}; guide ${guide}`;
    });
}

/** Polls `find` until it returns something (a page in a frame has no event to wait for from here). */
async function until(find, timeoutMs, message) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const found = await find();
        if (found) return found;
        if (Date.now() > deadline) throw new Error(message);
        await new Promise(resolve => setTimeout(resolve, 200));   // polling interval, not a wait for an event
    }
}

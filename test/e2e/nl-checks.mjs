// The Dutch UI check (issue 12 §6): VS Code in Dutch gets the extension's command titles
// (package.nls.nl.json) and the server's diagnostics (locale in initialize) in Dutch.
//
// code-server 4.100.3 has no Dutch without a language pack: `--locale nl` alone leaves
// VS Code's resolved language English (vscode.env.language === 'en'), because the server
// only resolves a language that languagepacks.json in the user-data-dir lists. So this
// writes that file with a local, empty pack (no translations: VS Code's own UI stays
// English, nothing is downloaded); VS Code then runs in 'nl', and so do the extension's
// nls, its l10n bundle and the `locale` it passes to the language server.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const FILE = 'dutch.journey';
const JOURNEY = `journey demo "Demo" {
    phase orientation "Oriëntatie"
    touchpoint ads "Online advertenties" {
        in orientaton
    }
}
`;

/** A language pack that only tells code-server that Dutch exists. */
function writeEmptyDutchPack(userData) {
    const translations = path.join(userData, 'dutch-e2e.i18n.json');
    fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
    fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({
        nl: { hash: 'journey-e2e', label: 'Nederlands', translations: { vscode: translations },
            extensions: [{ extensionIdentifier: { id: 'journey-e2e.dutch' }, version: '1.0.0' }] },
    }));
}

/**
 * Starts a second code-server with `--locale nl` and checks it in a new page of `context`.
 * `settings` are the English run's user settings; `port` a free port; `run` its own folder.
 */
export async function dutchChecks({ e2e, run, port, settings, extensionId, context, check, expect, log, shots }) {
    const screenshot = (name, page) => page.screenshot({ path: path.join(shots, `nl-${name}.png`), animations: 'disabled' });
    const workspace = path.join(run, 'workspace'), userData = path.join(run, 'user-data');
    for (const dir of [workspace, path.join(userData, 'User')]) fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(workspace, FILE), JOURNEY);
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    writeEmptyDutchPack(userData);
    const out = fs.openSync(path.join(run, 'code-server.log'), 'w');
    const server = spawn(path.join(e2e, 'bin', 'code-server'), [
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', userData, '--locale', 'nl',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace,
    ], { detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const base = `http://127.0.0.1:${port}`;
    let page;
    try {
        await check('(nl) a second code-server starts with --locale nl', async () => {
            const deadline = Date.now() + 60_000;
            while (!(await fetch(`${base}/healthz`).then(r => r.ok, () => false))) {
                expect(Date.now() < deadline && server.exitCode === null, 'code-server (nl) did not come up');
                await new Promise(resolve => setTimeout(resolve, 100));   // polling interval, not a wait for an event
            }
            page = await context.newPage();
            await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
            await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).waitFor({ timeout: 90_000 });
        }, { prerequisite: true });

        await check('(nl) Problems panel shows the diagnostic in Dutch', async () => {
            await page.keyboard.press('Control+P');
            await page.locator('.quick-input-widget input').waitFor();
            await page.keyboard.type(FILE);
            await page.locator('.quick-input-widget .monaco-list-row', { hasText: FILE }).first().waitFor();
            await page.keyboard.press('Enter');
            await page.keyboard.press('Control+Shift+M');
            const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Er is geen fase met de naam' });
            await row.first().waitFor({ timeout: 60_000 });
            const label = await row.first().getAttribute('aria-label');
            expect(label.includes("Er is geen fase met de naam 'orientaton'. Bedoelde je 'orientation'?"), `not the Dutch message: ${label}`);
            await screenshot('problems', page);
            return label;
        });

        await check('(nl) the command palette shows the Dutch command title', async () => {
            await page.keyboard.press('F1');
            await page.locator('.quick-input-widget input').waitFor();
            await page.keyboard.type('Journey: Voorbeeld');
            const title = 'Journey: Voorbeeld openen aan de zijkant';
            await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
            await screenshot('command', page);
            await page.keyboard.press('Enter');
            return title;
        });

        await check('(nl) the preview speaks Dutch', async () => {
            const webview = page.frameLocator(`iframe.webview.ready[src*="extensionId=${extensionId}"]`).frameLocator('#active-frame');
            const empty = webview.locator('.empty-state', { hasText: 'Herstel de 1 fout in dutch.journey om het diagram te zien.' });
            await empty.waitFor({ timeout: 30_000 });
            const zoomIn = await webview.locator('button[title="Inzoomen (+)"]').count();
            expect(zoomIn === 1, 'the toolbar has no Dutch "Inzoomen (+)" button');
            await screenshot('preview', page);
            return await empty.innerText();
        });
    } finally {
        await page?.close().catch(error => log('closing the Dutch page failed:', error.message));
        try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
}

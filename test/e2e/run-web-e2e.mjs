// End-to-end test of the extension as VS Code for the Web runs it: a web-only
// variant of the .vsix (package.json without `main`) in code-server 4.100.3, whose
// web-worker extension host runs the `browser` entry and our language server in a
// web worker, driven headless by playwright-core in Debian's /usr/bin/chromium.
//
//   npm run test:e2e:web          packages the .vsix, then runs this
//   node test/e2e/run-web-e2e.mjs builds the web-only .vsix from the current dist/
//
// Checks: the extension runs in the web worker (not the Node extension host), a
// squiggle and its Problems row, hover, completion, an import between two files
// (the channels come from company.journey; go to definition opens it), the
// preview following an edit, and Compare with… hidden in the browser.
// Everything lands in .e2e/web/ and test-results/e2e-web/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CheckRunner, CodeServer, QUIET_SETTINGS, expect, launchChromium, runGuarded, workbench } from './e2e-helpers.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = process.env.E2E_DIR || path.join(REPO, '.e2e');
const WEB = path.join(E2E, 'web');
const RUN = path.join(WEB, 'run');
const WORKSPACE = path.join(RUN, 'workspace');
const USER_DATA = path.join(RUN, 'user-data');
const SHOTS = path.join(REPO, 'test-results', 'e2e-web');
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const FILE = 'demo.journey';

// The definitions the journey imports: its channels and its department live only here.
const COMPANY = `department marketing "Marketing"
channel website "Website" digital
channel store "Store" physical
`;
// Line 11 is the deliberate error: orientation and purchase are not consecutive phases.
const JOURNEY = `import "company.journey"
journey demo "Demo" {
    kind current
    phase orientation "Orientation" {
        owner marketing
    }
    phase consideration "Consideration" { owner marketing }
    phase purchase "Purchase" { owner marketing }
    touchpoint ads "Online ads" {
        score 3
        between orientation and purchase
        via website
    }
    touchpoint shop "Shop visit" {
        in consideration
        via store
    }
}
`;
const SCORE_LINE = 10;
const ERROR_LINE = 11;
const VIA_LINE = 12;
const ADS_END_LINE = 13;

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const log = (...args) => console.log(`[web-e2e ${secs().padStart(5)}s]`, ...args);

/** The .vsix with only the `browser` entry: the manifest without `main`, packaged from a copy of the packaged files. */
function packageWebOnly() {
    for (const file of ['dist/web/extension.js', 'dist/language-server-browser.js', 'dist/webview/diagram.js']) {
        expect(fs.existsSync(path.join(REPO, file)), `${file} is missing: run \`npm run package\` first`);
    }
    const stage = path.join(WEB, 'stage');
    fs.rmSync(stage, { recursive: true, force: true });
    const vsce = createRequire(import.meta.url)('@vscode/vsce');
    return vsce.listFiles({ cwd: REPO, packageManager: vsce.PackageManager.None }).then(files => {
        for (const file of [...files, '.vscodeignore']) {
            fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
            fs.copyFileSync(path.join(REPO, file), path.join(stage, file));
        }
        const { main, ...webOnly } = manifest;
        expect(main && webOnly.browser, 'package.json should have both `main` and `browser`');
        fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(webOnly, null, 2));
        const vsix = path.join(WEB, `${manifest.name}-web-${manifest.version}.vsix`);
        const result = spawnSync(process.execPath, [path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package',
            '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: stage, encoding: 'utf8' });
        expect(result.status === 0, `vsce package failed: ${result.stderr || result.stdout}`);
        return vsix;
    });
}

function prepareRun() {
    fs.rmSync(RUN, { recursive: true, force: true });
    fs.rmSync(SHOTS, { recursive: true, force: true });
    for (const dir of [WORKSPACE, path.join(USER_DATA, 'User'), path.join(RUN, 'tmp'), SHOTS]) fs.mkdirSync(dir, { recursive: true });
    process.env.TMPDIR = path.join(RUN, 'tmp');
    fs.writeFileSync(path.join(WORKSPACE, FILE), JOURNEY);
    fs.writeFileSync(path.join(WORKSPACE, 'company.journey'), COMPANY);
    // The team's rules switch a gate on: its warning shows that the server read this file through the editor.
    fs.writeFileSync(path.join(WORKSPACE, 'journey.config.json'), '{ "rules": { "score-without-evidence": "warning" } }\n');
    fs.writeFileSync(path.join(USER_DATA, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
}

/** logs/<session>/exthost1/remoteexthost.log: the Node extension host's log (the web worker host logs in the browser). */
function nodeHostLog() {
    const logs = path.join(USER_DATA, 'logs');
    const sessions = fs.existsSync(logs) ? fs.readdirSync(logs).sort() : [];
    const file = sessions.length ? path.join(logs, sessions.at(-1), 'exthost1', 'remoteexthost.log') : undefined;
    return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

// What `npm run bench` reports (bench/web.bench.ts): written to $WEB_E2E_TIMINGS when set.
const timings = {};
const runner = new CheckRunner({ shotsDir: SHOTS, log });
const check = runner.check.bind(runner);
const server = new CodeServer({ e2eDir: E2E, userDataDir: USER_DATA, logFile: path.join(RUN, 'code-server.log'), workspace: WORKSPACE });
let browser;

async function main() {
    prepareRun();
    let vsix;
    await check('package a web-only .vsix (no `main`)', async () => {
        vsix = await packageWebOnly();
        return `${path.relative(REPO, vsix)}, ${Math.round(fs.statSync(vsix).size / 1024)} KB`;
    }, { prerequisite: true });
    const setup = spawnSync('bash', [path.join(REPO, 'test', 'e2e', 'setup-code-server.sh'), vsix], { stdio: 'inherit', env: { ...process.env, E2E_DIR: E2E } });
    expect(setup.status === 0, `setup-code-server.sh failed (${setup.status ?? setup.signal})`);

    await check('code-server starts', () => server.start(), { prerequisite: true });
    browser = await launchChromium(RUN);
    const { page } = browser;
    runner.page = page;
    const consoleLines = [];
    page.on('console', message => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', error => consoleLines.push(`pageerror: ${error.message}`));
    process.on('exit', () => fs.writeFileSync(path.join(SHOTS, 'browser-console.log'), consoleLines.join('\n') + '\n'));
    const wb = workbench(page);
    const editorOf = name => page.locator(`.editor-instance .monaco-editor[data-uri$="/${name}"]`);
    const editor = editorOf(FILE);
    const focusEditor = () => editor.click({ position: { x: 300, y: 10 } });
    let openedAt;

    await check('workbench loads the workspace', async () => {
        await page.goto(`${server.base}/?folder=${encodeURIComponent(WORKSPACE)}`);
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).waitFor({ timeout: 90_000 });
    }, { prerequisite: true });

    await check(`open ${FILE}`, async () => {
        await wb.openFile(FILE);
        await editor.locator('.view-line', { hasText: 'between orientation and purchase' }).waitFor();
        openedAt = Date.now();
    }, { prerequisite: true });

    await check('squiggle on the `between` line (the server in a web worker)', async () => {
        const squiggle = editor.locator('.squiggly-error').first();
        await squiggle.waitFor({ timeout: 60_000 });
        const squiggleTop = await squiggle.evaluate(el => el.parentElement.style.top);
        const lineTop = await editor.locator('.view-line', { hasText: 'between orientation and purchase' }).evaluate(el => el.style.top);
        expect(squiggleTop === lineTop, `squiggle at top ${squiggleTop}, the between line at ${lineTop}`);
        await runner.screenshot('squiggle');
        timings.firstDiagnosticsMs = Date.now() - openedAt;
        return `${(timings.firstDiagnosticsMs / 1000).toFixed(1)} s after the file opened (activation + worker start)`;
    });

    await check('the extension runs in the web worker extension host, not the Node one', async () => {
        expect(!nodeHostLog().includes(`_doActivateExtension ${EXTENSION_ID}`), 'the Node extension host activated the extension');
        await wb.runCommand('Developer: Show Running Extensions');
        const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: manifest.displayName.split(' ')[0] });
        await row.first().waitFor({ timeout: 20_000 });
        const text = (await row.first().innerText()).replace(/\s+/g, ' ');
        await runner.screenshot('running-extensions');
        expect(/web worker/i.test(text), `the running extension is not listed as "web worker": ${text}`);
        timings.activationMs = Number(/Activation: (\d+)\s*ms/.exec(text)?.[1]) || undefined;
        await page.keyboard.press('Control+W');
        return text;
    });

    await check('Problems: our error, the warning journey.config.json asks for, nothing about the imported names', async () => {
        await focusEditor();
        await page.keyboard.press('Control+Shift+M');
        const rows = page.locator('.markers-panel .monaco-list-row');
        await rows.filter({ hasText: 'are not next to each other' }).first().waitFor({ timeout: 20_000 });
        await rows.filter({ hasText: 'score-without-evidence' }).first().waitFor({ timeout: 20_000 });
        await runner.screenshot('problems');
        const labels = await rows.evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
        const markers = labels.filter(label => / at line \d+ and character \d+/.test(label));
        expect(markers.length === 2, `expected 2 problems, found ${markers.length}: ${JSON.stringify(markers)}`);
        const error = markers.find(label => label.startsWith('Error'));
        expect(error?.includes(`at line ${ERROR_LINE} `), `no error on line ${ERROR_LINE}: ${JSON.stringify(markers)}`);
        expect(markers.some(label => label.startsWith('Warning') && label.includes(`at line ${SCORE_LINE} `)), `no warning on line ${SCORE_LINE}`);
        return markers.map(label => label.slice(0, 60)).join(' | ');
    });

    await check('hover on `score` shows our keyword doc', async () => {
        await focusEditor();
        const token = editor.locator('.view-line', { hasText: 'score 3' }).locator('span > span').filter({ hasText: /^\s*score/ }).first();
        const box = await token.boundingBox();
        expect(box, 'no rendered token for `score`');
        const text = await token.innerText();
        const charWidth = box.width / text.length;
        const leading = text.length - text.trimStart().length;
        await page.mouse.move(box.x + (leading + 2.5) * charWidth, box.y + box.height / 2);
        const hover = page.locator('.monaco-hover-content', { hasText: 'How well the company does here today' }).first();
        await hover.waitFor({ state: 'visible', timeout: 20_000 });
        await runner.screenshot('hover');
        const content = (await hover.innerText()).replace(/\s+/g, ' ');
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        return JSON.stringify(/score — [^.]*\./.exec(content)?.[0] ?? content.slice(0, 80));
    });

    await check('completion after `via ` offers the channels imported from company.journey', async () => {
        await focusEditor();
        await wb.goToLine(VIA_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Shift+ArrowLeft');
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Control+Space');
        const labels = await wb.suggestions();
        await runner.screenshot('completion-via');
        expect(labels.includes('website') && labels.includes('store'), `channels missing: ${labels.join(', ')}`);
        await page.keyboard.press('Escape');
        await page.keyboard.insertText('website');
        return labels.join(', ');
    });

    await check('go to definition of `website` opens company.journey', async () => {
        await wb.goToLine(VIA_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('F12');
        const other = editorOf('company.journey');
        await other.locator('.view-line', { hasText: 'channel website' }).waitFor({ timeout: 20_000 });
        await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 2,' }).waitFor({ timeout: 10_000 });
        await runner.screenshot('definition-in-other-file');
        await page.keyboard.press('Control+W');
        await editor.waitFor();
        return 'company.journey, line 2';
    });

    const webview = page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('#active-frame');
    await check('preview opens and draws after the error is fixed', async () => {
        await focusEditor();
        await wb.runCommand('Journey: Open Preview to the Side');
        await webview.locator('.empty-state', { hasText: /Fix the \d+ errors? in demo\.journey/ }).waitFor({ timeout: 60_000 });
        await focusEditor();
        await wb.goToLine(ERROR_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Shift+ArrowLeft');
        await page.keyboard.insertText('consideration');
        await webview.locator('[data-element-id="touchpoint:ads"]').waitFor({ timeout: 30_000 });
        await runner.screenshot('preview');
        return 'empty state with the error count, then the diagram';
    });

    await check('preview follows an edit: a typed touchpoint appears', async () => {
        await wb.goToLine(ADS_END_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.insertText('touchpoint kiosk "Self-service kiosk" { in purchase }');
        const kiosk = webview.locator('[data-element-id="touchpoint:kiosk"]');
        await kiosk.waitFor({ timeout: 30_000 });
        await runner.screenshot('preview-typed-touchpoint');
        return JSON.stringify((await kiosk.textContent()).replace(/\s+/g, ' ').trim());
    });

    await check('Compare with… is not offered in the browser', async () => {
        await focusEditor();
        await page.keyboard.press('F1');
        await page.locator('.quick-input-widget input').waitFor();
        await page.keyboard.type('Journey: Compare with');
        // VS Code's own "File: Compare Active File With…" matches too: once it shows, the list is filtered.
        const rows = page.locator('.quick-input-widget .monaco-list-row');
        await rows.filter({ hasText: 'Compare Active File' }).first().waitFor({ timeout: 10_000 });
        const titles = await rows.allInnerTexts();
        await page.keyboard.press('Escape');
        expect(!titles.some(title => title.includes('Journey: Compare with')), `offered: ${titles.join(' | ')}`);
        return `the palette offers only ${titles.map(title => title.split('\n')[0]).join(', ')}`;
    });

    await check('no errors from the extension in the browser console', async () => {
        const ours = consoleLines.filter(line => /^(error|pageerror)/.test(line) && /journey/i.test(line));
        expect(ours.length === 0, `${ours.length} error(s): ${ours.slice(0, 3).join(' | ')}`);
    });
}

async function cleanup() {
    await browser?.context.close().catch(error => log('closing Chromium failed:', error.message));
    await server.stop();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => cleanup().finally(() => process.exit(1)));

const unexpected = await runGuarded(main, cleanup, { minutes: 5 });
log(`logs: ${RUN} (code-server.log), ${SHOTS} (screenshots, browser-console.log)`);
const failed = runner.failed + (unexpected ? 1 : 0);
if (process.env.WEB_E2E_TIMINGS) fs.writeFileSync(process.env.WEB_E2E_TIMINGS, JSON.stringify({ ...timings, failed }));
const passed = runner.results.length - runner.failed;
console.log(failed === 0 ? `WEB E2E PASSED: ${passed} checks in ${secs()} s` : `WEB E2E FAILED: ${failed} failed, ${passed} passed, in ${secs()} s`);
process.exit(failed === 0 ? 0 : 1);

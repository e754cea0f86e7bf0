// End-to-end test of the packaged extension in a real VS Code: code-server 4.100.3
// (= VS Code 1.100.3) on 127.0.0.1, driven headless by playwright-core in Debian's
// /usr/bin/chromium (never a downloaded browser).
//
//   npm run test:e2e                    packages the .vsix, then runs this
//   node test/e2e/run-e2e.mjs [vsix]    uses an existing .vsix (default: ./<name>-<version>.vsix)
//
// Checks, on a journey with one deliberate error, that VS Code shows the language mode,
// our diagnostic (squiggle + Problems panel), our completions and our hover, and that
// the side preview draws, follows typing and follows the text cursor.
// Screenshots go to test-results/e2e/; code-server, VS Code and Chromium state to .e2e/run/.
// Everything stays out of $HOME and /tmp. Exits non-zero when any check fails.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUIET_SETTINGS, expect, freePort, runGuarded } from './e2e-helpers.mjs';
import { uxChecks } from './ux-checks.mjs';
import { quickFixChecks } from './fixes-checks.mjs';
import { tokensChecks } from './tokens-checks.mjs';
import { dutchChecks } from './nl-checks.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const E2E = process.env.E2E_DIR || path.join(REPO, '.e2e');
const RUN = path.join(E2E, 'run');
const WORKSPACE = path.join(RUN, 'workspace');
const USER_DATA = path.join(RUN, 'user-data');
const SERVER_LOG = path.join(RUN, 'code-server.log');
const SHOTS = path.join(REPO, 'test-results', 'e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const VSIX = path.resolve(process.argv[2] || path.join(REPO, `${manifest.name}-${manifest.version}.vsix`));
const FILE = 'demo.journey';

// The journey under test. Line 17 is the deliberate error: orientation and purchase are not
// consecutive phases. Everything else is valid (the CLI reports exactly this one problem).
const JOURNEY = `journey demo "Demo" {
    kind current
    channel website "Website" digital
    channel store "Store" physical
    department marketing "Marketing"
    phase orientation "Orientation" {
        owner marketing
        emotion -1
    }
    phase consideration "Consideration" {
        owner marketing
    }
    phase purchase "Purchase" {
        owner marketing
    }
    touchpoint ads "Online ads" {
        between orientation and purchase
        via website
        score 3
    }
    touchpoint shop "Shop visit" {
        in consideration
        via store
    }
}
`;
const ERROR_LINE = 17;                 // between orientation and purchase
const VIA_LINE = 18;                   // via website
const SHOP_END_LINE = 24;              // the `}` closing touchpoint shop, inside the journey body
const KIOSK_LINE = SHOP_END_LINE + 1;  // the touchpoint the preview checks type after it

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const log = (...args) => console.log(`[e2e ${secs().padStart(5)}s]`, ...args);

// ---- fresh run directories; TMPDIR before playwright-core is loaded ----
fs.rmSync(RUN, { recursive: true, force: true });
fs.rmSync(SHOTS, { recursive: true, force: true });
for (const dir of [WORKSPACE, path.join(USER_DATA, 'User'), path.join(RUN, 'tmp'), SHOTS]) fs.mkdirSync(dir, { recursive: true });
process.env.TMPDIR = path.join(RUN, 'tmp');
fs.writeFileSync(path.join(WORKSPACE, FILE), JOURNEY);
// The team's rules, empty (the recommended rules): the schema check types into it.
const CONFIG = 'journey.config.json';
fs.writeFileSync(path.join(WORKSPACE, CONFIG), '{\n    "rules": {\n\n    }\n}\n');
// A git repository with the journey committed, for "Journey: Compare with…" (HEAD = the text as first opened).
for (const args of [['init', '-q'], ['add', FILE], ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', 'commit', '-q', '-m', 'journey']]) {
    const result = spawnSync('git', args, { cwd: WORKSPACE, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}
fs.writeFileSync(path.join(USER_DATA, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));

// ---- checks: every one prints PASS or FAIL; a failed prerequisite stops the run ----
const results = [];
let shotNo = 0;
let page;

async function screenshot(name) {
    if (!page) return;
    const file = path.join(SHOTS, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
    await page.waitForTimeout(250);                       // tiny settle delay: let fade-ins finish
    await page.screenshot({ path: file, animations: 'disabled' });
    log(`  screenshot ${path.relative(REPO, file)}`);
}

async function check(name, fn, { prerequisite = false } = {}) {
    log(`… ${name}`);
    try {
        const detail = await fn();
        results.push({ name, ok: true });
        console.log(`PASS ${name}${detail ? ` — ${detail}` : ''}`);
        return true;
    } catch (error) {
        results.push({ name, ok: false });
        console.log(`FAIL ${name} — ${String(error?.message ?? error).split('\n')[0]}`);
        await screenshot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
        await page?.keyboard.press('Escape').catch(() => {});
        await page?.keyboard.press('Escape').catch(() => {});
        if (prerequisite) throw new Error(`prerequisite failed: ${name}`);
        return false;
    }
}

// ---- processes ----

let server;           // code-server, leader of its own process group (extension host, language server)
let serverExit;       // resolves when it exits
let context;          // Chromium

function startCodeServer(port) {
    const out = fs.openSync(SERVER_LOG, 'w');
    server = spawn(path.join(E2E, 'bin', 'code-server'), [
        '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--user-data-dir', USER_DATA,
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override',
        WORKSPACE,
    ], { detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    serverExit = new Promise(resolve => server.on('exit', (code, signal) => resolve({ code, signal })));
}

async function waitForServer(base, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let exited;
    serverExit.then(result => (exited = result));
    while (Date.now() < deadline) {
        if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was up`);
        try {
            if ((await fetch(`${base}/healthz`)).ok) return;
        } catch { /* not listening yet */ }
        await new Promise(resolve => setTimeout(resolve, 100));   // polling interval, not a wait for an event
    }
    throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s`);
}

async function stopCodeServer() {
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const group = -server.pid;
    try { process.kill(group, 'SIGTERM'); } catch { return; }
    const exited = await Promise.race([serverExit, new Promise(resolve => setTimeout(() => resolve(false), 5000))]);
    if (!exited) log('code-server ignored SIGTERM, killing it');
    try { process.kill(group, 'SIGKILL'); } catch { /* the whole group is gone */ }
}

let cleanedUp = false;
async function cleanup() {
    if (cleanedUp) return;
    cleanedUp = true;
    await context?.close().catch(error => log('closing Chromium failed:', error.message));
    await stopCodeServer();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
        log(`${signal}: cleaning up`);
        cleanup().finally(() => process.exit(1));
    });
}

// ---- helpers for the workbench ----
const editorSelector = `.editor-instance .monaco-editor[data-uri$="${FILE}"]`;

async function goToLine(line) {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await page.keyboard.type(String(line));
    await page.locator('.quick-input-widget', { hasText: `line ${line}` }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
}

/** Runs a command from the command palette (F1), by its title. */
async function runCommand(title) {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').waitFor();
    await page.keyboard.type(title);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
}

/** Rows of the visible suggest widget: their labels and the kind of completion item. */
async function suggestions() {
    const widget = page.locator('.editor-widget.suggest-widget.visible');
    await widget.locator('.monaco-list-row').first().waitFor({ timeout: 20_000 });
    return widget.locator('.monaco-list-row').evaluateAll(rows => rows.map(row => ({
        label: row.querySelector('.label-name')?.textContent ?? '',
        kind: [...(row.querySelector('.suggest-icon')?.classList ?? [])].find(c => c.startsWith('codicon-symbol-')) ?? '',
    })));
}

// ---- the run ----
async function main() {
    log(`setup: ${path.relative(REPO, VSIX)}`);
    expect(fs.existsSync(VSIX), `${VSIX} does not exist: run \`npm run package\` first`);
    const setup = spawnSync('bash', [path.join(REPO, 'test', 'e2e', 'setup-code-server.sh'), VSIX], { stdio: 'inherit' });
    expect(setup.status === 0, `setup-code-server.sh failed (${setup.status ?? setup.signal})`);
    log('setup done');

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    startCodeServer(port);
    await check('code-server starts', async () => {
        await waitForServer(base, 60_000);
        return base;
    }, { prerequisite: true });

    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(path.join(RUN, 'chromium'), {   // fresh profile every run
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
        env: { ...process.env, XDG_CONFIG_HOME: path.join(RUN, 'xdg', 'config'), XDG_CACHE_HOME: path.join(RUN, 'xdg', 'cache') },
    });
    page = context.pages()[0] ?? await context.newPage();
    const consoleLines = [];
    page.on('console', message => consoleLines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', error => consoleLines.push(`pageerror: ${error.message}`));
    const writeConsole = () => fs.writeFileSync(path.join(SHOTS, 'browser-console.log'), consoleLines.join('\n') + '\n');
    process.on('exit', writeConsole);

    const editor = page.locator(editorSelector);
    let openedAt;

    await check('workbench loads the workspace', async () => {
        await page.goto(`${base}/?folder=${encodeURIComponent(WORKSPACE)}`);
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).waitFor({ timeout: 90_000 });
        await screenshot('workbench');
    }, { prerequisite: true });

    await check(`open ${FILE}`, async () => {
        const quickOpen = page.locator('.quick-input-widget');
        await page.keyboard.press('Control+P');
        await quickOpen.locator('input').waitFor();
        await page.keyboard.type(FILE);
        await quickOpen.locator('.monaco-list-row', { hasText: FILE }).first().waitFor();
        await page.keyboard.press('Enter');
        await editor.locator('.view-line', { hasText: 'between orientation and purchase' }).waitFor();
        openedAt = Date.now();
    }, { prerequisite: true });

    // (a) the file gets our language: the status bar shows the alias "Journey"
    await check('(a) status bar language mode is "Journey"', async () => {
        const mode = page.locator('[id="status.editor.mode"]');
        await mode.filter({ hasText: 'Journey' }).waitFor({ timeout: 20_000 });
        const text = (await mode.innerText()).trim();
        expect(text === 'Journey', `language mode shows ${JSON.stringify(text)}`);
        await screenshot('language-mode');
        return JSON.stringify(text);
    });

    // (b) the language server's diagnostic: a squiggle on line 17 and one error in the Problems panel
    await check('(b) error squiggle on the `between` line', async () => {
        const squiggle = editor.locator('.squiggly-error').first();
        await unlessExtensionFails(squiggle.waitFor({ timeout: 60_000 }));   // includes starting the language server
        const squiggleTop = await squiggle.evaluate(el => el.parentElement.style.top);
        const lineTop = await editor.locator('.view-line', { hasText: 'between orientation and purchase' })
            .evaluate(el => el.style.top);
        expect(squiggleTop === lineTop, `squiggle at top ${squiggleTop}, the between line at ${lineTop}`);
        return `${((Date.now() - openedAt) / 1000).toFixed(1)} s after the file opened (activation + server start)`;
    });

    // an activation failure or a server crash shows in the logs: stop here rather than time out on every check
    await check('extension activated, no errors in the extension host logs', checkExtensionLogs, { prerequisite: true });

    await check('(b) Problems panel lists our error', async () => {
        await page.keyboard.press('Control+Shift+M');
        const rows = page.locator('.markers-panel .monaco-list-row');
        const ours = rows.filter({ hasText: 'are not next to each other' });
        await ours.first().waitFor({ timeout: 20_000 });
        await screenshot('problems');
        const labels = await rows.evaluateAll(els => els.map(el => el.getAttribute('aria-label') ?? ''));
        log('  problems:', JSON.stringify(labels));
        const markers = labels.filter(label => / at line \d+ and character \d+/.test(label));
        expect(markers.length === 1, `expected exactly 1 problem, found ${markers.length}`);
        const [label] = markers;
        expect(label.startsWith('Error'), `not an error: ${label}`);
        expect(label.includes("phases 'orientation' and 'purchase' are not next to each other"), `wrong message: ${label}`);
        expect(label.includes(`at line ${ERROR_LINE} and character `), `not on line ${ERROR_LINE}: ${label}`);
        const rowText = await ours.first().innerText();
        expect(rowText.includes('phases-not-consecutive'), `issue code missing from the row: ${JSON.stringify(rowText)}`);
        return label;
    });

    // (d) hover over the keyword `score`
    await check('(d) hover on `score` shows our keyword doc', async () => {
        await editor.click({ position: { x: 200, y: 10 } });     // focus back to the editor
        const token = editor.locator('.view-line', { hasText: 'score 3' }).locator('span > span').filter({ hasText: /^\s*score/ }).first();
        const box = await token.boundingBox();
        expect(box, 'no rendered token for `score`');
        const text = await token.innerText();
        const charWidth = box.width / text.length;
        const leading = text.length - text.trimStart().length;
        await page.mouse.move(box.x + (leading + 2.5) * charWidth, box.y + box.height / 2);   // on the "o" of score
        const hover = page.locator('.monaco-hover-content', { hasText: 'How well the company does here today' }).first();
        await hover.waitFor({ state: 'visible', timeout: 20_000 });
        await screenshot('hover');
        const content = (await hover.innerText()).trim().replace(/\s+/g, ' ');
        expect(content.startsWith('score'), `hover does not name the keyword: ${content}`);
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        return JSON.stringify(content);
    });

    await tokensChecks({ page, editor, check, expect, screenshot });

    // (c) completion on an empty line in the journey body: our keywords and phase-model snippets
    await check('(c) completion on an empty line in the journey body', async () => {
        await editor.click({ position: { x: 200, y: 10 } });
        await goToLine(SHOP_END_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        // The list holds more keywords than the widget shows at once: narrow it to the one looked for.
        await page.keyboard.type('tou');
        await page.keyboard.press('Control+Space');
        const items = await suggestions();
        await screenshot('completion-journey-body');
        log('  suggestions:', JSON.stringify(items.map(i => `${i.label} (${i.kind.replace('codicon-symbol-', '')})`)));
        const touchpoint = items.find(i => i.label === 'touchpoint');
        expect(touchpoint, `no \`touchpoint\` among ${items.map(i => i.label).join(', ')}`);
        expect(touchpoint.kind === 'codicon-symbol-keyword', `\`touchpoint\` is a ${touchpoint.kind}, not a keyword`);
        await page.keyboard.press('Escape');
        for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
        await page.keyboard.press('Control+Space');
        // the phase-model snippets sort after the keywords: filter to them
        await page.keyboard.type('phases');
        const snippetRow = page.locator('.editor-widget.suggest-widget.visible .monaco-list-row',
            { hasText: 'phases: 7 phases (suspect → ambassador)' });
        await snippetRow.first().waitFor({ timeout: 10_000 });
        await screenshot('completion-phase-snippet');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Z');                    // the typed "phases"
        return `keyword \`touchpoint\` after "tou", and snippet "phases: 7 phases (suspect → ambassador)"`;
    });

    await check('(c) completion after `via ` lists the channels of the file', async () => {
        await goToLine(VIA_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Shift+ArrowLeft');      // select "website"
        await page.keyboard.press('Backspace');
        await editor.locator('.view-line', { hasText: /^\s*via\s*$/ }).waitFor();
        await page.keyboard.press('Control+Space');
        const items = await suggestions();
        await screenshot('completion-via');
        const labels = items.map(i => i.label);
        log('  suggestions:', JSON.stringify(labels));
        expect(labels.includes('website') && labels.includes('store'), `channels missing: ${labels.join(', ')}`);
        expect(!labels.includes('marketing'), 'a department is offered as a channel');
        await page.keyboard.press('Escape');
        return labels.join(', ');
    });

    await previewChecks(editor);
    await compareCheck(editor);
    await reloadCheck();
    await configSchemaCheck();
    await uxChecks({ page, check, expect, runCommand, screenshot, REPO, WORKSPACE, RUN,
        webview: page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('#active-frame') });
    await quickFixChecks({ page, check, screenshot, workspace: WORKSPACE });
    const settings = JSON.parse(fs.readFileSync(path.join(USER_DATA, 'User', 'settings.json'), 'utf8'));
    await dutchChecks({ e2e: E2E, run: path.join(RUN, 'nl'), port: await freePort(), settings, extensionId: EXTENSION_ID, context, check, expect, log, shots: SHOTS });

    await check('no extension errors during the run', checkExtensionLogs);
}

// ---- journey.config.json: our schema (package.json jsonValidation) completes rule codes and levels ----
async function configSchemaCheck() {
    await check('journey.config.json: completion of rule codes and their levels from our schema', async () => {
        const quickOpen = page.locator('.quick-input-widget');
        await page.keyboard.press('Control+P');
        await quickOpen.locator('input').waitFor();
        await page.keyboard.type(CONFIG);
        await quickOpen.locator('.monaco-list-row', { hasText: CONFIG }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.locator(`.editor-instance .monaco-editor[data-uri$="${CONFIG}"] .view-line`, { hasText: '"rules"' }).waitFor();
        await goToLine(3);
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Space');
        // The list is virtual (only the rows in view exist): look at the first rows, then filter.
        const codes = (await suggestions()).map(i => i.label.replace(/"/g, ''));
        await screenshot('config-completion-codes');
        log('  suggestions:', JSON.stringify(codes));
        expect(codes.includes('channel-mode-missing'), `no channel-mode-missing among ${codes.join(', ')}`);
        expect(!codes.includes('age-range-reversed'), 'age-range-reversed is offered, but it cannot be configured');
        await page.keyboard.type('score-without');
        await page.locator('.editor-widget.suggest-widget.visible .monaco-list-row', { hasText: 'score-without-evidence' }).first().waitFor();
        await page.keyboard.press('Enter');                       // inserts the key; the value is asked next
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        if (!await widget.isVisible()) await page.keyboard.press('Control+Space');
        const levels = (await suggestions()).map(i => i.label.replace(/"/g, ''));
        await screenshot('config-completion-levels');
        expect(['off', 'hint', 'warning', 'error'].every(level => levels.includes(level)), `levels offered: ${levels.join(', ')}`);
        await page.keyboard.press('Escape');
        return `${codes.length} rule codes; levels ${levels.join(', ')}`;
    });
}

// ---- the preview survives a reload of the window (webview serializer) ----
async function reloadCheck() {
    await check('preview: comes back with its diagram after the window reloads', async () => {
        await runCommand('Developer: Reload Window');
        const webview = page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('#active-frame');
        await webview.locator('[data-element-id="touchpoint:kiosk"]').waitFor({ timeout: 90_000 });
        await screenshot('preview-after-reload');
        return 'the restored preview shows the journey, including the touchpoint typed before the reload';
    });
}

// ---- Journey: Compare with… shows the semantic diff against HEAD as rendered Markdown ----
async function compareCheck(editor) {
    await check('compare: "Journey: Compare with…" HEAD shows what changed in journey terms', async () => {
        await editor.click({ position: { x: 200, y: 10 } });
        await runCommand('Journey: Compare with');
        await page.locator('.quick-input-widget input[aria-label*="revision"], .quick-input-widget', { hasText: /revision/i }).first().waitFor();
        await page.keyboard.press('Enter');                          // the default, HEAD
        const preview = page.frameLocator('iframe.webview.ready[src*="extensionId=vscode.markdown-language-features"]').frameLocator('#active-frame');
        const body = preview.locator('body', { hasText: 'Self-service kiosk' });
        await body.waitFor({ timeout: 60_000 });
        await screenshot('compare-markdown-preview');
        const text = (await body.innerText()).replace(/\s+/g, ' ');
        expect(/added/i.test(text), `no "added" in the diff: ${text.slice(0, 300)}`);
        return text.slice(0, 160);
    });
}

// ---- the live preview: follows typing, keeps the last good picture, links both ways ----
async function previewChecks(editor) {
    const webview = page.frameLocator(`iframe.webview.ready[src*="extensionId=${EXTENSION_ID}"]`).frameLocator('#active-frame');
    const card = id => webview.locator(`[data-element-id="${id}"]`);

    await check('preview: "Journey: Open Preview to the Side" opens, asking to fix the errors first', async () => {
        await editor.click({ position: { x: 200, y: 10 } });
        await runCommand('Journey: Open Preview to the Side');
        const empty = webview.locator('.empty-state', { hasText: /Fix the \d+ errors? in demo\.journey/ });
        await empty.waitFor({ timeout: 60_000 });
        await screenshot('preview-empty-state');
        return JSON.stringify(await empty.innerText());
    }, { prerequisite: true });

    await check('preview: fixing the text draws the diagram', async () => {
        await editor.click({ position: { x: 200, y: 10 } });
        await goToLine(ERROR_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Shift+ArrowLeft');
        await page.keyboard.insertText('consideration');
        await goToLine(VIA_LINE);
        await page.keyboard.press('End');
        await page.keyboard.insertText('website');
        await card('touchpoint:ads').waitFor({ timeout: 30_000 });
        const phases = await webview.locator('svg.journey-diagram [data-element-id^="phase:"]').count();
        expect(phases >= 3, `expected the 3 phase columns, found ${phases}`);
        await screenshot('preview-diagram');
        return `${phases} phase elements, touchpoint cards shown`;
    });

    await check('preview: a touchpoint typed in the text appears in the diagram', async () => {
        await goToLine(SHOP_END_LINE);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.insertText('touchpoint kiosk "Self-service kiosk" { in purchase }');
        const kiosk = card('touchpoint:kiosk');
        await kiosk.waitFor({ timeout: 30_000 });
        const text = (await kiosk.textContent()).replace(/\s+/g, ' ');
        expect(text.includes('Self-service kiosk'), `card text: ${text}`);
        await screenshot('preview-typed-touchpoint');
        return JSON.stringify(text.trim());
    });

    // The cursor has not moved since the touchpoint was typed: the new diagram alone must move the highlight.
    await check('preview: the touchpoint being typed is highlighted as soon as it exists', async () => {
        await webview.locator('svg.journey-diagram [data-element-id="touchpoint:kiosk"].selected').waitFor({ timeout: 20_000 });
        return 'touchpoint:kiosk is selected without moving the cursor';
    });

    await check('preview: broken text keeps the last diagram, marked stale with the error count', async () => {
        await page.keyboard.insertText(' {{ oops');
        const status = webview.locator('.status', { hasText: /Showing the last correct diagram — \d+ errors? in demo\.journey/ });
        await status.waitFor({ timeout: 30_000 });
        expect(await card('touchpoint:kiosk').count() === 1, 'the last good diagram is gone');
        await screenshot('preview-stale');
        const message = await status.innerText();
        for (let i = 0; i < ' {{ oops'.length; i++) await page.keyboard.press('Backspace');
        await webview.locator('.status').waitFor({ state: 'hidden', timeout: 30_000 });
        return JSON.stringify(message);
    });

    await check('preview: clicking a card moves the cursor to its text', async () => {
        await card('touchpoint:ads').click();
        const selection = page.locator('[id="status.editor.selection"]', { hasText: 'Ln 16,' });
        await selection.waitFor({ timeout: 20_000 });
        await screenshot('preview-click-reveals');
        return (await selection.innerText()).trim();
    });

    await check('preview: the cursor in the text highlights its element', async () => {
        await goToLine(SHOP_END_LINE - 2);
        await webview.locator('[data-element-id="touchpoint:shop"].selected').waitFor({ timeout: 20_000 });
        await screenshot('preview-cursor-highlight');
        return 'touchpoint:shop is selected';
    });

    await check('preview: moving the cursor scrolls the side preview to the element (journey.preview.followCursor)', async () => {
        // Zoomed in and scrolled to the top left, the card of the kiosk (last phase) is off screen.
        for (let i = 0; i < 5; i++) await webview.getByRole('button', { name: 'Zoom in', exact: true }).click();
        await webview.locator('.diagram-scroll').evaluate(area => area.scrollTo(0, 0));
        const kiosk = card('touchpoint:kiosk').first();
        expect(!(await inScrollArea(kiosk)), 'the kiosk card is in view before the cursor moves');
        await editor.click({ position: { x: 200, y: 10 } });
        await goToLine(KIOSK_LINE);
        await page.keyboard.press('End');                           // on the touchpoint, past its indentation
        await webview.locator('svg.journey-diagram [data-element-id="touchpoint:kiosk"].selected').waitFor({ timeout: 20_000 });
        await until(() => inScrollArea(kiosk), 10_000, 'the kiosk card did not scroll into the preview');
        await screenshot('preview-follows-cursor');
        const [left, top] = await webview.locator('.diagram-scroll').evaluate(area => [area.scrollLeft, area.scrollTop]);
        return `preview scrolled to ${Math.round(left)},${Math.round(top)} with the kiosk card in view`;
    });
}

/** Whether the middle of the element shows in the preview: inside its scroll area, and not under a sticky header. */
function inScrollArea(locator) {
    return locator.evaluate(element => {
        const area = element.closest('.diagram-scroll').getBoundingClientRect();
        const box = element.getBoundingClientRect();
        const x = (box.left + box.right) / 2, y = (box.top + box.bottom) / 2;
        const inside = x > area.left && x < area.right && y > area.top && y < area.bottom;
        return inside && element.contains(element.ownerDocument.elementFromPoint(x, y));
    });
}

/** Polls `condition` until it holds (the webview's scroll has no event to wait for from here). */
async function until(condition, timeoutMs, message) {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
        if (Date.now() > deadline) throw new Error(message);
        await new Promise(resolve => setTimeout(resolve, 100));   // polling interval, not a wait for an event
    }
}

const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

/**
 * Reads the extension host's logs: did our extension activate, and did it or its language
 * client log any error (e.g. the server process could not start)? Throws with the details.
 */
async function checkExtensionLogs() {
    const dir = extensionHostLogDir();
    expect(dir, `no extension host logs under ${USER_DATA}/logs`);
    const hostLog = fs.readFileSync(path.join(dir, 'remoteexthost.log'), 'utf8');
    const activated = hostLog.split('\n').find(line => line.includes(`_doActivateExtension ${EXTENSION_ID}`));
    const errors = extensionErrors(dir);
    if (errors.length) {
        for (const line of errors.slice(0, 20)) log(`  ${line}`);
        throw new Error(`${errors.length} error line(s) from ${EXTENSION_ID} in the extension host logs${errors.length > 20 ? ', first 20' : ''} above`);
    }
    expect(activated, `${EXTENSION_ID} never activated`);
    return activated.replace(/^.*?\] /, '');
}

/** Error entries about our extension in remoteexthost.log (with their continuation lines), and error lines of its output channels. */
function extensionErrors(dir) {
    const entries = [];
    for (const line of fs.readFileSync(path.join(dir, 'remoteexthost.log'), 'utf8').split('\n')) {
        if (/^\d{4}-\d\d-\d\d /.test(line)) entries.push([line]);
        else entries.at(-1)?.push(line);
    }
    const hostErrors = entries.filter((entry, i) => /\[error\]/.test(entry[0])
        && (entry.join('\n').includes(EXTENSION_ID) || entries[i - 1]?.[0].includes(`extension ${EXTENSION_ID} failed`)));
    const channelDir = path.join(dir, EXTENSION_ID);
    const channels = fs.existsSync(channelDir) ? fs.readdirSync(channelDir) : [];
    return [   // the output channel first: it has the server's own stderr, usually the root cause
        ...channels.flatMap(file => fs.readFileSync(path.join(channelDir, file), 'utf8').split('\n')
            .filter(line => /\[error\]/.test(line)).map(line => `${EXTENSION_ID}/${file}: ${line}`)),
        ...hostErrors.flatMap(entry => entry.slice(0, 2)).map(line => `remoteexthost.log: ${line}`),
    ];
}

/** Resolves with `promise`, or rejects as soon as the extension logs an error (polled every 500 ms). */
async function unlessExtensionFails(promise) {
    promise.catch(() => {});
    let timer;
    const failure = new Promise((_, reject) => {
        timer = setInterval(() => {
            const dir = extensionHostLogDir();
            if (dir && extensionErrors(dir).length) reject(new Error('the extension logged errors (see the next check)'));
        }, 500);
    });
    try {
        return await Promise.race([promise, failure]);
    } finally {
        clearInterval(timer);
    }
}

/** logs/<session>/exthost1 of code-server's user-data-dir: remoteexthost.log, and one folder per extension with its output channels. */
function extensionHostLogDir() {
    const logs = path.join(USER_DATA, 'logs');
    const sessions = fs.existsSync(logs) ? fs.readdirSync(logs).sort() : [];
    const dir = sessions.length ? path.join(logs, sessions.at(-1), 'exthost1') : undefined;
    return dir && fs.existsSync(dir) ? dir : undefined;
}

function printLogLocations() {
    const exthost = extensionHostLogDir() ?? `${USER_DATA}/logs/<session>/exthost1`;
    log('logs:');
    log(`  code-server:     ${SERVER_LOG}`);
    log(`  extension host:  ${exthost}/remoteexthost.log`);
    log(`  language client: ${exthost}/${EXTENSION_ID}/ (the extension's output channels)`);
    log(`  browser console: ${path.join(SHOTS, 'browser-console.log')}`);
    log(`  screenshots:     ${SHOTS}`);
}

const unexpected = await runGuarded(main, cleanup, { minutes: 12, onTimeout: printLogLocations });
printLogLocations();
const failed = results.filter(r => !r.ok).length + (unexpected ? 1 : 0);
const passed = results.filter(r => r.ok).length;
console.log(failed === 0 ? `E2E PASSED: ${passed} checks in ${secs()} s` : `E2E FAILED: ${failed} failed, ${passed} passed, in ${secs()} s`);
process.exit(failed === 0 ? 0 : 1);

// Helpers for driving code-server in headless Chromium, shared by the end-to-end
// scripts: the processes (code-server, Chromium), a PASS/FAIL check runner, and a
// few workbench gestures (go to line, run a command, read the suggest widget).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function expect(condition, message) {
    if (!condition) throw new Error(message);
}

export function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** The settings that keep the workbench quiet and predictable for a test. */
export const QUIET_SETTINGS = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'chat.commandCenter.enabled': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'editor.wordBasedSuggestions': 'off',
    // Checks read lines as written: the label and meaning hints show only while Ctrl+Alt is held.
    'editor.inlayHints.enabled': 'offUnlessPressed',
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
};

/** code-server on a free port of 127.0.0.1, leader of its own process group (so stop() ends its children too). */
export class CodeServer {
    constructor({ e2eDir, userDataDir, logFile, workspace }) {
        Object.assign(this, { e2eDir, userDataDir, logFile, workspace });
    }

    async start() {
        const port = await freePort();
        this.base = `http://127.0.0.1:${port}`;
        const out = fs.openSync(this.logFile, 'w');
        this.process = spawn(path.join(this.e2eDir, 'bin', 'code-server'), [
            '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--user-data-dir', this.userDataDir,
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
            this.workspace,
        ], { detached: true, stdio: ['ignore', out, out] });
        fs.closeSync(out);
        this.exit = new Promise(resolve => this.process.on('exit', (code, signal) => resolve({ code, signal })));
        await this.waitUntilUp(60_000);
        return this.base;
    }

    async waitUntilUp(timeoutMs) {
        const deadline = Date.now() + timeoutMs;
        let exited;
        this.exit.then(result => (exited = result));
        while (Date.now() < deadline) {
            if (exited) throw new Error(`code-server exited (${exited.code ?? exited.signal}) before it was up`);
            try {
                if ((await fetch(`${this.base}/healthz`)).ok) return;
            } catch { /* not listening yet */ }
            await new Promise(resolve => setTimeout(resolve, 100));   // polling interval, not a wait for an event
        }
        throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s`);
    }

    async stop() {
        const child = this.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
        const exited = await Promise.race([this.exit, new Promise(resolve => setTimeout(() => resolve(false), 5000))]);
        if (!exited) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the whole group is gone */ }
    }
}

/** Debian's Chromium, headless, with a fresh profile under `dir`. */
export async function launchChromium(dir) {
    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(path.join(dir, 'chromium'), {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
        env: { ...process.env, XDG_CONFIG_HOME: path.join(dir, 'xdg', 'config'), XDG_CACHE_HOME: path.join(dir, 'xdg', 'cache') },
    });
    return { context, page: context.pages()[0] ?? await context.newPage() };
}

/**
 * Runs named checks, printing PASS or FAIL for each; a failed prerequisite stops
 * the run. Screenshots go to `shotsDir`, numbered in the order taken.
 */
export class CheckRunner {
    constructor({ shotsDir, log }) {
        Object.assign(this, { shotsDir, log, results: [], shotNo: 0, page: undefined });
    }

    async screenshot(name) {
        if (!this.page) return;
        const file = path.join(this.shotsDir, `${String(++this.shotNo).padStart(2, '0')}-${name}.png`);
        await this.page.waitForTimeout(250);                   // tiny settle delay: let fade-ins finish
        await this.page.screenshot({ path: file, animations: 'disabled' });
    }

    async check(name, fn, { prerequisite = false } = {}) {
        this.log(`… ${name}`);
        try {
            const detail = await fn();
            this.results.push({ name, ok: true });
            console.log(`PASS ${name}${detail ? ` — ${detail}` : ''}`);
            return true;
        } catch (error) {
            this.results.push({ name, ok: false });
            console.log(`FAIL ${name} — ${String(error?.message ?? error).split('\n')[0]}`);
            await this.screenshot(`FAILED-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
            await this.page?.keyboard.press('Escape').catch(() => {});
            await this.page?.keyboard.press('Escape').catch(() => {});
            if (prerequisite) throw new Error(`prerequisite failed: ${name}`);
            return false;
        }
    }

    get failed() {
        return this.results.filter(r => !r.ok).length;
    }
}

/** Gestures on the workbench in `page`. */
export function workbench(page) {
    return {
        async goToLine(line) {
            await page.keyboard.press('Control+G');
            await page.locator('.quick-input-widget input').waitFor();
            await page.keyboard.type(String(line));
            await page.locator('.quick-input-widget', { hasText: `line ${line}` }).waitFor();
            await page.keyboard.press('Enter');
            await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
            await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
        },

        /** Runs a command from the command palette (F1), by its title. */
        async runCommand(title) {
            await page.keyboard.press('F1');
            await page.locator('.quick-input-widget input').waitFor();
            await page.keyboard.type(title);
            await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor();
            await page.keyboard.press('Enter');
        },

        /** Opens a workspace file by name with Quick Open. */
        async openFile(name) {
            const quickOpen = page.locator('.quick-input-widget');
            await page.keyboard.press('Control+P');
            await quickOpen.locator('input').waitFor();
            await page.keyboard.type(name);
            await quickOpen.locator('.monaco-list-row', { hasText: name }).first().waitFor();
            await page.keyboard.press('Enter');
        },

        /** Labels of the visible suggest widget's rows. */
        async suggestions() {
            const widget = page.locator('.editor-widget.suggest-widget.visible');
            await widget.locator('.monaco-list-row').first().waitFor({ timeout: 20_000 });
            return widget.locator('.monaco-list-row').evaluateAll(rows => rows.map(row => row.querySelector('.label-name')?.textContent ?? ''));
        },
    };
}

/**
 * Runs `main` under a watchdog and always cleans up. Returns whether it failed in a way no check
 * counted (a failed prerequisite has already failed its check).
 */
export async function runGuarded(main, cleanup, { minutes, onTimeout = () => {} }) {
    const watchdog = setTimeout(() => {
        console.log(`FAIL the whole run took more than ${minutes} minutes`);
        cleanup().finally(() => { onTimeout(); process.exit(1); });
    }, minutes * 60_000);
    let crashed;
    try {
        await main();
    } catch (error) {
        crashed = error;
    } finally {
        await cleanup();
        clearTimeout(watchdog);
    }
    const unexpected = crashed !== undefined && !String(crashed.message).startsWith('prerequisite failed');
    if (unexpected) console.log(`FAIL ${crashed.message}`);
    return unexpected;
}

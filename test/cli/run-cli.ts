// Runs the bundled CLI as a process, as CI and users do.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CLI = path.resolve('dist/cli.js');

export interface CliResult { status: number | null; stdout: string; stderr: string }

/** `timeout` (ms) ends a CLI that hangs: its status is then null. */
export function runCli(args: string[], cwd = process.cwd(), timeout?: number): CliResult {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout, killSignal: 'SIGKILL' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder with the given files (relative path → content). */
export function tempFolder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cli-'));
    for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
}

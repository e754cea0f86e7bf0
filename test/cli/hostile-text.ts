// Hostile text as anyone can write it in a pull request, and what "inert" means
// for an output: the checks every output test applies (SECURITY.md lists them).
import { expect } from 'vitest';

/** Label payloads, each tagged so a test can tell it reached the output. Raw characters, as a file may hold them. */
export const PAYLOADS: Record<string, string> = {
    newline_command: 'P01 x\\n::error file=README.md,line=1::spoofed',
    return_command: 'P02 x\\r::warning title=t::spoofed',
    line_separator_command: 'P03 x\u2028::notice::spoofed',
    leading_command: '::error::P04 spoofed',
    stop_commands: 'P05 \\n::stop-commands::token',
    legacy_command: 'P06 ##[error]spoofed',
    legacy_command_hidden: 'P07 #\u200B#\u034F[set-output name=x;]spoofed',
    clear_screen: 'P08 \u001b[2J\u001b[Hwiped',
    osc8_link: 'P09 \u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007',
    c1_csi: 'P10 \u009b31mred',
    delete: 'P11 del\u007f',
    bell_and_tab: 'P12 bell\u0007 tab\\t',
    bidi_override: 'P13 \u202Eevil\u202C',
    bidi_isolate: 'P14 \u2067hidden\u2069 \u200Fmark',
    url: 'P15 see https://evil.example/login',
    www: 'P16 www.evil.example',
    mention: 'P17 ping @octocat',
    team_mention: 'P18 cc @github/security',
    email: 'P19 mail a.b@evil.example',
    issue_reference: 'P20 fixes #1',
};

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const LEGACY = /#[\p{Cf}\p{Mn}\p{Me}]*#[\p{Cf}\p{Mn}\p{Me}]*\[/u;
const AT_START = /^[\s\p{Cf}\p{Mn}\p{Me}]*:[\p{Cf}\p{Mn}\p{Me}]*:/u;

/** No control, bidi or line-separator character, no workflow command (unless `commands` lines are expected). */
export function expectInert(output: string, options: { commands?: number } = {}): void {
    const raw = RAW.exec(output);
    expect(raw, `raw U+${raw?.[0].codePointAt(0)?.toString(16)} in output`).toBeNull();
    expect(output).not.toMatch(LEGACY);
    const commandLines = output.split('\n').filter(line => AT_START.test(line));
    expect(commandLines.length).toBe(options.commands ?? 0);
    for (const line of commandLines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Journey \[[a-z-]+\]::/);
}

/** Every payload's tag is in the output: each payload was tested there. */
export function expectEveryPayload(output: string, tags = Object.values(PAYLOADS).map(p => /P\d\d/.exec(p)![0])): void {
    for (const tag of tags) expect(output).toContain(tag);
}

// `journey check --format json|github|sarif`, run as a process like CI runs it.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { formatGithub, type Problem } from '../../src/cli/check-formats.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { runCli, tempFolder } from './run-cli.js';

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04, like the OASIS original).
const require = createRequire(import.meta.url);
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/jest-sarif')), 'schemas', 'sarif-2.1.0-rtm.5.json');

const BAD = `journey bad "Bad" {
    phase a "A"
    touchpoint t "T" {
        in b
        score 9
    }
}
`;
// A file name with ',' ':' and '%' (all escaped in a GitHub property), and
// messages with '%', ',' and ':'.
const ODD_NAME = 'odd, name: 100%.journey';
const ODD = `journey odd "Odd" {
    phase a% "A"
}
`;
const CLEAN = 'journey fine "Fine" {\n    kind day\n    phase a "A"\n}\n';

function files() {
    return tempFolder({ 'journeys/bad.journey': BAD, [`journeys/${ODD_NAME}`]: ODD, 'journeys/fine.journey': CLEAN });
}

/** Undoes GitHub's escaping, as the runner does when it reads a workflow command. */
function parseGithubCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
    const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
    if (!match) throw new Error(`not a workflow command: ${line}`);
    const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const properties = Object.fromEntries(match[2].split(',').map(pair => {
        const eq = pair.indexOf('=');
        return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
    }));
    return { command: match[1], properties, message: unescape(match[3]) };
}

describe('journey check --format json', () => {
    test('an array of problems, 1-based, sorted by file and position; exit code as for human output', () => {
        const dir = files();
        const result = runCli(['check', '--format', 'json', 'journeys'], dir);
        expect(result.status).toBe(1);
        const problems = JSON.parse(result.stdout) as Problem[];
        expect(problems.map(p => Object.keys(p))).toEqual(problems.map(() =>
            ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']));
        expect(problems.map(p => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`)).toEqual([
            'journeys/bad.journey:2:11 warning phase-without-touchpoints',
            'journeys/bad.journey:4:12 error unknown-reference',
            'journeys/bad.journey:5:15 error score-out-of-range',
            `journeys/${ODD_NAME}:2:11 warning phase-without-touchpoints`,
            `journeys/${ODD_NAME}:2:12 error syntax-error`,
        ]);
        expect(problems[1]).toMatchObject({ endLine: 4, endColumn: 13, message: expect.stringMatching(/^There is no phase called 'b'\./) });
        // The same problems as the human format, line for line.
        const human = runCli(['check', 'journeys'], dir).stdout.trim().split('\n');
        expect(human).toHaveLength(problems.length);
    });

    test('no problems: an empty array and exit 0', () => {
        const dir = tempFolder({ 'fine.journey': CLEAN });
        const result = runCli(['check', '--format', 'json', 'fine.journey'], dir);
        expect(JSON.parse(result.stdout)).toEqual([]);
        expect(result.status).toBe(0);
    });

    test('an unknown format is bad usage: exit 2', () => {
        const result = runCli(['check', '--format', 'xml', '.']);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/argument 'xml' is invalid.*human, json, github, sarif/);
    });
});

describe('journey check --format github', () => {
    test('one workflow command per problem, with file and message escaped', () => {
        const dir = files();
        const result = runCli(['check', '--format', 'github', 'journeys'], dir);
        expect(result.status).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines).toHaveLength(5);
        expect(lines[1]).toBe('::error file=journeys/bad.journey,line=4,col=12,endLine=4,endColumn=13,title=Journey [unknown-reference]::'
            + lines[1].split('::')[2]);
        const odd = lines[4];
        expect(odd).toMatch(/^::error file=journeys\/odd%2C name%3A 100%25\.journey,line=2,col=12,endLine=2,endColumn=13,title=Journey \[syntax-error\]::'%25' is not expected/);
        const parsed = parseGithubCommand(odd);
        expect(parsed.properties.file).toBe(`journeys/${ODD_NAME}`);
        expect(parsed.message).toMatch(/^'%' is not expected in a journey\. .*, /);
        // In the data, only %, CR and LF are escaped: ':' and ',' stay as written.
        expect(lines[3]).toMatch(/::Phase 'a' has no touchpoints: how /);
        expect(parseGithubCommand(lines[3]).command).toBe('warning');
    });

    test('messages with %, : and , survive the round trip, line breaks become spaces; properties escape : and , too', () => {
        const message = 'Line one: 100% sure,\r\nline two %0A';
        const lines = formatGithub([{
            file: 'a:b,c%.journey',
            diagnostics: [
                { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 2 } }, message, severity: DiagnosticSeverity.Hint, code: 'unused-channel' },
            ],
        }]);
        expect(lines).toEqual(['::notice file=a%3Ab%2Cc%25.journey,line=1,col=1,endLine=2,endColumn=3,title=Journey [unused-channel]'
            + '::Line one: 100%25 sure, line two %250A']);
        expect(lines[0].split('\n')).toHaveLength(1);
        const parsed = parseGithubCommand(lines[0]);
        expect(parsed.message).toBe('Line one: 100% sure, line two %0A');
        expect(parsed.properties.file).toBe('a:b,c%.journey');
    });
});

describe('journey check --format sarif', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    // Without the u flag: rtm.5's language pattern has a stray ']' that only non-Unicode regular expressions accept.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);

    test('the schema really checks: a region starting at line 0 or a driver without a name is rejected', () => {
        const log = (driver: object, startLine: number) => ({ version: '2.1.0', runs: [{ tool: { driver }, results: [{
            message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.journey' }, region: { startLine } } }],
        }] }] });
        expect(validate(log({ name: 'journey' }, 1))).toBe(true);
        expect(validate(log({ name: 'journey' }, 0))).toBe(false);
        expect(validate(log({}, 1))).toBe(false);
    });

    test('valid SARIF 2.1.0 with a rule per issue code and a result per problem', () => {
        const dir = files();
        const result = runCli(['check', '--format', 'sarif', 'journeys'], dir);
        expect(result.status).toBe(1);
        const log = JSON.parse(result.stdout);
        expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
        expect(log.version).toBe('2.1.0');
        const [run] = log.runs;
        expect(run.tool.driver.name).toBe('journey');
        const rules = run.tool.driver.rules as Array<{ id: string; shortDescription: { text: string } }>;
        expect(rules.map(r => r.id).sort()).toEqual(Object.values(IssueCodes).sort());
        for (const rule of rules) expect(rule.shortDescription.text.length).toBeGreaterThan(10);
        expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
        const results = run.results as Array<Record<string, any>>;
        expect(results.map(r => [r.ruleId, r.level])).toEqual([
            ['phase-without-touchpoints', 'warning'], ['unknown-reference', 'error'], ['score-out-of-range', 'error'],
            ['phase-without-touchpoints', 'warning'], ['syntax-error', 'error'],
        ]);
        for (const r of results) expect(rules[r.ruleIndex].id).toBe(r.ruleId);
        expect(results[2].message.text).toMatch(/^A score is a whole number from 1 .* not 9\.$/);
        expect(results[2].locations[0].physicalLocation).toEqual({
            artifactLocation: { uri: 'journeys/bad.journey', uriBaseId: '%SRCROOT%' },
            region: { startLine: 5, startColumn: 15, endLine: 5, endColumn: 16 },
        });
        // Relative URIs: the odd characters percent-encoded, so ':' cannot pass for a scheme.
        expect(results[4].locations[0].physicalLocation.artifactLocation.uri).toBe('journeys/odd%2C%20name%3A%20100%25.journey');
    });

    test('hints and infos are notes; a clean run is valid too, with no results', () => {
        const dir = tempFolder({ 'fine.journey': CLEAN, 'hint.journey': 'channel unused "Unused" digital\n' });
        const result = runCli(['check', '--format', 'sarif', '.'], dir);
        expect(result.status).toBe(0);
        const log = JSON.parse(result.stdout);
        expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
        expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([['unused-channel', 'note']]);

        const clean = JSON.parse(runCli(['check', '--format', 'sarif', 'fine.journey'], dir).stdout);
        expect(validate(clean), ajv.errorsText(validate.errors)).toBe(true);
        expect(clean.runs[0].results).toEqual([]);
    });
});

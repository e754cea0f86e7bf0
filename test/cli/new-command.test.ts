// `journey new`: every phase model × every kind writes a journey without errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isJourney, isKindSetting, isPhase } from '../../language-server/generated/ast.js';
import { PHASE_MODELS } from '../../language-server/phase-models.js';
import { KINDS } from '../../language-server/journey-kinds.js';
import { newJourneyText } from '../../language-server/new-journey.js';
import { codesOf, validate, withCode } from '../language-server/journey-test-services.js';
import { runCli, tempFolder } from './run-cli.js';

const COMBINATIONS = PHASE_MODELS.flatMap(model => KINDS.map(kind => [model.key, kind] as const));

describe('journey new', () => {
    const dir = tempFolder({});

    test.each(COMBINATIONS)('--model %s --kind %s: file written, no errors, the model\'s phases', async (model, kind) => {
        const file = `${kind}-${model}.journey`;
        const result = runCli(['new', '--model', model, '--kind', kind, '--title', `A ${kind} map`, file], dir);
        expect(result).toMatchObject({ status: 0, stderr: '' });
        expect(result.stdout).toMatch(/^Wrote .*\nnext: add touchpoints/);
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const document = await validate(text);
        const errors = (document.diagnostics ?? []).filter(d => d.severity === DiagnosticSeverity.Error);
        expect(errors.map(d => `${d.range.start.line + 1}: ${d.message}`), text).toEqual([]);
        const journey = document.parseResult.value.elements.find(isJourney)!;
        expect(journey.label).toBe(`A ${kind} map`);
        expect(journey.members.find(isKindSetting)?.kind).toBe(kind);
        expect(journey.members.filter(isPhase).map(p => p.name)).toEqual(PHASE_MODELS.find(m => m.key === model)!.phases.map(p => p.id));
        expect(text).toMatch(/^ {4}phase /m);
        if (kind === 'future') expect(text).toContain('add `improves <current journey id>`');
    });

    test.each(PHASE_MODELS.map(m => m.key))('--model %s never clashes with the departments, channels and personas people name', async (key) => {
        const model = PHASE_MODELS.find(m => m.key === key)!;
        const common = ['service', 'customer', 'sales', 'marketing', 'support', 'store', 'website', 'phone', 'delivery', 'purchase',
            ...model.phases.map(p => p.id)];
        const owners = new Set(model.phases.map(p => p.owner));
        const defined = [...new Set(common)].flatMap(id => [...owners.has(id) ? [] : [`department ${id}`], `channel ${id} digital`, `persona ${id}`]);
        const text = newJourneyText({ kind: 'current', model, title: 'T', id: 't' })
            .replace('    persona customer "Customer"\n', `${defined.filter(d => d !== 'persona customer').map(d => `    ${d}\n`).join('')}    persona customer "Customer"\n`);
        expect(withCode(await validate(text), 'duplicate-id').map(d => d.message)).toEqual([]);
    });

    test('the template shows how a touchpoint is placed: in a phase, or after one, over several channels', () => {
        const text = newJourneyText({ kind: 'current', model: PHASE_MODELS.find(m => m.key === '7')!, title: 'T', id: 't' });
        expect(text).toContain('    // touchpoint example "What the customer meets" {\n    //     after suspect\n    //     via website, store\n    // }\n}\n');
        expect(text).toContain('    persona customer "Customer"\n');
        expect(text).toContain('    phase customer "Customer" {\n');
    });

    test('defaults: current kind with the 5-phase model, title and id from the file name', async () => {
        const dir = tempFolder({});
        expect(runCli(['new', 'shop-visit.journey'], dir).status).toBe(0);
        const text = fs.readFileSync(path.join(dir, 'shop-visit.journey'), 'utf8');
        expect(text).toContain('journey shop_visit "Shop visit" {\n    kind current\n');
        expect(text).toContain('    phase orientation "Orientation"\n');
        expect(codesOf(await validate(text))).toEqual(Array(5).fill('phase-without-touchpoints'));
    });

    test('--kind day defaults to the day model; blueprint to the 3-phase model', () => {
        const dir = tempFolder({});
        runCli(['new', '--kind', 'day', 'day.journey'], dir);
        runCli(['new', '--kind', 'blueprint', 'bp.journey'], dir);
        expect(fs.readFileSync(path.join(dir, 'day.journey'), 'utf8')).toMatch(/phase morning "Morning"\n {4}phase afternoon/);
        expect(fs.readFileSync(path.join(dir, 'bp.journey'), 'utf8')).toMatch(/phase pre_purchase "Pre-purchase"/);
    });

    test('the CLI check agrees: exit 0, only warnings', () => {
        const dir = tempFolder({});
        runCli(['new', '--model', '7', 'seven.journey'], dir);
        const check = runCli(['check', 'seven.journey'], dir);
        expect(check.status).toBe(0);
        expect(check.stderr).toMatch(/0 error\(s\), 7 warning\(s\)/);
    });

    test('refuses to overwrite (exit 2) unless --force', () => {
        const dir = tempFolder({ 'mine.journey': 'journey mine "Mine" {}\n' });
        expect(runCli(['new', 'mine.journey'], dir)).toMatchObject({
            status: 2, stderr: "journey: 'mine.journey' already exists; use --force to overwrite it\n",
        });
        expect(fs.readFileSync(path.join(dir, 'mine.journey'), 'utf8')).toBe('journey mine "Mine" {}\n');
        expect(runCli(['new', '--force', 'mine.journey'], dir).status).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'mine.journey'), 'utf8')).toContain('kind current');
    });

    test('bad usage: exit 2 with one line', () => {
        const dir = tempFolder({});
        expect(runCli(['new', '--model', '6', 'x.journey'], dir).stderr).toMatch(/Allowed choices are 3, 4, 5, 7, 9, 10, day/);
        expect(runCli(['new', '--model', '6', 'x.journey'], dir).status).toBe(2);
        expect(runCli(['new', '--kind', 'past', 'x.journey'], dir).status).toBe(2);
        expect(runCli(['new', 'x.txt'], dir)).toMatchObject({
            status: 2, stderr: "journey: 'x.txt' does not end in .journey: journey check and imports only read .journey files\n",
        });
        expect(runCli(['new'], dir).status).toBe(2);
        expect(fs.readdirSync(dir)).toEqual([]);
    });
});

import { describe, expect, test } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isChannelSetting, isTouchpoint, type Journey } from '../../language-server/generated/ast.js';
import { followedPersonas } from '../../language-server/journey-queries.js';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { codesOf, validate, withCode } from './journey-test-services.js';

const VALID = `
journey demo "Demo" {
    kind current
    goal "Fewer drop-outs"
    persona family "Family" {
        age 35-45
        pain "Planning is hopeless"
    }
    channel website "Website" digital
    channel store "Store" physical
    department marketing "Marketing"
    phase orientation "Orientation" {
        owner marketing
        emotion -1
        does "Compares floors online"
    }
    phase purchase "Purchase" {
        owner marketing
        emotion 2
    }
    touchpoint ads "Online ads" {
        between orientation and purchase
        via website
        owner marketing
        score 4
        critical
    }
    touchpoint shop "Shop visit" {
        in purchase
        via store
        score 3
    }
}
`;

/** The valid journey with some lines changed: [old, new] pairs, each old text must occur. */
function variant(...changes: Array<[string, string]>): string {
    return changes.reduce((text, [from, to]) => {
        expect(text, `variant: '${from}' not found`).toContain(from);
        return text.replace(from, to);
    }, VALID);
}

async function expectOnly(text: string, code: string, severity: DiagnosticSeverity, message: RegExp) {
    const document = await validate(text);
    expect(codesOf(document)).toEqual([code]);
    const [diagnostic] = withCode(document, code);
    expect(diagnostic.severity).toBe(severity);
    expect(diagnostic.message).toMatch(message);
    return diagnostic;
}

describe('validation', () => {
    test('the valid journey has no problems at all', async () => {
        expect((await validate(VALID)).diagnostics).toEqual([]);
    });

    test('duplicate ids in a journey', async () => {
        const d = await expectOnly(variant(['touchpoint shop "Shop visit"', 'touchpoint ads "Shop visit"']),
            IssueCodes.DuplicateId, DiagnosticSeverity.Error, /id 'ads' is already used in this journey by the touchpoint on line 21/);
        expect(d.range.start.line).toBe(27);
    });

    test('a phase and a touchpoint may not share an id either', async () => {
        const document = await validate(variant(['touchpoint shop "Shop visit"', 'touchpoint purchase "Shop visit"'],
            ['in purchase', 'in orientation']));
        expect(codesOf(document)).toContain(IssueCodes.DuplicateId);
    });

    test('a department, a channel and a persona may share an id with a phase: each is named by its kind', async () => {
        const text = variant(['department marketing "Marketing"', 'department purchase "Purchasing"'],
            ['channel store "Store" physical', 'channel orientation "Orientation desk" physical'],
            ['persona family "Family"', 'persona purchase "Purchasing agent"'],
            ['via store', 'via orientation'], ...Array.from({ length: 3 }, (): [string, string] => ['owner marketing', 'owner purchase']));
        expect((await validate(text)).diagnostics).toEqual([]);
    });

    test('two departments may not share an id', async () => {
        const d = await expectOnly(variant(['department marketing "Marketing"', 'department marketing "Marketing"\n    department marketing "Sales"']),
            IssueCodes.DuplicateId, DiagnosticSeverity.Error, /id 'marketing' is already used in this journey by the department on line 11/);
        expect(d.range.start.line).toBe(11);
    });

    test('a channel named twice in one via line', async () => {
        const d = await expectOnly(variant(['via store', 'via store, website, store']), IssueCodes.RepeatedChannel, DiagnosticSeverity.Warning,
            /Channel 'store' is named twice in this `via` line/);
        expect(d.range.start).toEqual({ line: 29, character: 28 });
    });

    test('several channels in one via line', async () => {
        const document = await validate(variant(['via store', 'via store, website']));
        expect(document.diagnostics).toEqual([]);
    });

    test('unknown references name what exists and guess the typo', async () => {
        await expectOnly(variant(['in purchase', 'in purchse']), IssueCodes.UnknownReference, DiagnosticSeverity.Error,
            /There is no phase called 'purchse'\. Did you mean 'purchase'\? Known phases: 'orientation' and 'purchase'\./);
    });

    test('after an unknown phase: the typo is named, with the closest phase', async () => {
        await expectOnly(variant(['in purchase', 'after purchse']), IssueCodes.UnknownReference, DiagnosticSeverity.Error,
            /There is no phase called 'purchse'\. Did you mean 'purchase'\?/);
    });

    test('unknown channel with nothing close lists the channels', async () => {
        const document = await validate(variant(['via store', 'via billboard']));
        expect(withCode(document, IssueCodes.UnknownReference).map(d => d.message))
            .toEqual([expect.stringMatching(/no channel called 'billboard'\. Known channels: 'website' and 'store'/)]);
    });

    test('touchpoint between phases that are not consecutive', async () => {
        const text = variant(['phase purchase', 'phase consideration "Consideration" {\n owner marketing\n}\n    phase purchase'],
            ['in purchase', 'in consideration']);
        await expectOnly(text, IssueCodes.PhasesNotConsecutive, DiagnosticSeverity.Error,
            /phases 'orientation' and 'purchase' are not next to each other.*`after <phase>`/);
    });

    test('touchpoint between phases written the wrong way round', async () => {
        await expectOnly(variant(['between orientation and purchase', 'between purchase and orientation']),
            IssueCodes.PhasesNotConsecutive, DiagnosticSeverity.Error, /phase 'orientation' comes before 'purchase'/);
    });

    test('touchpoint without a place', async () => {
        await expectOnly(variant(['        in purchase\n', '']), IssueCodes.TouchpointNotPlaced, DiagnosticSeverity.Error,
            /Touchpoint 'Shop visit' has no place/);
    });

    test.each([['emotion -1', 'emotion -4'], ['emotion 2', 'emotion 1.5']])('emotion out of range: %s → %s', async (from, to) => {
        await expectOnly(variant([from, to]), IssueCodes.EmotionOutOfRange, DiagnosticSeverity.Error, /whole number from -3/);
    });

    test.each(['score 0', 'score 6', 'score 2.5', 'score -1'])('score out of range: %s', async (score) => {
        await expectOnly(variant(['score 3', score]), IssueCodes.ScoreOutOfRange, DiagnosticSeverity.Error, /whole number from 1/);
    });

    test('a phase without touchpoints is a warning', async () => {
        const text = variant(['    touchpoint shop', '    phase service "Service" {\n owner marketing\n}\n    touchpoint shop']);
        await expectOnly(text, IssueCodes.PhaseWithoutTouchpoints, DiagnosticSeverity.Warning, /Phase 'Service' has no touchpoints/);
    });

    test('a touchpoint after a phase counts for both phases of its boundary, and after the last phase for that one', async () => {
        const text = variant(['between orientation and purchase', 'after orientation'], ['in purchase', 'after purchase']);
        expect((await validate(text)).diagnostics).toEqual([]);
        const onlyLast = variant(['between orientation and purchase', 'after purchase'], ['in purchase', 'after purchase']);
        await expectOnly(onlyLast, IssueCodes.PhaseWithoutTouchpoints, DiagnosticSeverity.Warning, /Phase 'Orientation' has no touchpoints/);
    });

    test('day-in-the-life journeys need no touchpoints per phase', async () => {
        const text = variant(['kind current', 'kind day'], ['    touchpoint shop', '    phase night "Night" {\n owner marketing\n}\n    touchpoint shop']);
        expect(codesOf(await validate(text))).toEqual([]);
    });

    test('unused persona is a hint when the journey follows several', async () => {
        const text = variant(['    channel website', '    persona seniors "Seniors"\n    channel website'], ['score 3', 'score 3\n for family']);
        await expectOnly(text, IssueCodes.UnusedPersona, DiagnosticSeverity.Hint, /Persona 'Seniors' is not used in this journey/);
    });

    test('unused channel is a hint', async () => {
        await expectOnly(variant(['    department', '    channel phone "Phone" physical\n    department']),
            IssueCodes.UnusedChannel, DiagnosticSeverity.Hint, /Channel 'Phone' is not used by any touchpoint/);
    });

    test('a critical touchpoint that scores badly is a moment of truth at risk', async () => {
        await expectOnly(variant(['score 4', 'score 2']), IssueCodes.MomentOfTruthAtRisk, DiagnosticSeverity.Warning,
            /Critical touchpoint 'Online ads' scores 2 of 5/);
    });

    test('a bad critical touchpoint on the action plan is no longer flagged', async () => {
        const text = variant(['score 4', 'score 2'], ['    touchpoint shop', '    improvement faster "Faster ads" {\n addresses ads\n}\n    touchpoint shop']);
        expect(codesOf(await validate(text))).toEqual([]);
    });

    test('all touchpoints digital is not omnichannel', async () => {
        await expectOnly(variant(['via store', 'via website'], ['    channel store "Store" physical\n', '']),
            IssueCodes.NotOmnichannel, DiagnosticSeverity.Hint, /All touchpoints of this journey are digital/);
    });

    test('phases without an owner when others have one', async () => {
        const text = variant(['phase purchase "Purchase" {\n        owner marketing\n', 'phase purchase "Purchase" {\n']);
        await expectOnly(text, IssueCodes.PhaseWithoutOwner, DiagnosticSeverity.Warning, /Phase 'Purchase' has no owner/);
    });

    test('no owner anywhere is fine', async () => {
        const text = VALID.replace(/ {8}owner marketing\n/g, '').replace('    department marketing "Marketing"\n', '');
        expect(codesOf(await validate(text))).toEqual([]);
    });

    test('a future-state journey must name the journey it improves', async () => {
        await expectOnly(variant(['kind current', 'kind future']), IssueCodes.FutureWithoutCurrent, DiagnosticSeverity.Warning,
            /future-state journey improves on a current one/);
    });

    test('a future-state journey improving an imported current journey is fine', async () => {
        const text = `import "today.journey"\n${variant(['kind current', 'kind future\n    improves today'])}`;
        const today = 'journey today "Today" {\n    kind current\n}\n';
        expect(codesOf(await validate(text, { 'today.journey': today }))).toEqual([]);
    });

    test('improves on a journey that is not current state', async () => {
        const text = `import "other.journey"\n${variant(['kind current', 'kind future\n    improves other'])}`;
        await expect(validate(text, { 'other.journey': 'journey other { kind future improves other }' }))
            .resolves.toSatisfy(doc => withCode(doc, IssueCodes.ImprovesWrongJourney).length === 1);
    });

    test('repeated facts', async () => {
        await expectOnly(variant(['score 3', 'score 3\n        score 4']), IssueCodes.RepeatedFact, DiagnosticSeverity.Error,
            /Touchpoint 'Shop visit' already has a score on line 31/);
    });

    test('a second description of the journey', async () => {
        await expectOnly(variant(['goal "Fewer drop-outs"', 'goal "Fewer drop-outs"\n    description "One"\n    description "Two"']),
            IssueCodes.RepeatedFact, DiagnosticSeverity.Error, /This journey already has a description on line 5/);
    });

    test('channel without digital or physical', async () => {
        await expectOnly(variant(['"Store" physical', '"Store"'], ['via website', 'via website']), IssueCodes.ChannelModeMissing,
            DiagnosticSeverity.Warning, /Say whether channel 'Store' is digital or physical/);
    });

    test('age range written backwards', async () => {
        await expectOnly(variant(['age 35-45', 'age 45-35']), IssueCodes.AgeRangeReversed, DiagnosticSeverity.Error, /runs backwards/);
    });

    test('a persona the journey does not follow', async () => {
        const text = `import "company.journey"\n${variant(['score 3', 'score 3\n        for seniors'])}`;
        const company = 'persona seniors "Seniors"\n';
        const document = await validate(text, { 'company.journey': company });
        expect(codesOf(document)).toEqual([IssueCodes.PersonaNotFollowed]);
        expect(document.diagnostics![0].message).toMatch(/does not follow persona 'seniors': add `follows seniors`/);
    });

    test('import of a file that does not exist', async () => {
        await expectOnly(`import "missing.journey"\n${VALID}`, IssueCodes.ImportNotFound, DiagnosticSeverity.Error,
            /Cannot find 'missing.journey'/);
    });

    test('journey without phases', async () => {
        const document = await validate('journey empty "Empty" {\n    kind current\n}\n');
        expect(codesOf(document)).toEqual([IssueCodes.JourneyWithoutPhases]);
    });
});

describe('multi-file', () => {
    const company = `
department marketing "Marketing"
channel website "Website" digital
channel store "Store" physical
persona family "Family"
`;
    const journey = `
import "company.journey"
journey shop "Shop" {
    follows family
    phase visit "Visit" {
        owner marketing
    }
    touchpoint site "Site" {
        in visit
        via website
    }
    touchpoint counter "Counter" {
        in visit
        via store
    }
}
`;
    test('definitions come from imported files', async () => {
        expect((await validate(journey, { 'company.journey': company })).diagnostics).toEqual([]);
    });

    test('without the import, the names are unknown', async () => {
        const document = await validate(journey.replace('import "company.journey"', ''), { 'company.journey': company });
        expect(withCode(document, IssueCodes.UnknownReference).map(d => d.message)).toEqual([
            expect.stringMatching(/no persona called 'family'\. No personas are defined here yet/),
            expect.stringMatching(/no department called 'marketing'/),
            expect.stringMatching(/no channel called 'website'/),
            expect.stringMatching(/no channel called 'store'/),
        ]);
    });

    test('phases of another file are not visible', async () => {
        const other = 'journey other { phase hidden "Hidden" }';
        const document = await validate(journey.replace('in visit', 'in hidden').replace('import "company.journey"', 'import "company.journey"\nimport "other.journey"'),
            { 'company.journey': company, 'other.journey': other });
        expect(withCode(document, IssueCodes.UnknownReference)).toHaveLength(1);
    });
});

describe('a future state shares what the journey it improves defines', () => {
    const today = `
journey today "Today" {
    kind current
    persona family "Family"
    department sales "Sales"
    channel store "Store" physical
    channel website "Website" digital
    phase visit "Visit" {
        owner sales
    }
    touchpoint counter "Counter" {
        in visit
        via store, website
    }
}
`;
    const future = `import "today.journey"
journey tomorrow "Tomorrow" {
    kind future
    improves today
    phase visit "Visit" {
        owner sales
        emotion family 2
    }
    touchpoint counter "Counter" {
        in visit
        via store, website
        for family
    }
}
`;
    test('personas, departments and channels of the improved journey can be used without defining them again', async () => {
        const document = await validate(future, { 'today.journey': today });
        expect(document.diagnostics).toEqual([]);
    });

    test('the future state follows the personas of the journey it improves', async () => {
        const document = await validate(future, { 'today.journey': today });
        const tomorrow = document.parseResult.value.elements[0] as Journey;
        expect(followedPersonas(tomorrow).map(p => p.name)).toEqual(['family']);
    });

    test('a journey of its own definitions wins over the improved one', async () => {
        const own = future.replace('kind future', 'kind future\n    channel store "Pop-up store" physical');
        const document = await validate(own, { 'today.journey': today });
        expect(document.diagnostics).toEqual([]);
        const line = (document.parseResult.value.elements[0] as Journey).members.find(isTouchpoint)!.members.find(isChannelSetting)!;
        expect(line.channels[0].ref?.label).toBe('Pop-up store');
    });

    test('a journey that does not improve it sees none of them', async () => {
        const document = await validate(future.replace('improves today', ''), { 'today.journey': today });
        expect(withCode(document, IssueCodes.UnknownReference).map(d => d.message)).toEqual([
            expect.stringMatching(/no department called 'sales'/),
            expect.stringMatching(/no persona called 'family'/),
            expect.stringMatching(/no channel called 'store'/),
            expect.stringMatching(/no channel called 'website'/),
            expect.stringMatching(/no persona called 'family'/),
        ]);
    });

    test('phases of the improved journey stay its own', async () => {
        const document = await validate(future.replace('in visit', 'in elsewhere').replace('phase visit', 'phase elsewhere'), { 'today.journey': today });
        expect(codesOf(document)).toEqual([]);
        const broken = await validate(future.replace('phase visit', 'phase elsewhere'), { 'today.journey': today });
        expect(withCode(broken, IssueCodes.UnknownReference).map(d => d.message)).toEqual([expect.stringMatching(/no phase called 'visit'/)]);
    });
});

describe('more rules', () => {
    test('top-level definitions of different kinds may share an id', async () => {
        const document = await validate('department service "Service"\nchannel service "Service desk" physical\npersona service "Service user"\n');
        expect(withCode(document, IssueCodes.DuplicateId)).toEqual([]);
    });

    test('duplicate top-level ids in a file', async () => {
        const document = await validate('channel web "Web" digital\nchannel web "Website" digital\njourney j { phase a }\n');
        expect(withCode(document, IssueCodes.DuplicateId).map(d => d.message))
            .toEqual([expect.stringMatching(/id 'web' is already used in this file by the channel on line 1/)]);
    });

    test('emotions may be written with a plus sign', async () => {
        const document = await validate(VALID.replace('emotion 2', 'emotion +2'));
        expect(document.diagnostics).toEqual([]);
    });

    test('a phase whose id is still missing gets no phase warnings', async () => {
        const document = await validate('journey j {\n    phase\n}\n');
        expect((document.diagnostics ?? []).map(d => d.message).join('\n')).not.toMatch(/undefined/);
    });
});

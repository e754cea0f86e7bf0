// Checks run synchronously when they can, yet behave as Langium's: a check
// that throws (or rejects) becomes an error at its node, an async check still
// reports, and a check registered later takes part in the next validation.
import { EmptyFileSystem, type ValidationAcceptor } from 'langium';
import { parseHelper } from 'langium/test';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Journey, JourneyFile } from '../../language-server/generated/ast.js';
import { createJourneyServices } from '../../language-server/journey-module.js';

const TEXT = 'journey j "A journey" {\n    kind current\n}\n';

async function diagnosticsWith(register: (services: ReturnType<typeof createJourneyServices>['Journey']) => void): Promise<string[]> {
    const services = createJourneyServices(EmptyFileSystem).Journey;
    register(services);
    const document = await parseHelper<JourneyFile>(services)(TEXT, { validation: true });
    return (document.diagnostics ?? []).map(d => `${d.range.start.line}: ${d.message}`);
}

afterEach(() => vi.restoreAllMocks());

describe('the validation registry', () => {
    test('a check that throws is reported at its node, and the other checks still run', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const messages = await diagnosticsWith(services => services.validation.ValidationRegistry.register({
            Journey: [() => { throw new Error('boom'); }, (journey: Journey, accept: ValidationAcceptor) => accept('warning', 'after', { node: journey })],
        }));
        expect(messages).toContain('0: An error occurred during validation: boom');
        expect(messages).toContain('0: after');
        expect(console.error).toHaveBeenCalled();
    });

    test('an async check reports, and one that rejects is reported at its node', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const messages = await diagnosticsWith(services => services.validation.ValidationRegistry.register({
            Journey: [
                async (journey: Journey, accept: ValidationAcceptor) => { await Promise.resolve(); accept('warning', 'later', { node: journey }); },
                async () => { await Promise.resolve(); throw new Error('rejected'); },
            ],
        }));
        expect(messages).toContain('0: later');
        expect(messages).toContain('0: An error occurred during validation: rejected');
    });

    test('a check registered after a validation runs in the next one', async () => {
        const services = createJourneyServices(EmptyFileSystem).Journey;
        const parse = parseHelper<JourneyFile>(services);
        const before = await parse(TEXT, { validation: true });
        expect(before.diagnostics?.map(d => d.message)).not.toContain('added');
        services.validation.ValidationRegistry.register({ Journey: (journey: Journey, accept: ValidationAcceptor) => accept('warning', 'added', { node: journey }) });
        const after = await parse(TEXT, { validation: true });
        expect(after.diagnostics?.map(d => d.message)).toContain('added');
    });
});

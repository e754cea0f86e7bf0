// Names resolve by lookup (language-server/indexed-scope.ts) exactly as by
// Langium's walk: the innermost container first, the first of a name within it.
import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { isInPhase, type InPhase, type Phase } from '../../language-server/generated/ast.js';
import { services, validate } from './journey-test-services.js';

describe('scopes', () => {
    test('a name used twice resolves to the first, and every name is offered', async () => {
        const document = await validate(`journey j {
    phase p "First"
    phase p "Second"
    phase q "Other"
    touchpoint t { in p }
}`);
        const nodes = AstUtils.streamAst(document.parseResult.value).toArray();
        const placement = nodes.find(isInPhase) as InPhase;
        expect((placement.phase.ref as Phase).label).toBe('First');
        const scope = services.references.ScopeProvider.getScope({ reference: placement.phase, container: placement, property: 'phase' });
        expect(scope.getAllElements().map(d => d.name).toArray()).toEqual(['p', 'p', 'q']);
        expect(scope.getElements('p').count()).toBe(2);
    });
});

// Issue 10 §2: `between c and a`, with c the last phase, crashed the check
// (`phases[a + 1]` past the end) and surfaced as internal-error.
import { expect, test } from 'vitest';
import { IssueCodes } from '../../language-server/validation/issue-codes.js';
import { codesOf, validate, withCode } from './journey-test-services.js';

test.each([
    ['the last phase to the first', 'c', 'a'],
    ['the last phase to itself', 'c', 'c'],
    ['the last phase to the one before', 'c', 'b'],
])('between %s: phases-not-consecutive, no internal error', async (_, from, to) => {
    const document = await validate(`journey j "J" {
    phase a "A"
    phase b "B"
    phase c "C"
    touchpoint t "T" {
        between ${from} and ${to}
    }
}`);
    expect(codesOf(document)).not.toContain(IssueCodes.InternalError);
    expect(withCode(document, IssueCodes.PhasesNotConsecutive)).toHaveLength(1);
});

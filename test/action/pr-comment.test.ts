// The comment's body: the marker that finds it again, the diff, the diagrams link, and a
// diff too long for GitHub (65,536 characters at most) cut at a line with a pointer to the summary.
import { expect, test } from 'vitest';
import { commentBody, MARKER } from '../../scripts/action/pr-comment.mjs';

test('starts with the hidden marker, then the diff and the link to the diagrams', () => {
    expect(commentBody('## Journey changes\n\n- added\n', 'https://github.invalid/a/1'))
        .toBe(`${MARKER}\n## Journey changes\n\n- added\n\n[Diagrams of the changed journeys](https://github.invalid/a/1) (SVG; the changes*.svg files mark what changed)\n`);
    expect(commentBody('No changes.\n', undefined)).toBe(`${MARKER}\nNo changes.\n`);
    expect(MARKER).toMatch(/^<!--.*-->$/);
});

test('a diff too long for a comment is cut at a whole line, and says where the rest is', () => {
    const line = `| touchpoint | ${'x'.repeat(80)} |`;
    const diff = Array.from({ length: 2000 }, () => line).join('\n');
    const body = commentBody(diff, 'https://github.invalid/a/1');
    expect(diff.length).toBeGreaterThan(65_536);
    expect(body.length).toBeLessThan(65_536);
    const lines = body.split('\n');
    expect(lines.slice(1).filter(l => l.startsWith('| ')).every(l => l === line)).toBe(true);
    expect(body).toContain("… The diff is too long for a comment: the run's summary has all of it.");
    expect(body).toContain('[Diagrams of the changed journeys](https://github.invalid/a/1)');
});

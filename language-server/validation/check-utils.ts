import type { AstNode, ValidationAcceptor } from 'langium';
import { t } from '../l10n.js';
import { IssueCodes } from './issue-codes.js';

/** 1-based line of a node, for messages that point to another place ("see line 12"). */
export function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

export function isWholeNumberBetween(value: number, min: number, max: number): boolean {
    return Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Reports every fact line that repeats an earlier one with the same key, e.g. a
 * second `score` in a touchpoint. `describe` returns the key (also the words
 * used in the message), or undefined for lines that may repeat. `owner` names the
 * block in a message; asked only when there is one (it is a translation, per node).
 */
export function reportRepeatedFacts(owner: () => string, members: readonly AstNode[],
    describe: (member: AstNode) => string | undefined, accept: ValidationAcceptor): void {
    const seen = new Map<string, AstNode>();
    for (const member of members) {
        const fact = describe(member);
        if (!fact) continue;
        const first = seen.get(fact);
        if (first) {
            accept('error', t('{0} already has {1} on line {2}: keep one of the two lines.', owner(), fact, lineOf(first)),
                { node: member, code: IssueCodes.RepeatedFact });
        } else {
            seen.set(fact, member);
        }
    }
}

/** Reports the second and later nodes that reuse an id within one scope (`scope` words it, asked only then). */
export function reportDuplicateIds(nodes: ReadonlyArray<AstNode & { name: string }>, scope: () => string,
    term: (node: AstNode) => string, accept: ValidationAcceptor): void {
    const seen = new Map<string, AstNode>();
    for (const node of nodes.filter(n => n.name !== undefined)) {
        const first = seen.get(node.name);
        if (first) {
            accept('error', t("The id '{0}' is already used {1} by the {2} on line {3}. Give each one its own id.",
                node.name, scope(), term(first), lineOf(first)), { node, property: 'name', code: IssueCodes.DuplicateId });
        } else {
            seen.set(node.name, node);
        }
    }
}

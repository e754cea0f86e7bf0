// Syntax errors in the user's words: what was expected (a quoted text, an id, a
// number, a keyword) and where, never token or rule names.
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, GrammarAST } from 'langium';
import { t } from './l10n.js';

// Where an unexpected word stands, and the rule listing what may stand there instead.
const BLOCKS: Record<string, [where: () => string, memberRule: string]> = {
    Journey: [() => t('a journey'), 'JourneyMember'], Phase: [() => t('a phase'), 'PhaseMember'],
    Touchpoint: [() => t('a touchpoint'), 'TouchpointMember'], Persona: [() => t('a persona'), 'PersonaFact'],
    Improvement: [() => t('an improvement'), 'ImprovementMember'], JourneyFile: [() => t('a journey file'), 'TopLevelElement'],
};

export function describeToken(type: TokenType): string {
    if (type.name === 'STRING') return t('a quoted text such as "Online ads"');
    if (type.name === 'ID') return t('an id such as online_ads');
    if (type.name === 'NUMBER') return t('a number');
    if (type.name === 'EOF') return t('the end of the file');
    return `'${type.name}'`;
}

// Langium marks rule names with invisible characters; keep the name only.
const plainRule = (ruleName: string) => ruleName.replace(/\W/g, '');

function found(token: IToken): string {
    return token.tokenType.name === 'EOF' ? t('the end of the file') : `'${token.image}'`;
}

function after(previous: IToken | undefined): string {
    return previous?.image ? t(" after '{0}'", previous.image) : '';
}

// After these keywords an id names something defined elsewhere.
const REFERENCE_AFTER: Record<string, () => string> = {
    owner: () => t('the id of a department'), in: () => t('the id of a phase'), after: () => t('the id of a phase'),
    between: () => t('the id of a phase'), and: () => t('the id of a phase'), via: () => t('the id of a channel'),
    for: () => t('the id of a persona'), follows: () => t('the id of a persona'), improves: () => t('the id of a journey'),
    addresses: () => t('the id of a phase or touchpoint'),
};

function expectedIdAfter(previous: IToken | undefined): string | undefined {
    return previous && Object.hasOwn(REFERENCE_AFTER, previous.image) ? REFERENCE_AFTER[previous.image]() : undefined;
}

/** What may come next; an id that may also be spelt like a keyword is still just "an id". */
function describeChoices(paths: TokenType[][]): string {
    const first = paths.filter(path => path.length > 0).map(path => path[0]);
    const choices = first.some(type => type.name === 'ID') ? first.filter(type => !/^[a-z]/.test(type.name)) : first;
    return oneOf(choices.map(describeToken));
}

function oneOf(words: readonly string[]): string {
    const unique = [...new Set(words)];
    return unique.length <= 1 ? unique.join('') : t('{0} or {1}', unique.slice(0, -1).join(', '), unique[unique.length - 1]);
}

/** The keywords that can start a grammar element, e.g. every line a phase may contain. */
function firstKeywords(element: GrammarAST.AbstractElement | undefined, seen = new Set<GrammarAST.AbstractRule>()): string[] {
    if (!element) return [];
    if (GrammarAST.isKeyword(element)) return [element.value];
    if (GrammarAST.isAssignment(element)) return firstKeywords(element.terminal, seen);
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => firstKeywords(e, seen));
    if (GrammarAST.isGroup(element)) return firstKeywords(element.elements[0], seen);
    if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && !seen.has(element.rule.ref)) {
        seen.add(element.rule.ref);
        return firstKeywords(element.rule.ref.definition, seen);
    }
    return [];
}

export class JourneyParserErrorMessages implements IParserErrorMessageProvider {
    private readonly members = new Map<string, string[]>();

    constructor(grammar: GrammarAST.Grammar) {
        for (const [rule, [, memberRule]] of Object.entries(BLOCKS)) {
            const definition = grammar.rules.find(r => r.name === memberRule);
            if (GrammarAST.isParserRule(definition)) this.members.set(rule, firstKeywords(definition.definition).map(k => `'${k}'`));
        }
    }

    buildMismatchTokenMessage({ expected, actual, previous, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (expected.name === '}' && actual.tokenType.name === 'EOF') {
            return t("A block opened with '{' is not closed: add '}' at its end.");
        }
        if (expected.name === '}' && BLOCKS[plainRule(ruleName)]) {
            return this.unexpectedInBlock(actual, plainRule(ruleName), t("or '}' to close it"));
        }
        if (expected.name === 'EOF') return this.unexpectedInBlock(actual, 'JourneyFile', '');
        return t('Expected {0}{1}, but found {2}.', describeToken(expected), after(previous), found(actual));
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        if (firstRedundant.image === '}') return t("This '}' closes nothing: remove it, or check the '{' above.");
        return this.unexpectedInBlock(firstRedundant, 'JourneyFile', '');
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; ruleName: string }): string {
        const block = BLOCKS[plainRule(ruleName)];
        if (block) return this.unexpectedInBlock(actual[0], plainRule(ruleName), '');
        const expected = expectedIdAfter(previous) ?? describeChoices(expectedPathsPerAlt.flat());
        return t('Expected {0}{1}, but found {2}.', expected, after(previous), found(actual[0]));
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return t('Expected {0}{1}, but found {2}.', describeChoices(expectedIterationPaths), '', found(actual[0]));
    }

    private unexpectedInBlock(actual: IToken, ruleName: string, close: string): string {
        if (ruleName === 'JourneyFile' && this.members.get('Journey')?.includes(`'${actual.image}'`)) {
            return t("'{0}' belongs inside a journey: put it between the { and } of a `journey`.", actual.image);
        }
        const allowed = this.members.get(ruleName) ?? [];
        const starts = close ? t('A line here starts with {0}, {1}.', oneOf(allowed), close) : t('A line here starts with {0}.', oneOf(allowed));
        const lines = allowed.length ? ` ${starts}` : '';
        return t('{0} is not expected in {1}.', found(actual), BLOCKS[ruleName][0]()) + lines;
    }
}

export class JourneyLexerErrorMessages extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, _length?: number, line?: number, column?: number): string {
        const char = fullText.charAt(startOffset);
        if (char === '"') return t('This quoted text is not closed: add " before the end of the line.');
        // A closed `/* */` is a comment token; a `/*` seen here has no `*/` after it.
        if (fullText.startsWith('/*', startOffset)) {
            const where = line !== undefined && column !== undefined ? t(' (line {0}, column {1})', line, column) : '';
            return t('The comment that starts here{0} is not closed: add */ where it ends.', where);
        }
        return t("The character '{0}' is not allowed here: put text in double quotes, and start comments with //.", char);
    }
}

// Syntax errors in the user's words: what was expected (a quoted text, an id, a
// number, a keyword) and where, never token or rule names.
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { DefaultLexerErrorMessageProvider } from 'langium';

const RULE_CONTEXT: Record<string, string> = {
    JourneyFile: 'a journey file', TopLevelElement: 'a journey file', JourneyMember: 'a journey',
    PhaseMember: 'a phase', TouchpointMember: 'a touchpoint', PersonaFact: 'a persona',
    ImprovementMember: 'an improvement',
};

export function describeToken(type: TokenType): string {
    if (type.name === 'STRING') return 'a quoted text such as "Online ads"';
    if (type.name === 'ID') return 'an id such as online_ads';
    if (type.name === 'NUMBER') return 'a number';
    if (type.name === 'EOF') return 'the end of the file';
    if (type.name.endsWith(':KW')) return `'${type.name.slice(0, -3)}'`;
    return `'${type.name}'`;
}

function found(token: IToken): string {
    return token.tokenType.name === 'EOF' ? 'the end of the file' : `'${token.image}'`;
}

function describeChoices(paths: TokenType[][]): string {
    const first = [...new Set(paths.filter(p => p.length > 0).map(p => describeToken(p[0])))];
    if (first.length <= 1) return first.join('');
    return `${first.slice(0, -1).join(', ')} or ${first[first.length - 1]}`;
}

export class JourneyParserErrorMessages implements IParserErrorMessageProvider {
    buildMismatchTokenMessage({ expected, actual, previous }: { expected: TokenType; actual: IToken; previous: IToken }): string {
        if (expected.name === '}:KW' && actual.tokenType.name === 'EOF') {
            return "A block opened with '{' is not closed: add '}' at its end.";
        }
        const after = previous?.image ? ` after '${previous.image}'` : '';
        return `Expected ${describeToken(expected)}${after}, but found ${found(actual)}.`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        if (firstRedundant.image === '}') return "This '}' closes nothing: remove it, or check the '{' above.";
        return `${found(firstRedundant)} cannot start anything here: a file holds imports, then journeys, personas, channels and departments.`;
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        const where = RULE_CONTEXT[ruleName] ? ` in ${RULE_CONTEXT[ruleName]}` : '';
        return `${found(actual[0])} is not expected here${where}. Expected ${describeChoices(expectedPathsPerAlt.flat())}.`;
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return `Expected ${describeChoices(expectedIterationPaths)}, but found ${found(actual[0])}.`;
    }
}

export class JourneyLexerErrorMessages extends DefaultLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const char = fullText.charAt(startOffset);
        if (char === '"') return 'This quoted text is not closed: add " before the end of the line.';
        return `The character '${char}' is not allowed here: put text in double quotes, and start comments with //.`;
    }
}

// The parser is built in production mode (langium-config.json): it skips Chevrotain's
// checks of the grammar (ambiguous alternatives, left recursion) at every start of
// the server and the CLI. This test runs those checks, so a grammar change that
// breaks them still fails here.
import * as fs from 'node:fs';
import { EmptyFileSystem, inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { JourneyLanguageGeneratedModule, JourneyLanguageGeneratedSharedModule, JourneyLanguageLanguageMetaData } from '../../language-server/generated/module.js';
import { JourneyModule, JourneySharedModule } from '../../language-server/journey-module.js';

describe('the grammar', () => {
    test('passes the parser\'s own checks that production mode skips', () => {
        expect(JourneyLanguageLanguageMetaData.mode).toBe('production');
        const shared = inject(createDefaultSharedModule(EmptyFileSystem), JourneyLanguageGeneratedSharedModule, JourneySharedModule);
        const checked = inject(createDefaultModule({ shared }), JourneyLanguageGeneratedModule, JourneyModule,
            { LanguageMetaData: () => ({ ...JourneyLanguageLanguageMetaData, mode: 'development' as const }) });
        // Building the parser and lexer in development mode throws on a grammar they reject.
        const parsed = checked.parser.LangiumParser.parse(fs.readFileSync('examples/floor-renovation.journey', 'utf8'));
        expect(parsed.parserErrors).toEqual([]);
        expect(parsed.lexerErrors).toEqual([]);
    });
});

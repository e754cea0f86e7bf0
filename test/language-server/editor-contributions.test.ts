// The extension's package.json and the server agree: every token type the server sends has
// TextMate scopes for themes without semantic colours, every inlay hint kind has its setting.
import { describe, expect, test } from 'vitest';
import { INLAY_HINT_KINDS } from '../../language-server/journey-editor-settings.js';
import { elementKind } from '../../language-server/journey-node-kinds.js';
import { localizedManifest } from '../package/localized-manifest.js';

const contributes = localizedManifest().contributes;
const ELEMENTS = ['Journey', 'Persona', 'Department', 'Channel', 'Phase', 'Touchpoint', 'Improvement', 'Metric'];

describe('editor contributions', () => {
    test('each element kind has its own token type, mapped to a scope that names the kind', () => {
        const scopes = contributes.semanticTokenScopes.find((entry: { language: string }) => entry.language === 'journey').scopes;
        const types = ELEMENTS.map(type => elementKind(type)!.token);
        expect(new Set(types).size).toBe(ELEMENTS.length);
        for (const type of ELEMENTS) {
            expect(scopes[elementKind(type)!.token]?.[0]).toMatch(new RegExp(`\\.(${type.toLowerCase()}\\.)?journey$`));
        }
    });

    test('each inlay hint kind has a documented setting, on by default', () => {
        for (const kind of INLAY_HINT_KINDS) {
            const setting = contributes.configuration.properties[`journey.inlayHints.${kind}`];
            expect(setting).toMatchObject({ type: 'boolean', default: true });
            expect(setting.markdownDescription.length).toBeGreaterThan(20);
        }
    });
});

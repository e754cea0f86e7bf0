// package.json's contributions agree with the code: every setting is documented and
// read under the name the code uses, every command is registered, every menu and
// walkthrough command exists.
import * as fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ZOOMS } from '../../webview/protocol.js';
import { localizedManifest } from '../package/localized-manifest.js';

const manifest = localizedManifest();
const { contributes } = manifest;
const settings = contributes.configuration.properties as Record<string, { markdownDescription?: string; enum?: string[]; enumDescriptions?: string[]; default: unknown }>;
const extensionSource = fs.readdirSync('src/extension').map(f => fs.readFileSync(`src/extension/${f}`, 'utf8')).join('\n');
const commands = (contributes.commands as Array<{ command: string }>).map(c => c.command);

describe('package.json contributions', () => {
    test.each(Object.keys(settings))('%s is documented in Markdown, each choice too', key => {
        const setting = settings[key];
        expect(setting.markdownDescription?.length).toBeGreaterThan(40);
        if (setting.enum) {
            expect(setting.enumDescriptions).toHaveLength(setting.enum.length);
            expect(setting.enum).toContain(setting.default);
        }
    });

    test('journey.preview.defaultZoom offers exactly the zooms the preview knows, and the code reads it', () => {
        expect(settings['journey.preview.defaultZoom'].enum).toEqual([...DEFAULT_ZOOMS]);
        expect(extensionSource).toContain(".get<DefaultZoom>('defaultZoom', '100%')");
    });

    test('journey.trace.server is read by the language client, whose id is journey', () => {
        // vscode-languageclient reads `<client id>.trace.server` itself.
        expect(extensionSource).toMatch(/new LanguageClient\('journey',/);
        expect(settings['journey.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    });

    test('every contributed command is registered by the extension', () => {
        const constants = Object.fromEntries([...extensionSource.matchAll(/export const (\w+) = '([\w.]+)';/g)].map(m => [m[1], m[2]]));
        const registered = [...extensionSource.matchAll(/registerCommand\((?:'([\w.]+)'|(\w+))/g)].map(m => m[1] ?? constants[m[2]]);
        expect([...commands].sort()).toEqual([...new Set(registered)].sort());
    });

    test('menus, key bindings and the walkthrough name contributed commands', () => {
        const menuCommands = Object.values(contributes.menus as Record<string, Array<{ command: string }>>).flat().map(item => item.command);
        const bound = (contributes.keybindings as Array<{ command: string }>).map(k => k.command);
        const linked = (contributes.walkthroughs as Array<{ steps: Array<{ description: string; completionEvents?: string[] }> }>)
            .flatMap(w => w.steps).flatMap(step => [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map(m => m[1])
                .concat((step.completionEvents ?? []).filter(e => e.startsWith('onCommand:')).map(e => e.slice('onCommand:'.length))));
        expect([...menuCommands, ...bound, ...linked].filter(command => !commands.includes(command))).toEqual([]);
        expect(contributes.menus['file/newFile']).toEqual([expect.objectContaining({ command: 'journey.newJourney' })]);
    });
});

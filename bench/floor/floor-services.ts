// Services of the floor language (bench/floor/floor.langium): Langium's defaults
// and nothing else. `npm run bench` compares the journey language against it.
import { EmptyFileSystem, inject } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type LangiumServices, type LangiumSharedServices } from 'langium/lsp';
import { FloorGeneratedModule, FloorGeneratedSharedModule } from './generated/module.js';

export function createFloorServices(): { shared: LangiumSharedServices; Floor: LangiumServices } {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), FloorGeneratedSharedModule);
    const Floor = inject(createDefaultModule({ shared }), FloorGeneratedModule);
    shared.ServiceRegistry.register(Floor);
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, Floor };
}

/**
 * A floor document of `statements` lines; two in three refer to the first line, as most journey lines refer to
 * something. (To the first: Langium's default scope walks the file's names in order, so later targets would make
 * the floor itself grow with the square of its size.)
 */
export function floorText(statements: number): string {
    const lines: string[] = [];
    for (let i = 0; i < statements; i++) lines.push(i % 3 === 0 ? `def s${i}` : `def s${i} -> s0`);
    return `${lines.join('\n')}\n`;
}

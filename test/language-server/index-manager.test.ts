// The index files references under their targets: it must answer exactly what
// Langium's scan of every reference answers, after documents are added,
// changed and removed.
import { AstUtils, DefaultIndexManager, URI, type AstNode, type IndexManager } from 'langium';
import { clearDocuments } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { services } from './journey-test-services.js';

const { DocumentBuilder, IndexManager: index, LangiumDocumentFactory, LangiumDocuments } = services.shared.workspace;
const locator = services.workspace.AstNodeLocator;

const COMPANY = 'persona family "Family"\npersona seniors "Seniors"\nchannel website "Website" digital\nchannel store "Store" physical\n';
const usesOf = (personas: string, channel: string) => `import "company.journey"
journey j { follows ${personas}
    phase p "P"
    touchpoint t { in p via ${channel} for ${personas.split(',')[0]} } }
`;

/** Replaces a document; the documents that refer to it are linked again (their old references re-filed). */
async function write(name: string, text: string): Promise<void> {
    const uri = URI.parse(`file:///work/${name}`);
    if (LangiumDocuments.hasDocument(uri)) await DocumentBuilder.update([], [uri]);
    const document = LangiumDocumentFactory.fromString(text, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document]);
    await DocumentBuilder.update([], []);
}

async function remove(name: string): Promise<void> {
    await DocumentBuilder.update([], [URI.parse(`file:///work/${name}`)]);
}

/** Every node that can be referred to, with what the index says refers to it, and what Langium's scan says. */
function answers(manager: IndexManager): Array<{ node: string; filed: string[]; scanned: string[] }> {
    const scan = DefaultIndexManager.prototype.findAllReferences;
    const describe = (refs: Iterable<{ sourceUri: URI; sourcePath: string }>) => [...refs].map(r => `${r.sourceUri}#${r.sourcePath}`).sort();
    const targets: AstNode[] = LangiumDocuments.all.toArray().flatMap(d => AstUtils.streamAst(d.parseResult.value).toArray())
        .filter(node => 'name' in node);
    return targets.map(node => {
        const path = locator.getAstNodePath(node);
        return {
            node: `${AstUtils.getDocument(node).uri}#${path}`,
            filed: describe(manager.findAllReferences(node, path)),
            scanned: describe(scan.call(manager, node, path)),
        };
    });
}

function expectSameAsScan(): void {
    const all = answers(index);
    for (const { node, filed, scanned } of all) expect(filed, node).toEqual(scanned);
    expect(all.some(a => a.scanned.length > 0), 'some node is referred to').toBe(true);
}

afterEach(() => clearDocuments(services));

describe('the reverse reference index', () => {
    test('finds the same references as a scan of the workspace, through additions, edits and removals', async () => {
        await write('company.journey', COMPANY);
        await write('a.journey', usesOf('family', 'website'));
        await write('b.journey', usesOf('family, seniors', 'store'));
        expectSameAsScan();

        await write('a.journey', usesOf('seniors', 'store'));
        expectSameAsScan();
        await write('company.journey', `${COMPANY}persona kids "Kids"\n`);
        expectSameAsScan();
        // Indexing a document again replaces what was filed for it, even without a removal first.
        await index.updateReferences(LangiumDocuments.getDocument(URI.parse('file:///work/b.journey'))!);
        expectSameAsScan();
        const family = LangiumDocuments.getDocument(URI.parse('file:///work/company.journey'))!.parseResult.value;
        const familyNode = AstUtils.streamAst(family).find(n => 'name' in n && n.name === 'family')!;
        expect(index.findAllReferences(familyNode, locator.getAstNodePath(familyNode)).count()).toBe(2);

        await remove('b.journey');
        expectSameAsScan();
        expect(index.findAllReferences(familyNode, locator.getAstNodePath(familyNode)).count()).toBe(0);
    });

    test('lists the elements of the files asked for, as Langium does', async () => {
        await write('company.journey', COMPANY);
        await write('a.journey', usesOf('family', 'website'));
        const uris = new Set(['file:///work/company.journey']);
        const names = (manager: IndexManager) => manager.allElements('Persona', uris).map(d => d.name).toArray();
        expect(names(index)).toEqual(['family', 'seniors']);
        expect(DefaultIndexManager.prototype.allElements.call(index, 'Persona', uris).map(d => d.name).toArray()).toEqual(names(index));
    });
});

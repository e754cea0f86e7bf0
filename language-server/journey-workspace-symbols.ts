// Workspace symbols: any element of any journey file, found by its label or its id (Langium's
// default finds only what other files can import, and only by id).
import { GrammarUtils, interruptAndCheck, type AstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isJourney, isMetric, type JourneyFile } from './generated/ast.js';
import { elementKind } from './journey-node-kinds.js';
import { displayName } from './journey-queries.js';

type Named = AstNode & { name: string; label?: string };
interface Element { node: Named; container?: string }

export class JourneyWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly kinds: NodeKindProvider;
    private readonly matcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.kinds = services.lsp.NodeKindProvider;
        this.matcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            for (const { node, container } of elementsOf(document)) {
                if (!this.matcher.match(params.query, node.name) && !matchesLabel(params.query, node.label)) continue;
                const range = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
                if (range) symbols.push({ name: symbolName(node), kind: this.kinds.getSymbolKind(node), containerName: container, location: { uri: document.uri.toString(), range } });
            }
        }
        return symbols;
    }
}

/** Like the id matcher, but a word of a label may start anywhere: "service" finds "Call customer service". */
function matchesLabel(query: string, label: string | undefined): boolean {
    if (!label) return false;
    const text = label.toLowerCase(), wanted = query.toLowerCase();
    for (let start = 0; start < text.length; start++) {
        if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) continue;
        let found = 0;
        for (let i = start; i < text.length && found < wanted.length; i++) if (text[i] === wanted[found]) found++;
        if (found === wanted.length) return true;
    }
    return wanted.length === 0;
}

/** The label and the id, so that a client filtering by name finds the element by either. */
function symbolName(node: Named): string {
    return node.label !== undefined && node.label !== node.name ? `${node.label} (${node.name})` : node.name;
}

// A new parse is a new root: the elements of a text are listed once, however often the user searches.
const listed = new WeakMap<AstNode, Element[]>();

function elementsOf(document: LangiumDocument): Element[] {
    const file = document.parseResult.value as JourneyFile;
    let elements = listed.get(file);
    if (!elements) listed.set(file, elements = listElements(file));
    return elements;
}

function listElements(file: JourneyFile): Element[] {
    const named = (node: AstNode): node is Named => elementKind(node.$type) !== undefined && Boolean((node as Named).name);
    const elements: Element[] = [];
    for (const element of file.elements) {
        elements.push({ node: element });
        if (!isJourney(element)) continue;
        for (const member of (element.members as AstNode[]).filter(named)) {
            elements.push({ node: member, container: displayName(element) });
            const metrics = 'members' in member ? (member.members as AstNode[]).filter(isMetric) : [];
            elements.push(...metrics.map(metric => ({ node: metric, container: displayName(member) })));
        }
    }
    return elements.filter(element => element.node.name);
}

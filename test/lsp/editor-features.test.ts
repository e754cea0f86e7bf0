// What the editor shows while reading and writing a journey, through the bundled server as a
// real process: semantic tokens by kind, inlay hints and their settings, completion at the
// places where the journey knows what comes next, the outline and workspace symbols.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    CompletionRequest, ConfigurationRequest, DidChangeConfigurationNotification, DidOpenTextDocumentNotification, DocumentSymbolRequest,
    InitializeRequest, InitializedNotification, InlayHintRefreshRequest, InlayHintRequest, PublishDiagnosticsNotification, RegistrationRequest,
    SemanticTokensRequest, StreamMessageReader, StreamMessageWriter, SymbolKind, WorkspaceSymbolRequest, createProtocolConnection,
    type CompletionItem, type CompletionList, type DocumentSymbol, type InlayHint, type ProtocolConnection, type SemanticTokens,
    type SemanticTokensLegend, type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';

const SERVER = path.resolve('dist/language-server.js');
const SHOP_URI = 'file:///tmp/journey-editor-features/shop.journey';
const COMPANY_URI = 'file:///tmp/journey-editor-features/company.journey';

const COMPANY = `department sales "Sales"
channel website "Website" digital
persona commuter "Sanne, the commuter" {
    description "Cycles to work every day"
}
department workshop "Bicycle workshop"
`;

const SHOP = `import "company.journey"
journey shop "Buying a bike" {
    follows commuter
    channel phone "Phone" physical
    phase orientation "Orientation" {
        description "Looks around on the website"
        emotion commuter 2
    }
    phase purchase "Purchase"
    phase delivery
    touchpoint ads "Online ads" {
        in orientation
        via website
        owner sales
        score 2
        emotion -1
    }
    touchpoint checkout "Checkout" {
        after purchase
        via website, phone
    }
    touchpoint loose "Not placed yet"
    improvement faster "Faster checkout" {
        addresses checkout
        metric conversion "Checkouts completed" current 58% target 75%
    }
}
`;

let server: ChildProcess;
let connection: ProtocolConnection;
let legend: SemanticTokensLegend;
let settings: unknown = { inlayHints: { labels: true, phaseSteps: true, values: true } };
let refreshed: () => void = () => undefined;
const validated = new Map<string, () => void>();
let opened = 0;

beforeAll(async () => {
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => item.section === 'journey' ? settings : null));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(InlayHintRefreshRequest.type, () => refreshed());
    connection.onNotification(PublishDiagnosticsNotification.type, params => validated.get(params.uri)?.());
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, rootUri: null, workspaceFolders: null,
        capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    legend = result.capabilities.semanticTokensProvider!.legend;
    expect(result.capabilities.inlayHintProvider).toBeTruthy();
    expect(result.capabilities.workspaceSymbolProvider).toBeTruthy();
    await connection.sendNotification(InitializedNotification.type, {});
    await open(COMPANY_URI, COMPANY);
    await open(SHOP_URI, SHOP);
});

afterAll(() => {
    connection?.dispose();
    server?.kill();
});

/** Opens a document and waits until the server has checked it. */
async function open(uri: string, text: string): Promise<void> {
    const done = new Promise<void>(resolve => validated.set(uri, resolve));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'journey', version: 1, text } });
    await done;
}

/** The completion items at `<|>` in `text`, opened as a new file beside company.journey. */
async function completionAt(text: string): Promise<CompletionItem[]> {
    const uri = `file:///tmp/journey-editor-features/complete-${opened++}.journey`;
    const offset = text.indexOf('<|>');
    const before = text.slice(0, offset);
    await open(uri, before + text.slice(offset + 3));
    const lines = before.split('\n');
    const result = await connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri }, position: { line: lines.length - 1, character: lines[lines.length - 1].length },
    }) as CompletionList | CompletionItem[] | null;
    const items = Array.isArray(result) ? result : result?.items ?? [];
    return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

const shopWith = (touchpointBody: string) => SHOP.replace('    touchpoint loose "Not placed yet"\n', `    touchpoint next "Next" {\n        ${touchpointBody}\n    }\n`);

function decode(tokens: SemanticTokens, text: string): string[] {
    const lines = text.split('\n');
    const shown: string[] = [];
    let line = 0, character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
        const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const modifierNames = legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
        shown.push([`${lines[line].slice(character, character + length)} ${legend.tokenTypes[type]}`, ...modifierNames].join('.'));
    }
    return shown;
}

async function hints(): Promise<string[]> {
    const list = await connection.sendRequest(InlayHintRequest.type, {
        textDocument: { uri: SHOP_URI }, range: { start: { line: 0, character: 0 }, end: { line: SHOP.split('\n').length, character: 0 } },
    }) as InlayHint[];
    const lines = SHOP.split('\n');
    return list.map(hint => `${lines[hint.position.line].slice(0, hint.position.character).trim()} → ${hint.label as string}`);
}

describe('semantic tokens', () => {
    test('every id reads as its kind, declarations marked', async () => {
        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: SHOP_URI } }) as SemanticTokens;
        const shown = decode(tokens, SHOP);
        expect(shown).toEqual([
            'shop namespace.declaration', 'commuter class', 'phone interface.declaration',
            'orientation enumMember.declaration', 'commuter class', 'purchase enumMember.declaration', 'delivery enumMember.declaration',
            'ads event.declaration', 'orientation enumMember', 'website interface', 'sales struct',
            'checkout event.declaration', 'purchase enumMember', 'website interface', 'phone interface',
            'loose event.declaration',
            'faster function.declaration', 'checkout event', 'conversion property.declaration',
        ]);
    });

    test('a shared definitions file: departments, channels and personas', async () => {
        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: COMPANY_URI } }) as SemanticTokens;
        expect(decode(tokens, COMPANY)).toEqual([
            'sales struct.declaration', 'website interface.declaration', 'commuter class.declaration', 'workshop struct.declaration',
        ]);
    });
});

describe('inlay hints', () => {
    test('labels after ids, phase steps, and what scores and emotions mean', async () => {
        expect(await hints()).toEqual([
            'follows commuter → Sanne, the commuter',
            'phase orientation "Orientation" → 1/3',
            'emotion commuter → Sanne, the commuter',
            'emotion commuter 2 → positive',
            'phase purchase "Purchase" → 2/3',
            'phase delivery → 3/3',
            'in orientation → Orientation',
            'via website → Website',
            'owner sales → Sales',
            'score 2 → poor',
            'emotion -1 → slightly negative',
            'after purchase → Purchase',
            'via website → Website',
            'via website, phone → Phone',
            'addresses checkout → Checkout',
        ]);
    });

    test('each kind turns off with its setting, and a change of settings refreshes the hints', async () => {
        const refresh = new Promise<void>(resolve => { refreshed = resolve; });
        settings = { inlayHints: { labels: false, phaseSteps: true, values: false } };
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { journey: settings } });
        await refresh;
        expect(await hints()).toEqual(['phase orientation "Orientation" → 1/3', 'phase purchase "Purchase" → 2/3', 'phase delivery → 3/3']);
        const back = new Promise<void>(resolve => { refreshed = resolve; });
        settings = { inlayHints: { phaseSteps: false } };
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { journey: settings } });
        await back;
        const shown = await hints();
        expect(shown).toContain('score 2 → poor');
        expect(shown).toContain('in orientation → Orientation');
        expect(shown.filter(hint => hint.startsWith('phase'))).toEqual([]);
    });
});

describe('completion', () => {
    test('after phase (a new id): no keywords, nothing to offer without a label', async () => {
        expect(await completionAt('journey j {\n    phase <|>\n}\n')).toEqual([]);
        expect(await completionAt('journey j {\n    touchpoint <|>\n}\n')).toEqual([]);
        expect(await completionAt('persona <|>\n')).toEqual([]);
    });

    test('after phase with the label already written: one id made from it, not taken yet', async () => {
        const [item, ...rest] = await completionAt('journey j {\n    phase orientation\n    phase <|> "Orientation"\n}\n');
        expect(rest).toEqual([]);
        expect(item.label).toBe('orientation_2');
        expect(item.kind).toBe(20); // CompletionItemKind.EnumMember: a phase
        const [service] = await completionAt('journey j {\n    channel c<|> "Klantenservice & café"\n}\n');
        expect(service.label).toBe('klantenservice_cafe');
    });

    test('after between a and: only the phases after a, the next one first', async () => {
        const items = await completionAt(shopWith('between orientation and <|>'));
        expect(items.map(item => item.label)).toEqual(['purchase', 'delivery']);
        expect(items.map(item => item.detail)).toEqual(['Purchase', 'delivery']);
    });

    test('after after and in: every phase, the one the touchpoint before sits in first', async () => {
        const after = await completionAt(shopWith('after <|>'));
        expect(after.map(item => item.label)).toEqual(['purchase', 'orientation', 'delivery']);
        const inPhase = await completionAt(shopWith('in <|>'));
        expect(inPhase.map(item => item.label)).toEqual(['purchase', 'orientation', 'delivery']);
        expect(inPhase.find(item => item.label === 'orientation')?.documentation).toEqual({ kind: 'plaintext', value: 'Looks around on the website' });
    });

    test('after score: the scale with its meaning', async () => {
        const items = await completionAt(shopWith('score <|>'));
        expect(items.map(item => `${item.label} ${item.detail}`)).toEqual(['1 very poor', '2 poor', '3 fair', '4 good', '5 excellent']);
    });

    test('after emotion: the scale with its meaning, then the personas it may name', async () => {
        const items = await completionAt(shopWith('emotion <|>'));
        expect(items.map(item => `${item.label} ${item.detail}`)).toEqual([
            '-3 very negative', '-2 negative', '-1 slightly negative', '0 neutral', '1 slightly positive', '2 positive', '3 very positive',
            'commuter Sanne, the commuter',
        ]);
        expect(items[7].documentation).toEqual({ kind: 'plaintext', value: 'Cycles to work every day' });
    });

    test('every reference shows its label: channels after via, departments after owner', async () => {
        const via = await completionAt(shopWith('via <|>'));
        expect(via.map(item => `${item.label}: ${item.detail}`).sort()).toEqual(['phone: Phone', 'website: Website']);
        const owner = await completionAt(shopWith('owner <|>'));
        expect(owner.map(item => `${item.label}: ${item.detail}`).sort()).toEqual(['sales: Sales', 'workshop: Bicycle workshop']);
    });
});

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));

describe('outline and workspace symbols', () => {
    const tree = (symbols: DocumentSymbol[] | undefined, depth = 0): string[] => (symbols ?? []).flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` [${symbol.detail}]` : ''} ${KIND_NAMES[symbol.kind]}`,
        ...tree(symbol.children, depth + 1),
    ]);

    test('a journey: its definitions, its phases with their touchpoints by placement, the action plan', async () => {
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SHOP_URI } }) as DocumentSymbol[];
        expect(tree(symbols)).toEqual([
            'Buying a bike [shop] Namespace',
            '  Phone [phone] Interface',
            '  Orientation [orientation] EnumMember',
            '    Online ads [ads] Event',
            '  Purchase [purchase] EnumMember',
            '    Checkout [checkout · after purchase] Event',
            '  delivery EnumMember',
            '  Not placed yet [loose · not placed] Event',
            '  Action plan Package',
            '    Faster checkout [faster] Function',
            '      Checkouts completed [conversion] Property',
        ]);
    });

    test('a file of only shared definitions: grouped by kind', async () => {
        const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: COMPANY_URI } }) as DocumentSymbol[];
        expect(tree(symbols)).toEqual([
            'Departments (2) Package',
            '  Sales [sales] Struct',
            '  Bicycle workshop [workshop] Struct',
            'Channels (1) Package',
            '  Website [website] Interface',
            'Personas (1) Package',
            '  Sanne, the commuter [commuter] Class',
        ]);
    });

    test('workspace symbols find any element by label or id, across files', async () => {
        const lineOf = (text: string, part: string) => text.split('\n').findIndex(line => line.includes(part));
        const find = async (query: string) => (await connection.sendRequest(WorkspaceSymbolRequest.type, { query }) as WorkspaceSymbol[])
            .filter(symbol => symbol.location.uri === SHOP_URI || symbol.location.uri === COMPANY_URI)
            .map(symbol => `${symbol.name} ${KIND_NAMES[symbol.kind]} ${symbol.location.uri.split('/').pop()}:${'range' in symbol.location ? symbol.location.range.start.line : ''}`)
            .sort();
        expect(await find('workshop')).toEqual([`Bicycle workshop (workshop) Struct company.journey:${lineOf(COMPANY, 'workshop')}`]);
        expect(await find('sanne')).toEqual([`Sanne, the commuter (commuter) Class company.journey:${lineOf(COMPANY, 'persona')}`]);
        expect(await find('completed')).toEqual([`Checkouts completed (conversion) Property shop.journey:${lineOf(SHOP, 'metric')}`]);
        expect(await find('check')).toEqual([
            `Checkout (checkout) Event shop.journey:${lineOf(SHOP, 'touchpoint checkout')}`,
            `Checkouts completed (conversion) Property shop.journey:${lineOf(SHOP, 'metric')}`,
            `Faster checkout (faster) Function shop.journey:${lineOf(SHOP, 'improvement')}`,
        ]);
        expect(await find('delivery')).toEqual([`delivery EnumMember shop.journey:${lineOf(SHOP, 'phase delivery')}`]);
    });
});

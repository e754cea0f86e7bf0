// The language server in a web worker (VS Code for the Web, the playground): the same
// services as main.ts, over the worker's message port, with no Node APIs on this path.
// Files (imports, the workspace scan) are read by asking the editor: the worker has no disk.
import '../scripts/polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ClientFileSystemProvider } from './client-file-system.js';
import { followClientLanguage } from './client-language.js';
import { registerDiagramHandler } from './journey-diagram-handler.js';
import { registerDiffHandler } from './journey-diff-handler.js';
import { registerNewJourneyHandler } from './journey-new-handler.js';
import { createJourneyServices } from './journey-module.js';
import { answerRequestsAhead } from './journey-requests-ahead.js';
import { watchRuleConfigs } from './rules/config-watcher.js';

// The worker's global scope; typed loosely because the project compiles against Node's types, not the DOM's.
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared, Journey } = createJourneyServices({ connection, fileSystemProvider: () => new ClientFileSystemProvider(connection) });
registerDiagramHandler(connection, shared);
registerDiffHandler(connection, shared);
registerNewJourneyHandler(connection);
watchRuleConfigs(shared, Journey);
followClientLanguage(shared);
startLanguageServer(shared);
answerRequestsAhead(shared); // after Langium's handlers, which it replaces

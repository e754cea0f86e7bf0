// The language server process: `node dist/language-server.js --stdio` (or IPC from VS Code).
import '../scripts/polyfill.mjs';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { followClientLanguage } from './client-language.js';
import { registerDiagramHandler } from './journey-diagram-handler.js';
import { registerDiffHandler } from './journey-diff-handler.js';
import { registerNewJourneyHandler } from './journey-new-handler.js';
import { JourneyNodeFileSystem } from './journey-file-reader.js';
import { createJourneyServices } from './journey-module.js';
import { answerRequestsAhead } from './journey-requests-ahead.js';
import { watchRuleConfigs } from './rules/config-watcher.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Journey } = createJourneyServices({ connection, ...JourneyNodeFileSystem });
registerDiagramHandler(connection, shared);
registerDiffHandler(connection, shared);
registerNewJourneyHandler(connection);
watchRuleConfigs(shared, Journey);
followClientLanguage(shared);
startLanguageServer(shared);
answerRequestsAhead(shared); // after Langium's handlers, which it replaces

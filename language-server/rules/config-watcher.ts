// The editor follows journey.config.json without a restart: when one is created,
// changed or deleted, the rules are read again and every journey is validated
// again (only validated: the text and its links did not change).
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { JourneyServices } from '../journey-module.js';
import { CONFIG_FILE_NAME } from './rule-config.js';

export function watchRuleConfigs(shared: LangiumSharedServices, journey: JourneyServices): void {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = shared.workspace;
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (!params.changes.some(change => change.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
        void WorkspaceLock.write(async token => {
            journey.rules.Configs.clear();
            for (const document of LangiumDocuments.all) {
                DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            await DocumentBuilder.update([], [], token);
        });
    });
}

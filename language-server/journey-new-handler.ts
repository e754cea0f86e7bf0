// Answers `journey/newJourney`: the text of a new journey, so the editor's New Journey…
// writes exactly what `journey new` writes, and ids are checked against the grammar's keywords.
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { KINDS, type Kind } from './journey-kinds.js';
import { t } from './l10n.js';
import { journeyIdOf, newJourneyText } from './new-journey.js';
import { findPhaseModel } from './phase-models.js';
import { NewJourneyRequest, type NewJourneyParams, type NewJourneyResult } from './protocol.js';

export function registerNewJourneyHandler(connection: Connection): void {
    connection.onRequest(NewJourneyRequest, (params: NewJourneyParams): NewJourneyResult => {
        const model = findPhaseModel(params.model);
        const kind = KINDS.find(k => k === params.kind) as Kind | undefined;
        const title = params.title.trim();
        if (!model || !kind || !title) {
            throw new ResponseError(ErrorCodes.InvalidParams, t('A new journey needs a phase model, a kind and a title.'));
        }
        const id = journeyIdOf(title);
        return { id, text: newJourneyText({ kind, model, title, id }) };
    });
}

// The one journey a command works on (render, export): from one file without
// errors, chosen with --journey when the file holds several.
import * as path from 'node:path';
import { t } from '../../language-server/l10n.js';
import { isJourney, isJourneyFile, type Journey } from '../../language-server/generated/ast.js';
import type { JourneyServices } from '../../language-server/journey-module.js';
import { isMapError } from '../../language-server/rules/rule-catalog.js';
import { formatHuman } from './check-formats.js';
import { tell } from './cli-output.js';
import { collectJourneyFiles, loadJourneyWorkspace } from './journey-workspace.js';
import { UsageError } from './usage-error.js';

export interface ChosenJourney { journey: Journey; shown: string }

/**
 * Drawing one file never asks who refers to what, so the build skips the
 * reference index (a tenth of a big map's build). Only the unused-persona and
 * unused-channel hints read it, and hints never stop a drawing.
 */
async function withoutReferenceIndex(services: JourneyServices): Promise<void> {
    services.shared.workspace.IndexManager.updateReferences = async () => undefined;
}

/**
 * Loads FILE and picks its journey; prints the errors and returns undefined when
 * the file has any (the caller exits 1). `onSeveral` decides what happens when
 * no --journey is given for a file with several journeys.
 */
export async function loadSingleJourney(file: string, verb: string, journeyId: string | undefined,
    onSeveral: 'first' | 'refuse'): Promise<ChosenJourney | undefined> {
    const files = await collectJourneyFiles([file]);
    if (files.length !== 1 || !file.endsWith('.journey')) throw new UsageError(t("'{0}' is not a .journey file: {1} takes one file", file, verb));
    const [document] = (await loadJourneyWorkspace(files, undefined, withoutReferenceIndex)).documents;
    const shown = path.relative(process.cwd(), document.uri.fsPath);
    // A team rule raised to error (journey.config.json) does not stop the drawing.
    const errors = (document.diagnostics ?? []).filter(isMapError);
    if (errors.length > 0) {
        for (const line of formatHuman([{ file: shown, diagnostics: errors }])) tell(line);
        tell(`journey: ${t("'{0}' has {1} error(s): fix the errors first (journey check {0})", shown, errors.length)}`);
        return undefined;
    }
    const root = document.parseResult.value;
    const journeys = isJourneyFile(root) ? root.elements.filter(isJourney) : [];
    const ids = journeys.map(j => j.name).join(', ');
    if (journeys.length === 0) throw new UsageError(t("'{0}' has no journey to {1} (only shared personas, channels or departments)", shown, verb));
    if (journeyId !== undefined) {
        const chosen = journeys.find(j => j.name === journeyId);
        if (!chosen) throw new UsageError(t("'{0}' has no journey '{1}'; its journeys: {2}", shown, journeyId, ids));
        return { journey: chosen, shown };
    }
    if (journeys.length > 1 && onSeveral === 'refuse') {
        throw new UsageError(t("'{0}' has {1} journeys ({2}); choose one with --journey ID", shown, journeys.length, ids));
    }
    if (journeys.length > 1) {
        tell(`journey: ${t("'{0}' has {1} journeys ({2}); using the first, '{3}' (choose with --journey ID)", shown, journeys.length, ids, journeys[0].name)}`);
    }
    return { journey: journeys[0], shown };
}

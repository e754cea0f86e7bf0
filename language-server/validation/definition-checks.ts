// Checks that look across files: imports, and whether personas and channels are used.
import { AstUtils, type AstNode, type URI, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import {
    isEmotionSetting, isForSetting, isJourney, isJourneyFile, isLaneEntry,
    type Channel, type Import, type Journey, type JourneyLanguageAstType, type Persona,
} from '../generated/ast.js';
import { nodesOf } from '../ast-walk.js';
import { displayName, followedPersonas } from '../journey-queries.js';
import { refusalFor } from '../file-refusals.js';
import { resolveImport } from '../journey-imports.js';
import { t } from '../l10n.js';
import { IssueCodes } from './issue-codes.js';

type CrossFileServices = Pick<LangiumServices, 'shared' | 'workspace'>;

export function checkChannelMode(channel: Channel, accept: ValidationAcceptor): void {
    if (channel.mode) return;
    accept('warning', t("Say whether channel '{0}' is digital or physical: add `digital` or `physical` at the end of its line.",
        displayName(channel)), { node: channel, property: 'name', code: IssueCodes.ChannelModeMissing });
}

/** Persona references in `for` lines, lane entries and emotions must name a persona the journey follows. */
export function checkPersonasFollowed(journey: Journey, accept: ValidationAcceptor): void {
    const followed = new Set(followedPersonas(journey));
    for (const node of nodesOf(journey)) {
        const refs = isForSetting(node) || isLaneEntry(node) ? node.personas
            : isEmotionSetting(node) && node.persona ? [node.persona] : [];
        for (const ref of refs) {
            if (!ref.ref || followed.has(ref.ref)) continue;
            accept('warning', t("This journey does not follow persona '{0}': add `follows {0}` "
                + 'to the journey, or name one of its own personas.', ref.$refText), { node, code: IssueCodes.PersonaNotFollowed });
        }
    }
}

export function createDefinitionChecks(services: CrossFileServices): ValidationChecks<JourneyLanguageAstType> {
    const documents = services.shared.workspace.LangiumDocuments;
    const index = services.shared.workspace.IndexManager;
    const locator = services.workspace.AstNodeLocator;
    const isReferenced = (node: AstNode) =>
        !index.findAllReferences(node, locator.getAstNodePath(node)).isEmpty();

    const checkImportFound = (line: Import, accept: ValidationAcceptor) => {
        if (line.path === undefined) return;
        const document = AstUtils.getDocument(line);
        const target = resolveImport(document.uri, line.path);
        if (!line.path.endsWith('.journey')) {
            accept('error', t("Only .journey files can be imported, not '{0}'.", line.path), { node: line, property: 'path', code: IssueCodes.ImportNotFound });
        } else if (!documents.hasDocument(target)) {
            accept('error', t("Cannot find '{0}' (looked for {1}). The path is relative to this file.", line.path, target.fsPath),
                { node: line, property: 'path', code: IssueCodes.ImportNotFound });
        } else {
            checkImportReadable(line, target, accept);
        }
    };

    // A file that was refused (a pipe, a device, too large) or does not parse gives this file
    // fewer definitions than it expects: say so here, where the import is written.
    const checkImportReadable = (line: Import, target: URI, accept: ValidationAcceptor) => {
        const refusal = refusalFor(services.shared.workspace.FileSystemProvider, target);
        if (refusal) {
            accept('error', t("Cannot read '{0}': {1}.", line.path, refusal), { node: line, property: 'path', code: IssueCodes.ImportNotFound });
            return;
        }
        const { lexerErrors, parserErrors } = documents.getDocument(target)!.parseResult;
        const errors = lexerErrors.length + parserErrors.length;
        if (errors === 0) return;
        const message = errors === 1
            ? t("The imported file '{0}' has 1 syntax error, so some of its definitions may be missing here: "
                + 'fix it first (journey check {0}).', line.path)
            : t("The imported file '{0}' has {1} syntax errors, so some of its definitions may be missing here: "
                + 'fix it first (journey check {0}).', line.path, errors);
        accept('error', message,
        { node: line, property: 'path', code: IssueCodes.ImportHasErrors });
    };

    // The only persona of a journey is implicitly the one every touchpoint is for.
    const checkPersonaUsed = (persona: Persona, accept: ValidationAcceptor) => {
        const journey = isJourney(persona.$container) ? persona.$container : undefined;
        if (isReferenced(persona) || (journey && followedPersonas(journey).length === 1)) return;
        const where = journey ? t('in this journey') : t('in any journey that imports this file');
        accept('hint', t("Persona '{0}' is not used {1}. Link it with `for {2}` or `follows {2}`, or remove it.",
            displayName(persona), where, persona.name), { node: persona, property: 'name', code: IssueCodes.UnusedPersona });
    };

    const checkChannelUsed = (channel: Channel, accept: ValidationAcceptor) => {
        if (isReferenced(channel)) return;
        const where = isJourneyFile(channel.$container) ? t('by any touchpoint in files that import it') : t('by any touchpoint');
        accept('hint', t("Channel '{0}' is not used {1}. Use it with `via {2}`, or remove it.", displayName(channel), where, channel.name),
            { node: channel, property: 'name', code: IssueCodes.UnusedChannel });
    };

    return {
        Import: checkImportFound,
        Persona: checkPersonaUsed,
        Channel: [checkChannelMode, checkChannelUsed],
        Journey: checkPersonasFollowed,
    };
}

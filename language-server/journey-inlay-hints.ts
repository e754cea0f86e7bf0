// Inlay hints that help reading the text: the label of what an id names (`in orientation`
// "Orientation"), a phase's step ("3/10"), and what a score or an emotion value means. Each kind
// can be turned off (journey-editor-settings.ts); a change of settings asks the client to refresh.
import { AstUtils, GrammarUtils, interruptAndCheck, isReference, type AstNode, type ConfigurationProvider, type LangiumDocument } from 'langium';
import type { InlayHintProvider, LangiumServices } from 'langium/lsp';
import { CancellationToken, type InlayHint, type InlayHintParams, type Position } from 'vscode-languageserver';
import { isEmotionSetting, isPhase, isScoreSetting } from './generated/ast.js';
import { inlayHintSettings, SETTINGS_SECTION, type InlayHintSettings } from './journey-editor-settings.js';
import { phasePosition, phasesOf } from './journey-queries.js';
import { emotionMeaning, scoreMeaning } from './scale-words.js';

type Accept = (position: Position | undefined, label: string) => void;

export class JourneyInlayHintProvider implements InlayHintProvider {
    private readonly configuration: ConfigurationProvider;
    private canRefresh = false;

    constructor(services: LangiumServices) {
        this.configuration = services.shared.workspace.ConfigurationProvider;
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.canRefresh = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
        });
        this.configuration.onConfigurationSectionUpdate(update => {
            const connection = services.shared.lsp.Connection;
            if (update.section === SETTINGS_SECTION && this.canRefresh && connection) void connection.languages.inlayHint.refresh();
        });
    }

    async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = CancellationToken.None): Promise<InlayHint[]> {
        const settings = await inlayHintSettings(this.configuration);
        const hints: InlayHint[] = [];
        const accept: Accept = (position, label) => {
            if (position) hints.push({ position, label, paddingLeft: true });
        };
        for (const node of AstUtils.streamAst(document.parseResult.value, { range: params.range })) {
            await interruptAndCheck(cancelToken);
            hintsFor(node, settings, accept);
        }
        return hints;
    }
}

function hintsFor(node: AstNode, settings: InlayHintSettings, accept: Accept): void {
    if (settings.labels) labelHints(node, accept);
    if (settings.phaseSteps && isPhase(node)) {
        const header = GrammarUtils.findNodeForProperty(node.$cstNode, node.label !== undefined ? 'label' : 'name');
        accept(header?.range.end, `${phasePosition(node.$container, node) + 1}/${phasesOf(node.$container).length}`);
    }
    if (settings.values && (isScoreSetting(node) || isEmotionSetting(node))) {
        const meaning = isScoreSetting(node) ? scoreMeaning(node.value) : emotionMeaning(node.value);
        if (meaning) accept(GrammarUtils.findNodeForProperty(node.$cstNode, 'value')?.range.end, meaning);
    }
}

/** After each id that names something with a label of its own, that label. */
function labelHints(node: AstNode, accept: Accept): void {
    for (const { reference } of AstUtils.streamReferences(node)) {
        if (!isReference(reference)) continue;
        const target = reference.ref as { label?: string } | undefined;
        if (target?.label !== undefined && target.label !== reference.$refText) accept(reference.$refNode?.range.end, target.label);
    }
}

// The composition root: Langium's defaults, the generated parts, and ours.
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { JourneyLanguageGeneratedModule, JourneyLanguageGeneratedSharedModule } from './generated/module.js';
import { JourneyCodeActionProvider } from './journey-code-actions.js';
import { JourneyCompletionProvider } from './journey-completion-provider.js';
import { JourneyDocumentBuilder } from './journey-document-builder.js';
import { JourneyDocumentFactory } from './journey-document-factory.js';
import { JourneyDocumentSymbolProvider } from './journey-document-symbols.js';
import { JourneyDocumentValidator } from './journey-document-validator.js';
import { JourneyFormatter } from './journey-formatter.js';
import { JourneyHoverProvider } from './journey-hover-provider.js';
import { JourneyIndexManager } from './journey-index-manager.js';
import { JourneyInlayHintProvider } from './journey-inlay-hints.js';
import { JourneyLanguageServer } from './journey-language-server.js';
import { JourneyLinker } from './journey-linker.js';
import { JourneyNodeKindProvider } from './journey-node-kinds.js';
import { createJourneyParser } from './journey-parser.js';
import { JourneyReferenceDescriptionProvider } from './journey-reference-descriptions.js';
import { JourneyScopeComputation } from './journey-scope-computation.js';
import { JourneyScopeProvider } from './journey-scope-provider.js';
import { JourneySemanticTokenProvider } from './journey-semantic-tokens.js';
import { JourneyDocumentUpdateHandler } from './journey-update-handler.js';
import { JourneyLexerErrorMessages, JourneyParserErrorMessages } from './journey-syntax-errors.js';
import { registerValidationChecks } from './journey-validator.js';
import { JourneyValidationRegistry } from './journey-validation-registry.js';
import { JourneyWorkspaceSymbolProvider } from './journey-workspace-symbols.js';
import { RuleConfigs } from './rules/rule-configs.js';
import { SuppressedProblems } from './rules/suppressed-problems.js';

/** Our own services: the team's rules (journey.config.json) and the problems `journey-ignore` accepted. */
export interface JourneyAddedServices {
    rules: { Configs: RuleConfigs; Suppressed: SuppressedProblems };
}

export type JourneyServices = LangiumServices & JourneyAddedServices;

export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    rules: {
        Configs: services => new RuleConfigs(services),
        Suppressed: () => new SuppressedProblems(),
    },
    parser: {
        LangiumParser: services => createJourneyParser(services),
        ParserErrorMessageProvider: services => new JourneyParserErrorMessages(services.Grammar),
        LexerErrorMessageProvider: () => new JourneyLexerErrorMessages(),
    },
    references: {
        ScopeProvider: services => new JourneyScopeProvider(services),
        ScopeComputation: services => new JourneyScopeComputation(services),
        Linker: services => new JourneyLinker(services),
    },
    validation: {
        DocumentValidator: services => new JourneyDocumentValidator(services),
        ValidationRegistry: services => new JourneyValidationRegistry(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services),
    },
    lsp: {
        CompletionProvider: services => new JourneyCompletionProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
        Formatter: services => new JourneyFormatter(services),
        CodeActionProvider: services => new JourneyCodeActionProvider(services),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services),
        InlayHintProvider: services => new JourneyInlayHintProvider(services),
        DocumentSymbolProvider: () => new JourneyDocumentSymbolProvider(),
    },
};

export const JourneySharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        DocumentBuilder: services => new JourneyDocumentBuilder(services),
        LangiumDocumentFactory: services => new JourneyDocumentFactory(services),
        IndexManager: services => new JourneyIndexManager(services),
    },
    lsp: {
        LanguageServer: services => new JourneyLanguageServer(services),
        DocumentUpdateHandler: services => new JourneyDocumentUpdateHandler(services),
        NodeKindProvider: () => new JourneyNodeKindProvider(),
        WorkspaceSymbolProvider: services => new JourneyWorkspaceSymbolProvider(services),
    },
};

export function createJourneyServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Journey: JourneyServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyLanguageGeneratedSharedModule, JourneySharedModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyLanguageGeneratedModule, JourneyModule);
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey.validation.ValidationRegistry, Journey);
    if (!context.connection) {
        // Without a language client nobody sends configuration: start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}

// Every problem carries one of our stable codes: syntax errors and unresolved
// references too, which Langium reports without one, and a link to the code's
// explanation in the language guide. Then the team's rules
// (journey.config.json) and `journey-ignore` comments apply: here, in the one
// place both the editor and `journey check` go through, so they always agree.
import {
    DefaultDocumentValidator, DocumentValidator, interruptAndCheck, type AstNode, type AstReflection, type LangiumDocument,
    type ValidationAcceptor, type ValidationOptions,
} from 'langium';
import { CancellationToken, type Diagnostic } from 'vscode-languageserver';
import { nodesOf } from './ast-walk.js';
import type { JourneyServices } from './journey-module.js';
import { guideLink } from './guide-links.js';
import { applyRules } from './rules/apply-rules.js';
import { isConfigurable } from './rules/rule-catalog.js';
import type { RuleConfigs } from './rules/rule-configs.js';
import type { SuppressedProblems } from './rules/suppressed-problems.js';
import { parseSuppressions } from './rules/suppressions.js';
import { JourneyValidationRegistry } from './journey-validation-registry.js';
import { IssueCodes } from './validation/issue-codes.js';

const SYNTAX = new Set<unknown>([DocumentValidator.LexingError, DocumentValidator.ParsingError]);

function codeFor(langiumCode: unknown): string {
    if (langiumCode === DocumentValidator.LinkingError) return IssueCodes.UnknownReference;
    return SYNTAX.has(langiumCode) ? IssueCodes.SyntaxError : IssueCodes.InternalError;
}

export class JourneyDocumentValidator extends DefaultDocumentValidator {
    private readonly configs: RuleConfigs;
    private readonly suppressed: SuppressedProblems;
    private readonly reflection: AstReflection;
    /** The codes whose rule is off, for the document (by its root) being validated. */
    private readonly offCodes = new WeakMap<AstNode, ReadonlySet<string>>();

    constructor(services: JourneyServices) {
        super(services);
        this.configs = services.rules.Configs;
        this.suppressed = services.rules.Suppressed;
        this.reflection = services.shared.AstReflection;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const { levels } = await this.configs.rulesFor(document.uri);
        const off = Object.keys(levels).filter(code => isConfigurable(code) && levels[code] === 'off');
        this.offCodes.set(document.parseResult.value, new Set(off));
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            diagnostic.code ??= codeFor(diagnostic.data?.code);
        }
        // Langium may validate in steps (built-in and fast checks first, slow ones later).
        const fresh = !options.categories || options.categories.includes('built-in');
        const ruled = applyRules(diagnostics, levels, parseSuppressions(document.textDocument.getText()),
            { reportInvalid: fresh, reportUnused: fresh && this.runsEveryCheck(document, options) });
        this.suppressed.record(document, ruled.suppressed, fresh);
        for (const diagnostic of ruled.shown) {
            if (typeof diagnostic.code === 'string') diagnostic.codeDescription ??= { href: guideLink(diagnostic.code) };
        }
        return ruled.shown;
    }

    // As Langium's, in the same order, but without a stream and promises per node (see ast-walk.ts and
    // journey-validation-registry.ts); a build that can be cancelled still stops to look between nodes.
    protected override async validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor,
        cancelToken = CancellationToken.None): Promise<void> {
        const registry = this.validationRegistry;
        if (this.profiler?.isActive('validating') || !(registry instanceof JourneyValidationRegistry)) {
            return super.validateAstNodes(root, options, acceptor, cancelToken);
        }
        const checksOf = registry.checksByType(options.categories);
        // A problem whose rule is off would be dropped by applyRules right away: drop it before it is made.
        const off = this.offCodes.get(root);
        const accept: ValidationAcceptor = off?.size
            ? (severity, message, info) => { if (!off.has(String(info.code))) acceptor(severity, message, info); } : acceptor;
        const skipped = new Set<AstNode>();
        const nodes = nodesOf(root, node => {
            const { validateNode, validateChildren } = this.validateSingleNodeOptions(node, options);
            if (!validateNode) skipped.add(node);
            return validateChildren;
        });
        const interruptible = cancelToken !== CancellationToken.None;
        for (const node of nodes) {
            if (interruptible) await interruptAndCheck(cancelToken);
            if (skipped.has(node)) continue;
            for (const check of checksOf(node.$type)) {
                const pending = check(node, accept, cancelToken);
                if (pending) await pending;
            }
        }
    }

    /** Whether no registered check is left out by the requested categories. */
    private runsEveryCheck(document: LangiumDocument, options: ValidationOptions): boolean {
        if (!options.categories) return true;
        const skipped = [...this.validationRegistry.getAllValidationCategories(document)].filter(c => !options.categories!.includes(c));
        return skipped.length === 0 || this.reflection.getAllTypes().every(type => this.validationRegistry.getChecks(type, skipped).isEmpty());
    }
}

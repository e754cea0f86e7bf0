// Registers every check of the language. Each area lives in validation/.
import type { ValidationRegistry } from 'langium';
import type { LangiumServices } from 'langium/lsp';
import { createDefinitionChecks } from './validation/definition-checks.js';
import { factChecks } from './validation/fact-checks.js';
import { journeyChecks } from './validation/journey-checks.js';
import { qualityGateChecks } from './validation/quality-gate-checks.js';
import { touchpointChecks } from './validation/touchpoint-checks.js';

export function registerValidationChecks(registry: ValidationRegistry, services: Pick<LangiumServices, 'shared' | 'workspace'>): void {
    for (const checks of [journeyChecks, touchpointChecks, factChecks, qualityGateChecks, createDefinitionChecks(services)]) {
        registry.register(checks);
    }
}

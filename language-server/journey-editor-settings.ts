// The editor settings the server reads: section `journey` of workspace/configuration, kept
// up to date by Langium's ConfigurationProvider (didChangeConfiguration).
import type { ConfigurationProvider } from 'langium';

/** Which inlay hints to show: `journey.inlayHints.labels`, `.phaseSteps`, `.values`; each on unless turned off. */
export const INLAY_HINT_KINDS = ['labels', 'phaseSteps', 'values'] as const;
export type InlayHintSettings = Record<typeof INLAY_HINT_KINDS[number], boolean>;

export const SETTINGS_SECTION = 'journey';

export async function inlayHintSettings(configuration: ConfigurationProvider): Promise<InlayHintSettings> {
    const value = await configuration.getConfiguration(SETTINGS_SECTION, 'inlayHints') as Record<string, unknown> | undefined;
    return Object.fromEntries(INLAY_HINT_KINDS.map(kind => [kind, value?.[kind] !== false])) as InlayHintSettings;
}

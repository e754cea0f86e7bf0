// The editor settings the server reads: section `journey` of workspace/configuration, kept
// up to date by Langium's ConfigurationProvider (didChangeConfiguration).
import type { ConfigurationProvider } from 'langium';

/** Which inlay hints to show: `journey.inlayHints.labels`, `.phaseSteps`, `.values`; each on unless turned off. */
export interface InlayHintSettings { labels: boolean; phaseSteps: boolean; values: boolean }

export const SETTINGS_SECTION = 'journey';

export async function inlayHintSettings(configuration: ConfigurationProvider): Promise<InlayHintSettings> {
    const value = await configuration.getConfiguration(SETTINGS_SECTION, 'inlayHints') as Record<string, unknown> | undefined;
    const on = (key: keyof InlayHintSettings) => value?.[key] !== false;
    return { labels: on('labels'), phaseSteps: on('phaseSteps'), values: on('values') };
}

// Which files the tools read, and up to what size: shared by the Node reader
// (journey-file-reader.ts) and the web extension, which reads through VS Code.
export const JOURNEY_EXTENSION = '.journey';
/** Large enough for any real journey map (1,000 touchpoints is ~0.3 MB; the 10 MB benchmark journey fits), small enough to read at once. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** The team's rules for the journeys in its folder and below (rules/rule-config.ts). */
export const CONFIG_FILE_NAME = 'journey.config.json';

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

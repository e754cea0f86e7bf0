/** A mistake in how the CLI was called (bad path, bad option): reported in one line, exit code 2. */
export class UsageError extends Error {}

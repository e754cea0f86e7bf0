// Types of cli-package.mjs, for the tests that import it.
export const CLI_PACKAGE: string;
export const CLI_PACKAGE_DIR: string;
export const RUNTIME_DEPENDENCIES: string[];
export function cliManifest(root: Record<string, unknown>, withFonts: boolean): Record<string, unknown>;
export function buildCliPackage(): string;

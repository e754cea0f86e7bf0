// Types of pr-comment.mjs, for the tests that import it.
export const MARKER: string;
export function commentBody(diff: string, artifactUrl?: string): string;
export function comment(env: NodeJS.ProcessEnv): Promise<void>;

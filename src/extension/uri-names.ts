// File names from URIs without node:path, so the same code runs in the browser.
import type { Uri } from 'vscode';

/** "demo.journey" for …/maps/demo.journey. */
export const fileName = (uri: Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

/** "demo" for …/maps/demo.journey. */
export function baseName(uri: Uri): string {
    const name = fileName(uri);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(0, dot) : name;
}

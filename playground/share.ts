// Share by link: the text and the view (zoom, scroll, persona, rows shown) are
// compressed (deflate-raw) into the URL fragment, which browsers never send to a
// server. Opening such a link restores both.
import type { WebviewState } from '../webview/protocol.js';

export interface Shared { text: string; view?: WebviewState }

const PREFIX = 'j=';

export async function encodeShared(shared: Shared): Promise<string> {
    const json = new TextEncoder().encode(JSON.stringify({ t: shared.text, v: shared.view }));
    const packed = await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer();
    return PREFIX + toBase64Url(new Uint8Array(packed));
}

/** The shared text and view of a fragment (with or without its `#`); undefined when it holds none or is damaged. */
export async function decodeShared(fragment: string): Promise<Shared | undefined> {
    const body = fragment.replace(/^#/, '');
    if (!body.startsWith(PREFIX)) return undefined;
    try {
        const packed = fromBase64Url(body.slice(PREFIX.length));
        const json = await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
        const value = JSON.parse(json) as { t?: unknown; v?: unknown };
        if (typeof value.t !== 'string') return undefined;
        const view = typeof value.v === 'object' && value.v !== null ? value.v as WebviewState : undefined;
        return { text: value.t, view };
    } catch {
        return undefined;
    }
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, ch => ch.charCodeAt(0));
}

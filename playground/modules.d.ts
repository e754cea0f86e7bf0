// Modules the playground build (scripts/build-playground.mjs) provides.
declare module 'inline-worker:*' {
    /** The worker's bundled script, as text. */
    const source: string;
    export default source;
}
declare module '*.journey' {
    const text: string;
    export default text;
}
declare module '*.wasm' {
    const bytes: Uint8Array;
    export default bytes;
}
declare module '*.ttf' {
    const bytes: Uint8Array;
    export default bytes;
}

// Loads the PNG renderer (png.js, built from png-renderer.ts) on first use: resvg's
// WebAssembly and the font are 4 MB (1.7 MB gzipped) the first diagram should not wait for.

export type PngRenderer = (svg: string) => Promise<Uint8Array<ArrayBuffer>>;

let loading: Promise<PngRenderer> | undefined;

export function pngRenderer(): Promise<PngRenderer> {
    loading ??= new Promise<PngRenderer>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = 'png.js';
        script.addEventListener('load', () => {
            const render = (globalThis as { journeyPng?: PngRenderer }).journeyPng;
            if (render) resolve(render);
            else reject(new Error('the PNG renderer did not start'));
        });
        script.addEventListener('error', () => reject(new Error('the PNG renderer (png.js) could not be loaded')));
        document.head.append(script);
    });
    return loading;
}

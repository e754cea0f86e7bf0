// The CLI's version is the repository's: the extension and the npm package are released together.
// esbuild inlines only this one field of package.json into the bundle.
export { version } from '../../package.json';

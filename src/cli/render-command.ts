// `journey render FILE -o OUT.svg|png|html`: the preview's diagram as a file,
// for pull-request artifacts, docs and slides. Same model, layout and SVG as the
// preview (diagram-core), in a fixed light or dark palette.
import * as path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { t } from '../../language-server/l10n.js';
import type { ThemeName } from '../../diagram-core/diagram-style.js';
import { diagramToSvgTree, svgFileText } from '../../diagram-core/standalone-svg.js';
import { toDiagramModel } from '../../language-server/to-diagram-model.js';
import { journeyHtml } from './render-html.js';
import { treeToPng } from './render-png-tree.js';
import { tell } from './cli-output.js';
import { writeOutputFile } from './cli-write.js';
import { loadSingleJourney } from './single-journey.js';
import { UsageError } from './usage-error.js';

export const RENDER_FORMATS = ['svg', 'png', 'html'] as const;
export type RenderFormat = typeof RENDER_FORMATS[number];

export interface RenderCommandOptions { output: string; theme: ThemeName; journey?: string; scale?: number; legend?: boolean; force?: boolean }

/** Larger PNGs than this (in pixels) take gigabytes of memory: refuse rather than crash. */
const MAX_PIXELS = 268_000_000;

export function renderFormatOf(output: string): RenderFormat {
    const extension = path.extname(output).slice(1).toLowerCase();
    const format = extension === 'htm' ? 'html' : RENDER_FORMATS.find(f => f === extension);
    if (!format) throw new UsageError(t("cannot tell the format of '{0}': the output file must end in .svg, .png or .html", output));
    return format;
}

function parseScale(value: string): number {
    const scale = Number(value);
    if (!Number.isFinite(scale) || scale < 0.1 || scale > 8) throw new InvalidArgumentError(t('a number from 0.1 to 8 is expected.'));
    return scale;
}

/** Returns the exit code: 1 when the file has errors (nothing is written), else 0. */
export async function runRender(file: string, options: RenderCommandOptions): Promise<number> {
    const format = renderFormatOf(options.output);
    if (options.scale !== undefined && format !== 'png') throw new UsageError(t('--scale applies only to .png output'));
    const chosen = await loadSingleJourney(file, 'render', options.journey, 'first');
    if (!chosen) return 1;
    const { journey } = chosen;

    const model = toDiagramModel(journey);
    // A legend explains the marks; PNG and HTML are read away from the editor, so they get one by default.
    const legend = options.legend ?? format !== 'svg';
    const tree = diagramToSvgTree(model, options.theme, { legend });
    let content: string | Buffer;
    let size = '';
    if (format === 'png') {
        const scale = options.scale ?? 1;
        const [width, height] = [tree.attrs.width, tree.attrs.height].map(value => Number(value ?? 0) * scale);
        if (width * height > MAX_PIXELS) {
            throw new UsageError(t('the diagram would be {0}×{1} pixels, too large for a PNG: use a smaller --scale or .svg', Math.round(width), Math.round(height)));
        }
        const image = await treeToPng(tree, scale);
        content = image.png;
        size = ` (${image.width}×${image.height} px)`;
    } else {
        const svg = svgFileText(tree);
        content = format === 'html' ? journeyHtml(model, svg, options.theme) : svg;
    }
    writeOutputFile(options.output, content, { force: options.force, durable: false });
    tell(t("Wrote {0}{1}: journey '{2}'.", options.output, size, journey.name));
    return 0;
}

export function registerRenderCommand(program: Command): void {
    program.command('render')
        .description(t('Draw a journey as in the preview, to an SVG, PNG or self-contained HTML file.'))
        .argument('<file>', t('a .journey file (its imports are read too)'))
        .requiredOption('-o, --output <file>', t('the file to write; its extension chooses the format: .svg, .png or .html'))
        .addOption(new Option('--theme <theme>', t('the colour palette')).choices(['light', 'dark']).default('light'))
        .option('--journey <id>', t('which journey to draw, when the file has several (default: the first, like the preview)'))
        .option('--scale <factor>', t('PNG only: pixels per diagram unit (default 1: the SVG\'s size)'), parseScale)
        .option('--legend', t('draw a legend of the marks below the map (default for .png and .html)'))
        .option('--no-legend', t('leave the legend out (default for .svg)'))
        .option('--force', t('overwrite the output file if it exists'))
        .addHelpText('after', `
The PNG is drawn by resvg, without a browser, with the font the layout is measured
with (Arimo, SIL Open Font License, shipped with journey): the same picture on every
machine. System fonts only fill in characters Arimo lacks (CJK, emoji).
The HTML page has no scripts and a Content-Security-Policy that allows only its own styles.
A file with errors is not drawn. An existing output file is replaced only with --force.
Exit code: 0 when written, 1 when the file has errors, 2 on bad usage, an unreadable file
or an output that exists (without --force).

Examples:
  journey render journeys/shop.journey -o shop.svg
  journey render journeys/shop.journey -o out/shop.png --scale 2 --theme dark
  journey render kinds.journey --journey blueprint -o blueprint.html`)
        .action(async (file: string, options: RenderCommandOptions) => { process.exitCode = await runRender(file, options); });
}

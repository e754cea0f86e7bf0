// One self-contained HTML page of a journey: title, kind, goal and description above the
// diagram's SVG inline. No scripts; a Content-Security-Policy that allows only
// the page's two style elements, by hash, so even a tampered file cannot load
// or run anything.
import { createHash } from 'node:crypto';
import { themeCss, type ThemeName } from '../../diagram-core/diagram-style.js';
import { KIND_TITLES, type DiagramModel } from '../../diagram-core/model.js';
import { w } from '../../diagram-core/words.js';
import { escapeXml } from '../../diagram-core/svg-tree.js';
import { FONT_FAMILY } from '../../diagram-core/text-metrics.js';

const PAGE_CSS = `
body { margin: 0; padding: 24px; background: var(--j-bg); color: var(--j-fg); font-family: ${FONT_FAMILY}; }
header { margin-bottom: 16px; }
h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 2px 0; color: var(--j-muted); }
main { overflow: auto; }
main svg { display: block; }
`;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text a browser sees in the SVG's style element: the serializer's escapes undone. */
function svgStyleText(svg: string): string {
    const escaped = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
    return escaped.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]);
}

/** A CSP source for an inline style element with this text content. */
export const styleHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function journeyHtml(model: DiagramModel, svg: string, theme: ThemeName): string {
    const inlineSvg = svg.replace(/^<\?xml[^>]*\?>\s*/, '').trimEnd();
    const pageStyle = `${themeCss(theme, 'body')}${PAGE_CSS}`;
    const csp = [
        "default-src 'none'",
        `style-src ${styleHash(pageStyle)} ${styleHash(svgStyleText(inlineSvg))}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
    const facts = [
        `<p>${escapeXml(w(KIND_TITLES[model.kind]))}${model.market ? ` · ${escapeXml(model.market)}` : ''}</p>`,
        model.goal && `<p>Goal: ${escapeXml(model.goal)}</p>`,
        model.description && `<p>${escapeXml(model.description)}</p>`,
        model.improves && `<p>Improves: ${escapeXml(model.improves)}</p>`,
    ].filter(Boolean);
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        // The policy is ours alone (fixed words and base64 hashes): nothing in it needs escaping.
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="journey render">',
        `<title>${escapeXml(model.title)} — customer journey</title>`,
        `<style>${pageStyle}</style>`,
        '</head>',
        '<body>',
        '<header>',
        `<h1>${escapeXml(model.title)}</h1>`,
        ...facts,
        '</header>',
        '<main>',
        inlineSvg,
        '</main>',
        '</body>',
        '</html>',
        '',
    ].join('\n');
}

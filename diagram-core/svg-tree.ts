// A DOM-free SVG element tree. The CLI serialises it to text (escaped); the
// webview turns it into DOM nodes with createElementNS and textContent, so
// user text never passes through an HTML or SVG parser.
export interface SvgNode {
    tag: string;
    attrs: Record<string, string | number | undefined>;
    children?: SvgNode[];
    /** Text content (for text, tspan, title); always inserted as text. */
    text?: string;
}

export function el(tag: string, attrs: SvgNode['attrs'] = {}, children: Array<SvgNode | undefined | false> = []): SvgNode {
    return { tag, attrs, children: children.filter((c): c is SvgNode => Boolean(c)) };
}

export function textNode(tag: string, text: string, attrs: SvgNode['attrs'] = {}): SvgNode {
    return { tag, attrs, text };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** What escapeXml changes: most attribute values (numbers, classes) have none of it. */
const UNSAFE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeXml(text: string): string {
    if (!UNSAFE.test(text)) return text;
    // Control characters other than tab, newline and carriage return are not allowed in XML 1.0.
    return text.replace(/[&<>"']/g, ch => ESCAPES[ch]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

const NAME = /^[A-Za-z_][\w:.-]*$/;

export function serializeSvg(node: SvgNode, indent = ''): string {
    if (!NAME.test(node.tag)) throw new Error(`invalid element name ${node.tag}`);
    const attrs = Object.entries(node.attrs)
        .filter(([name, value]) => value !== undefined && NAME.test(name))
        .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`).join('');
    if (node.text !== undefined) return `${indent}<${node.tag}${attrs}>${escapeXml(node.text)}</${node.tag}>`;
    if (!node.children?.length) return `${indent}<${node.tag}${attrs}/>`;
    const inner = node.children.map(child => serializeSvg(child, `${indent}  `)).join('\n');
    return `${indent}<${node.tag}${attrs}>\n${inner}\n${indent}</${node.tag}>`;
}

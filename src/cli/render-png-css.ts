// The diagram's style sheet, as far as it decides how a text is laid out (font,
// size, weight, anchor): enough of CSS to know which glyphs a text gets before
// resvg draws it (render-png-glyphs.ts). Colours and strokes stay resvg's job.
import type { SvgNode } from '../../diagram-core/svg-tree.js';

/** The properties that change which glyphs a text gets, or where; and `stroke` (a stroked text is drawn as one path). */
const LAYOUT = new Set([
    'stroke',
    'font', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'font-kerning',
    'font-feature-settings', 'font-variant-ligatures', 'text-anchor', 'letter-spacing', 'word-spacing', 'direction',
    'writing-mode', 'unicode-bidi', 'text-decoration', 'baseline-shift', 'dominant-baseline', 'alignment-baseline',
    'kerning', 'white-space', 'text-rendering', 'xml:space', 'lengthAdjust', 'textLength',
]);

export type Layout = Map<string, string>;

interface Compound { tag?: string; classes: string[] }
interface Selector { parts: Compound[]; combinators: Array<' ' | '>'>; specificity: number }
interface Rule { selector: Selector; order: number; declarations: [string, string][] }

/** A style sheet's layout rules; undefined when one of them is beyond this small CSS. */
export function layoutRules(css: string): Rule[] | undefined {
    const rules: Rule[] = [];
    const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selectors, body] of text.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
        const declarations = body.split(';').map(d => d.split(':')).filter(d => d.length >= 2)
            .map(([name, ...value]): [string, string] => [name.trim(), value.join(':').trim()]);
        const layout = declarations.filter(([name]) => LAYOUT.has(name));
        if (layout.length === 0) continue;
        for (const source of selectors.split(',')) {
            const selector = parseSelector(source.trim());
            if (!selector) return undefined;
            rules.push({ selector, order: rules.length, declarations: layout });
        }
    }
    return rules;
}

function parseSelector(source: string): Selector | undefined {
    const tokens = source.replace(/\s*>\s*/g, ' > ').split(/\s+/).filter(Boolean);
    const selector: Selector = { parts: [], combinators: [], specificity: 0 };
    let combinator: ' ' | '>' = ' ';
    for (const token of tokens) {
        if (token === '>') {
            combinator = '>';
            continue;
        }
        const match = /^([a-zA-Z][\w-]*)?((?:\.[\w-]+)*)$/.exec(token);
        if (!match || (!match[1] && !match[2])) return undefined;
        if (selector.parts.length > 0) selector.combinators.push(combinator);
        const classes = match[2].split('.').filter(Boolean);
        selector.parts.push({ tag: match[1], classes });
        selector.specificity += classes.length * 1000 + (match[1] ? 1 : 0);
        combinator = ' ';
    }
    return selector.parts.length > 0 ? selector : undefined;
}

const classLists = new WeakMap<SvgNode, string[]>();

function classesOf(node: SvgNode): string[] {
    let classes = classLists.get(node);
    if (!classes) classLists.set(node, classes = String(node.attrs.class ?? '').split(/\s+/).filter(Boolean));
    return classes;
}

function matchesCompound(part: Compound, node: SvgNode): boolean {
    if (part.tag && part.tag !== node.tag) return false;
    const classes = classesOf(node);
    return part.classes.every(c => classes.includes(c));
}

/** Whether `selector` matches the last node of `chain` (the root first). */
function matches(selector: Selector, chain: readonly SvgNode[]): boolean {
    const { parts, combinators } = selector;
    const step = (part: number, at: number): boolean => {
        if (!matchesCompound(parts[part], chain[at])) return false;
        if (part === 0) return true;
        if (combinators[part - 1] === '>') return at > 0 && step(part - 1, at - 1);
        for (let above = at - 1; above >= 0; above--) if (step(part - 1, above)) return true;
        return false;
    };
    return step(parts.length - 1, chain.length - 1);
}

/**
 * The layout properties of the last node of `chain`, given its parent's: set by an
 * attribute or a matching rule (the most specific, then the last), else inherited.
 * Every property is treated as inherited: a text then only ever looks less simple than it is.
 */
export function layoutOf(chain: readonly SvgNode[], parent: Layout, rules: readonly Rule[]): Layout {
    const node = chain[chain.length - 1];
    let layout: Layout | undefined;
    const set = (name: string, value: string) => (layout ??= new Map(parent)).set(name, value);
    for (const [name, value] of Object.entries(node.attrs)) if (value !== undefined && LAYOUT.has(name)) set(name, String(value));
    const matched = rules.filter(rule => matchesCompound(rule.selector.parts[rule.selector.parts.length - 1], node) && matches(rule.selector, chain))
        .sort((a, b) => a.selector.specificity - b.selector.specificity || a.order - b.order);
    for (const rule of matched) for (const [name, value] of rule.declarations) set(name, value);
    return layout ?? parent;
}

/** The style sheet with each `text` type selector made an `a` one (the element a converted text becomes). */
export function textSelectorsAsLinks(css: string): string | undefined {
    let refused = false;
    const rewritten = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/([^{}]*)(\{[^{}]*\})/g, (_, selectors: string, body: string) => {
        if (/(^|[\s,>+~(])(a|tspan)(?=[\s,.:#[>+~)]|$)/.test(selectors)) refused = true;
        return selectors.replace(/(^|[\s,>+~(])text(?=[\s,.:#[>+~)]|$)/g, '$1a') + body;
    });
    return refused ? undefined : rewritten;
}

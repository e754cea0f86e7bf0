// Ids and quoted texts for journey text that is written for users (`journey import`,
// `journey new`, New Journey… in the editor): ids that the grammar accepts, unique within a journey.
import { AstUtils, GrammarAST } from 'langium';
import { JourneyLanguageGrammar } from './generated/grammar.js';

const ID = /^[_a-zA-Z][\w-]*$/;
const MAX_LENGTH = 40;

let reserved: Set<string> | undefined;

/**
 * Keywords that cannot be ids: every word-like keyword of the grammar except
 * those the `Name` rule allows (`support`, `current`, …). Read from the grammar,
 * so a new keyword is reserved here without anyone remembering to.
 */
export function reservedWords(): Set<string> {
    if (reserved) return reserved;
    const grammar = JourneyLanguageGrammar();
    const keywordsOf = (node: GrammarAST.Grammar | GrammarAST.AbstractRule) =>
        AstUtils.streamAllContents(node).filter(GrammarAST.isKeyword).map(k => k.value).filter(v => ID.test(v)).toArray();
    const allowed = new Set(grammar.rules.filter(rule => rule.name === 'Name').flatMap(keywordsOf));
    reserved = new Set(keywordsOf(grammar).filter(word => !allowed.has(word)));
    return reserved;
}

/**
 * An id made from a label: ASCII letters without accents, digits and `_`, at
 * most 40 characters. `kind` ("phase", "task", …) prefixes ids that would start
 * with a digit or be a reserved keyword, and stands in for labels with no letters.
 */
export function slugify(label: string, kind: string): string {
    let id = label.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
    if (id.length > MAX_LENGTH) id = id.slice(0, MAX_LENGTH).replace(/_[^_]*$/, '') || id.slice(0, MAX_LENGTH);
    id = id.replace(/_+$/, '');
    if (!id) return kind;
    if (/^[0-9]/.test(id) || reservedWords().has(id)) return `${kind}_${id}`;
    return id;
}

/** Hands out ids unique within one scope (a journey's personas, phases and touchpoints share one). */
export class IdAllocator {
    private readonly used = new Set<string>();

    /** The slug of `label`, or the slug followed by `_2`, `_3`… when it is taken. */
    allocate(label: string, kind: string): string {
        const base = slugify(label, kind);
        let id = base;
        for (let n = 2; this.used.has(id); n++) id = `${base}_${n}`;
        this.used.add(id);
        return id;
    }
}

/** A quoted journey text: backslashes and double quotes escaped, line breaks as spaces (or, with `lineBreaks`, as `\n`). */
export function quote(text: string, lineBreaks = false): string {
    const escaped = text.replace(/[\\"]/g, ch => `\\${ch}`);
    return `"${lineBreaks ? escaped.replace(/\r\n?|\n/g, '\\n') : escaped.replace(/[\r\n]+/g, ' ')}"`;
}

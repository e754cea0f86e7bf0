// A seeded, deterministic mutator of journey files: the same seed always gives
// the same mutant, so a fault found once can be reproduced from its seed.

/** mulberry32: a small, fast PRNG with a 32-bit state; enough to spread mutations. */
export function randomSource(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6D2B79F5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The seed of mutant `index` in a run seeded with `runSeed`. */
export const mutantSeed = (runSeed: number, index: number) => (Math.imul(runSeed ^ 0x9E3779B9, 0x85EBCA6B) + index * 0xC2B2AE35) >>> 0;

// What may be written into a journey: keywords, punctuation, the starts and ends of
// strings and comments, numbers, and characters that trouble terminals and parsers.
const TOKENS = [
    'journey', 'phase', 'touchpoint', 'persona', 'channel', 'department', 'improvement', 'import', 'in', 'after',
    'between', 'and', 'via', 'for', 'owner', 'score', 'emotion', 'critical', 'evidence', 'metric', 'current', 'target',
    'kind', 'improves', 'follows', 'addresses', 'description', 'does', 'thinks', 'feels', 'age', 'digital', 'physical',
    '{', '}', '"', '\\', ',', '-', '+', '%', '/*', '*/', '//', '\n', '\r\n', '\r', '\t', ' ', '0', '-3', '3', '9', '1.5',
    '99999999999999999999', 'x', 'a_b', '"\\n::error::x"', '\u001b[2J', '\u202E', '\u0000', '\uFEFF', '\uD83D\uDE00', '\uD800',
    '"unclosed', 'import "company.journey"', 'import "/dev/null"', 'between a and b', 'in orientation',
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const at = (random: () => number, text: string) => Math.floor(random() * (text.length + 1));

/** What each referring keyword names, by the keyword that declares it. */
const REFERRED: Record<string, string> = {
    in: 'phase', after: 'phase', between: 'phase', and: 'phase', addresses: 'phase|touchpoint', via: 'channel',
    for: 'persona', follows: 'persona', improves: 'journey', owner: 'department',
};

type Mutation = (random: () => number, text: string, others: readonly string[]) => string;

const MUTATIONS: Record<string, Mutation> = {
    flip: (random, text) => {
        const i = Math.min(at(random, text), Math.max(0, text.length - 1));
        const code = random() < 0.8 ? 32 + Math.floor(random() * 95) : Math.floor(random() * 0x3000);
        return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
    },
    insert: (random, text) => {
        const i = at(random, text);
        return text.slice(0, i) + pick(random, TOKENS) + text.slice(i);
    },
    delete: (random, text) => {
        const i = at(random, text);
        return text.slice(0, i) + text.slice(i + 1 + Math.floor(random() * 40));
    },
    truncate: (random, text) => text.slice(0, at(random, text)),
    duplicate: (random, text) => {
        const lines = text.split('\n');
        const from = Math.floor(random() * lines.length);
        const span = lines.slice(from, from + 1 + Math.floor(random() * 8));
        lines.splice(Math.floor(random() * lines.length), 0, ...span);
        return lines.join('\n');
    },
    reference: (random, text) => {
        // Another id of the same kind where one is referred to: valid text, unusual meaning (`between c and a`).
        const uses = [...text.matchAll(/\b(in|after|between|and|via|for|follows|improves|addresses|owner)\s+([A-Za-z_][\w-]*)/g)];
        if (uses.length === 0) return text;
        const use = pick(random, uses);
        const declared = new RegExp(`\\b(?:${REFERRED[use[1]]})\\s+([A-Za-z_][\\w-]*)`, 'g');
        const ids = [...text.matchAll(declared)].map(m => m[1]);
        if (ids.length === 0) return text;
        const start = use.index + use[0].length - use[2].length;
        return text.slice(0, start) + pick(random, ids) + text.slice(start + use[2].length);
    },
    splice: (random, text, others) => {
        // A run of lines from another example, in place of a run of lines here.
        const lines = text.split('\n');
        const donor = pick(random, others).split('\n');
        const from = Math.floor(random() * donor.length);
        const piece = donor.slice(from, from + 1 + Math.floor(random() * 12));
        lines.splice(Math.floor(random() * lines.length), Math.floor(random() * 4), ...piece);
        return lines.join('\n');
    },
};

export interface Mutant { text: string; steps: string[] }

/** One to four mutations of `text`, drawn from `seed`. */
export function mutate(seed: number, text: string, others: readonly string[]): Mutant {
    const random = randomSource(seed);
    const steps: string[] = [];
    let result = text;
    const count = 1 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
        const name = pick(random, Object.keys(MUTATIONS));
        steps.push(name);
        result = MUTATIONS[name](random, result, others);
    }
    return { text: result, steps };
}

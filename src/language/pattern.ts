/**
 * Token patterns. A pattern is a space-separated list of elements:
 *   word          the exact (normalised) word;  word*  any word starting with "word"
 *   a|b|c         any of the alternatives;       a_b    a two-word alternative ("out_of_nowhere")
 *   #             any number;                    @name  a word class from words.ts
 *   [x]           optional element;              ~N     up to N tokens inside the same clause
 *   ~~N           up to N tokens inside the same sentence (may cross commas, "and", "but")
 * Gaps never cross a sentence end. Matching is bounded (no regular expressions, no unbounded backtracking).
 */
import { wordClasses } from './words.js';

export interface MatchToken {
  /** The form patterns see (normalised, spelling-corrected). */
  readonly m: string;
  readonly kind: 'word' | 'num' | 'punct';
  readonly sentence: number;
  readonly clause: number;
}

type Atom =
  | { readonly k: 'lit'; readonly w: string }
  | { readonly k: 'pre'; readonly w: string }
  | { readonly k: 'num' };
type Alt = readonly Atom[];
interface WordElem {
  readonly k: 'el';
  readonly alts: readonly Alt[];
  readonly optional: boolean;
}
interface GapElem {
  readonly k: 'gap';
  readonly max: number;
  readonly cross: boolean;
}
type Elem = WordElem | GapElem;

export interface Pattern {
  readonly source: string;
  readonly elems: readonly Elem[];
}

export interface Match {
  /** First and last token (inclusive). */
  readonly start: number;
  readonly end: number;
  /** Tokens matched by words of the pattern (not by gaps). */
  readonly lits: readonly number[];
}

export class PatternError extends Error {}

/** Word classes a pattern may name as `@name` (each locale has its own). */
export type WordClasses = ReadonlyMap<string, string>;

const altCaches = new WeakMap<WordClasses, Map<string, readonly Alt[]>>();

function parseAlts(spec: string, classes: WordClasses, depth = 0): readonly Alt[] {
  let altCache = altCaches.get(classes);
  if (!altCache) {
    altCache = new Map();
    altCaches.set(classes, altCache);
  }
  const cached = altCache.get(spec);
  if (cached) return cached;
  if (depth > 8) throw new PatternError(`word classes nest too deep: ${spec}`);
  const alts: Alt[] = [];
  for (const part of spec.split('|')) {
    if (part === '') throw new PatternError(`empty alternative in "${spec}"`);
    if (part.startsWith('@')) {
      const cls = classes.get(part.slice(1));
      if (cls === undefined) throw new PatternError(`unknown word class ${part}`);
      alts.push(...parseAlts(cls, classes, depth + 1));
      continue;
    }
    alts.push(
      part.split('_').map((w): Atom => {
        if (w === '#') return { k: 'num' };
        if (w.endsWith('*')) {
          const stem = w.slice(0, -1);
          if (stem.length < 3) throw new PatternError(`prefix too short: ${w}`);
          return { k: 'pre', w: stem };
        }
        if (w === '') throw new PatternError(`empty word in "${spec}"`);
        return { k: 'lit', w };
      }),
    );
  }
  altCache.set(spec, alts);
  return alts;
}

export function compile(source: string, classes: WordClasses = wordClasses): Pattern {
  const elems: Elem[] = [];
  for (const raw of source.trim().split(/\s+/)) {
    const gap = /^(~~?)(\d+)$/.exec(raw);
    if (gap) {
      elems.push({ k: 'gap', max: Number(gap[2]), cross: gap[1] === '~~' });
      continue;
    }
    const optional = raw.startsWith('[') && raw.endsWith(']');
    const spec = optional ? raw.slice(1, -1) : raw;
    elems.push({ k: 'el', alts: parseAlts(spec, classes), optional });
  }
  const first = elems[0];
  if (first?.k !== 'el' || first.optional)
    throw new PatternError(`pattern must start with a word: "${source}"`);
  if (elems.at(-1)?.k === 'gap') throw new PatternError(`pattern must end with a word: "${source}"`);
  return { source, elems };
}

/** Every literal word of a pattern (for the spelling vocabulary). */
export function patternWords(p: Pattern): string[] {
  const out: string[] = [];
  for (const e of p.elems) {
    if (e.k !== 'el') continue;
    for (const alt of e.alts) for (const a of alt) if (a.k === 'lit') out.push(a.w);
  }
  return out;
}

function atomMatches(a: Atom, t: MatchToken): boolean {
  if (a.k === 'num') return t.kind === 'num';
  if (t.kind === 'punct') return a.k === 'lit' && t.m === a.w;
  return a.k === 'lit' ? t.m === a.w : t.m.startsWith(a.w);
}

/** Can the first element of `p` match token `t`? Used to index patterns. */
export function firstAtoms(p: Pattern): readonly Atom[] {
  const first = p.elems[0] as WordElem;
  return first.alts.map((alt) => alt[0] as Atom);
}
export type { Atom };

const sentenceEnd = new Set(['.', '!', '?', '\n']);

/** Tries `p` at token `i`; the first (leftmost, shortest-gap) match or null. */
export function matchAt(p: Pattern, toks: readonly MatchToken[], i: number): Match | null {
  const startTok = toks[i];
  if (!startTok || startTok.kind === 'punct') return null;
  const sentence = startTok.sentence;
  const lits: number[] = [];
  const elems = p.elems;

  const rec = (e: number, t: number, needClause: number): number => {
    if (e === elems.length) return t - 1;
    const el = elems[e] as Elem;
    if (el.k === 'gap') {
      const before = toks[t - 1] as MatchToken;
      for (let k = 0; k <= el.max; k++) {
        if (k > 0) {
          const skipped = toks[t + k - 1];
          if (!skipped || skipped.sentence !== sentence || sentenceEnd.has(skipped.m)) return -1;
          if (!el.cross && skipped.kind !== 'punct' && skipped.clause !== before.clause) return -1;
        }
        const r = rec(e + 1, t + k, el.cross ? -1 : before.clause);
        if (r >= 0) return r;
      }
      return -1;
    }
    for (const alt of el.alts) {
      let ok = true;
      for (let j = 0; j < alt.length; j++) {
        const tok = toks[t + j];
        if (!tok || tok.sentence !== sentence || !atomMatches(alt[j] as Atom, tok)) {
          ok = false;
          break;
        }
        if (j === 0 && needClause >= 0 && tok.clause !== needClause) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let j = 0; j < alt.length; j++) lits.push(t + j);
      const r = rec(e + 1, t + alt.length, -1);
      if (r >= 0) return r;
      lits.length -= alt.length;
    }
    if (el.optional) return rec(e + 1, t, needClause);
    return -1;
  };

  const end = rec(0, i, -1);
  return end < 0 ? null : { start: i, end, lits: [...lits] };
}

/** Patterns indexed by what their first word can be, so a text is scanned once. */
export class PatternIndex<T> {
  private readonly byWord = new Map<string, { p: Pattern; v: T }[]>();
  private readonly byPrefix = new Map<string, { p: Pattern; v: T; stem: string }[]>();
  private readonly numeric: { p: Pattern; v: T }[] = [];

  add(p: Pattern, v: T): void {
    const seen = new Set<string>();
    for (const a of firstAtoms(p)) {
      const key = `${a.k}:${a.k === 'num' ? '' : a.w}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (a.k === 'num') this.numeric.push({ p, v });
      else if (a.k === 'lit') {
        const list = this.byWord.get(a.w) ?? [];
        list.push({ p, v });
        this.byWord.set(a.w, list);
      } else {
        const k3 = a.w.slice(0, 3);
        const list = this.byPrefix.get(k3) ?? [];
        list.push({ p, v, stem: a.w });
        this.byPrefix.set(k3, list);
      }
    }
  }

  /** Every match of every pattern, in text order. A pattern matches at most once per start token. */
  scan(toks: readonly MatchToken[], onMatch: (v: T, m: Match, p: Pattern) => void): void {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as MatchToken;
      if (t.kind === 'punct') continue;
      const cands: { p: Pattern; v: T }[] = [];
      const seen = new Set<Pattern>();
      const push = (c: { p: Pattern; v: T }) => {
        if (!seen.has(c.p)) {
          seen.add(c.p);
          cands.push(c);
        }
      };
      if (t.kind === 'num') for (const c of this.numeric) push(c);
      for (const c of this.byWord.get(t.m) ?? []) push(c);
      for (const c of this.byPrefix.get(t.m.slice(0, 3)) ?? []) if (t.m.startsWith(c.stem)) push(c);
      for (const c of cands) {
        const m = matchAt(c.p, toks, i);
        if (m) onMatch(c.v, m, c.p);
      }
    }
  }
}

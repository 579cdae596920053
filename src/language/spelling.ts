/**
 * Light spelling tolerance: a word of 6+ letters that the lexicon does not know is replaced by a lexicon word
 * at Damerau-Levenshtein distance 1 (distance 2 for 10+ letters). Real English words near a lexicon word
 * ("single" near "tingle") are protected. Candidates come from a precomputed deletion index, so each distinct
 * word costs a few map look-ups.
 *
 * Work bound: only words no longer than the longest vocabulary word plus the largest distance can be within
 * reach of a vocabulary word, so longer words are never looked at (they cannot match). A word of length L
 * yields at most 1 + L + L(L-1)/2 deletion keys, so the cost of one word is bounded by a constant of the
 * vocabulary (L ≤ `maxCorrectable`), whatever the input.
 */

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped at max + 1. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push(new Array<number>(b.length + 1).fill(0));
  for (let i = 0; i <= a.length; i++) (rows[i] as number[])[0] = i;
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = max + 1;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

export const minCorrectable = 6;
/** The largest edit distance ever allowed (for words of 10+ letters). */
export const maxDistance = 2;
export function allowedDistance(word: string): number {
  return word.length >= 10 ? maxDistance : word.length >= minCorrectable ? 1 : 0;
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

export class SpellingCorrector {
  private readonly vocab: ReadonlySet<string>;
  private readonly index = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();
  /** Longest word that can be within `maxDistance` of a vocabulary word; longer words are never corrected. */
  readonly maxCorrectable: number;

  constructor(
    vocabulary: Iterable<string>,
    private readonly protectedWords: ReadonlySet<string>,
    private readonly neverCorrect: ReadonlySet<string>,
  ) {
    const vocab = new Set<string>();
    for (const w of vocabulary) if (/^[a-z][a-z']*$/.test(w)) vocab.add(w);
    this.vocab = vocab;
    let longest = 0;
    for (const w of vocab) if (w.length > longest) longest = w.length;
    this.maxCorrectable = longest + maxDistance;
    for (const w of vocab) {
      if (w.length < minCorrectable - 1 || neverCorrect.has(w)) continue;
      const keys = new Set<string>([w]);
      deletes(w, w.length >= 9 ? 2 : 1, keys);
      for (const k of keys) {
        const list = this.index.get(k);
        if (list) list.push(w);
        else this.index.set(k, [w]);
      }
    }
  }

  has(word: string): boolean {
    return this.vocab.has(word);
  }

  /** The lexicon word meant by `word`, or null when it is known, protected, short or has no single best match. */
  correct(word: string): string | null {
    // Out of reach of every vocabulary word: nothing to look up (and nothing unbounded to cache).
    if (word.length > this.maxCorrectable) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let result: string | null = null;
    const max = allowedDistance(word);
    if (
      max > 0 &&
      !this.vocab.has(word) &&
      !this.protectedWords.has(word) &&
      !this.neverCorrect.has(word) &&
      /^[a-z']+$/.test(word)
    ) {
      const keys = new Set<string>([word]);
      deletes(word, max, keys);
      let best = max + 1;
      const found = new Set<string>();
      for (const k of keys) {
        for (const cand of this.index.get(k) ?? []) {
          if (found.has(cand)) continue;
          found.add(cand);
          if (cand.length < minCorrectable) continue;
          const d = editDistance(word, cand, max);
          if (d < best) {
            best = d;
            result = cand;
          } else if (d === best && cand !== result) {
            // Ties: keep the longer shared prefix, so the choice does not depend on map order.
            if (result !== null && sharedPrefix(word, cand) > sharedPrefix(word, result)) result = cand;
          }
        }
      }
      if (best > max) result = null;
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, result);
    return result;
  }
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

import type { MatchToken } from './pattern.js';

/** Clauses made only of these (and numbers) are greetings or small talk, not symptoms. */
export const filler: ReadonlySet<string> = new Set([
  'hi',
  'hello',
  'hey',
  'dear',
  'doctor',
  'doc',
  'dr',
  'thanks',
  'thank',
  'you',
  'please',
  'help',
  'cheers',
  'regards',
  "i'm",
  'i',
  'am',
  'years',
  'year',
  'old',
  'aged',
  'age',
  'ok',
  'okay',
  'so',
  'well',
  'anyway',
  'um',
  'er',
  'erm',
  'tbh',
  'lol',
  'basically',
  'long',
  'story',
  'can',
  'could',
  'me',
  'in',
  'advance',
  'morning',
  'afternoon',
  'evening',
  'good',
  'there',
  'yes',
  'no',
  'and',
  'but',
  'also',
  'just',
  'a',
  'the',
  'male',
  'female',
  'man',
  'woman',
  'm',
  'f',
  'yo',
  'yr',
  'separately',
  'anyways',
  'oh',
  'right',
  'honestly',
  'to',
  'be',
  'honest',
]);

/** Clauses in which nothing was recognised, as trimmed text, leaving out greetings and small talk. */
export function unrecognisedClauses(
  toks: readonly MatchToken[],
  recognised: readonly (readonly [number, number])[],
  slice: (start: number, end: number) => string,
  filler: ReadonlySet<string>,
): string[] {
  const covered = new Array<boolean>(toks.length).fill(false);
  for (const [s, e] of recognised) for (let i = s; i <= e; i++) covered[i] = true;
  const out: string[] = [];
  let i = 0;
  while (i < toks.length) {
    const clause = (toks[i] as MatchToken).clause;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1]?.clause === clause) j++;
    let first = -1;
    let last = -1;
    let hit = false;
    let meaningful = false;
    for (let k = i; k <= j; k++) {
      const t = toks[k] as MatchToken;
      if (t.kind === 'punct') continue;
      if (first < 0) first = k;
      last = k;
      if (covered[k]) hit = true;
      if (t.kind === 'word' && !filler.has(t.m)) meaningful = true;
    }
    if (first >= 0 && !hit && meaningful) {
      const text = slice(first, last).trim();
      if (text) out.push(text);
    }
    i = j + 1;
  }
  return out;
}

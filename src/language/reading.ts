import type { EvidenceState } from '../knowledge/index.js';
import type { Locale } from './locale.js';
import type { Match, MatchToken } from './pattern.js';
import type { LexiconEntry } from './types.js';
import type { Analysis } from './understand.js';
import { voiceOf } from './voice.js';

export type Reading = EvidenceState | null;

/** Body parts: after a comma they start a statement; after "or" / "nor" they are a list item ("or leg swelling"). */
export const bodyPartWords: readonly string[] = [
  'leg',
  'legs',
  'calf',
  'calves',
  'foot',
  'feet',
  'toe',
  'toes',
  'ankle',
  'ankles',
  'thigh',
  'thighs',
  'knee',
  'knees',
  'shin',
  'shins',
];

/** Words that show a comma-separated part is a new statement, not the next item of a negated list. */
export const statementWords: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  'my',
  'it',
  "it's",
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'feels',
  'feel',
  'felt',
  'looks',
  'look',
  'goes',
  'go',
  'went',
  'gets',
  'get',
  'got',
  'hurts',
  'aches',
  'just',
  'only',
  'but',
  'except',
  'apart',
  'instead',
  'mainly',
  'mostly',
  'though',
  'although',
  'however',
  'yet',
  'still',
  'now',
  'then',
  'there',
  "there's",
  'started',
  'comes',
  'came',
  'makes',
  'made',
  'and',
  'the',
  'this',
  'that',
  'can',
  'feeling',
  // A body part makes it a statement about that part ("no fever, calf swollen"), not a list item.
  ...bodyPartWords,
]);

const isWord = (t: MatchToken | undefined) => t !== undefined && t.kind !== 'punct';

/**
 * Where negation reaching token i starts: the start of its clause, or an earlier clause when the text between
 * is a bare list continued after a comma ("no swelling, redness or warmth").
 */
function scopeStart(a: Analysis, i: number): number {
  const { toks, clauseStart, cues } = a;
  const { statementWords } = a.locale;
  let s = clauseStart[(toks[i] as MatchToken).clause] ?? i;
  let upTo = i;
  for (let step = 0; step < 4; step++) {
    if (toks[s - 1]?.m !== ',') break;
    // A bare list item has at most 3 words, none of them a statement word: look at no more than 4 words, so the
    // cost does not grow with the clause (one huge clause would make every match quadratic).
    let words = 0;
    let statement = false;
    const clause = toks[s]?.clause;
    for (let j = s; j < toks.length && words <= 3 && !statement; j++) {
      const t = toks[j] as MatchToken;
      if (j >= upTo && t.clause !== clause) break;
      if (!isWord(t)) continue;
      words++;
      if (statementWords.has(t.m)) statement = true;
    }
    if (words > 3 || statement) break;
    const prevClause = toks[s - 2]?.clause;
    if (prevClause === undefined) break;
    const ps = clauseStart[prevClause] ?? s;
    let hasNeg = false;
    for (let j = ps; j < s; j++) if (cues.neg[j]) hasNeg = true;
    if (hasNeg) return ps;
    upTo = s - 1;
    s = ps;
  }
  return clauseStart[(toks[i] as MatchToken).clause] ?? i;
}

/** A bare list item has at most this many words ("sore throats", "fast breathing"). */
const listItemWords = 3;
/** How many items back a negation may reach across a list (bounds the cost of every match). */
const listItems = 12;

/**
 * The negation cue that heads a bare list the match ends, if any: "no confusion, dizziness, vomiting or fast
 * breathing", "hasn't had any coughs, colds, sore throats or tummy bugs". Items are joined by commas or a joiner
 * ("or", "nor", "and") and have at most `listItemWords` words, none a statement word; the cue must sit in the
 * list's first item, within `window` tokens of its end. A comma and "and" close a list only after two items
 * ("no fever, chills, and sweats"), as "no fever, and swelling" may be a new statement.
 */
function listNegation(a: Analysis, m: Match, window: number): number | undefined {
  const { toks, cues } = a;
  const { statementWords, listJoiners, andWords, clauseBreakWords, bodyParts } = a.locale;
  const sentence = (toks[m.start] as MatchToken).sentence;
  // A body part in the match's item is a list item only after "or" / "nor" ("no fever, chills or leg swelling").
  let joinedBy = '';
  for (let i = m.start - 1; i >= 0 && i >= m.start - 1 - listItemWords; i--) {
    const t = toks[i] as MatchToken;
    if (t.m === ',' || listJoiners.has(t.m)) {
      joinedBy = t.m;
      break;
    }
  }
  const partsAllowed = joinedBy !== '' && joinedBy !== ',' && !andWords.has(joinedBy);
  let itemWords = 0;
  for (let i = m.start; i <= m.end; i++) {
    const t = toks[i] as MatchToken;
    if (!isWord(t)) continue;
    const statement = statementWords.has(t.m) && !(partsAllowed && bodyParts.has(t.m));
    if (statement && !listJoiners.has(t.m)) return undefined;
    itemWords++;
  }
  if (itemWords > listItemWords) return undefined;
  let head = -1;
  let items = 0;
  let itemsAfterCommaAnd = -1;
  for (let i = m.start - 1; i >= 0 && items < listItems; i--) {
    const t = toks[i] as MatchToken;
    if (t.sentence !== sentence) break;
    if (t.m === ',' || (isWord(t) && listJoiners.has(t.m))) {
      if (itemWords > 0) items++;
      if (andWords.has(t.m) && toks[i - 1]?.m === ',') itemsAfterCommaAnd = items;
      head = i;
      itemWords = 0;
      continue;
    }
    if (!isWord(t) || statementWords.has(t.m) || clauseBreakWords.has(t.m) || cues.neg[i]) break;
    if (++itemWords > listItemWords) break;
  }
  // ", and" closes a list only after two items ("no fever, chills, and sweats"; "no fever, and swelling" may be a
  // new statement). The first item is not counted yet.
  if (itemsAfterCommaAnd >= 0 && items + 1 - itemsAfterCommaAnd < 2) return undefined;
  if (head < 1) return undefined;
  // The list's first item holds the cue: "no recent colds", "never had cuts", not "my leg swells".
  const clause = (toks[head - 1] as MatchToken).clause;
  for (let i = head - 1; i >= 0 && i >= head - window; i--) {
    const t = toks[i] as MatchToken;
    if (t.clause !== clause || t.m === ',') return undefined;
    if (cues.neg[i]) return i;
  }
  return undefined;
}

/** Present, absent (negated), unknown (hedged) or null (the entry does not apply to this use). */
export function readState(a: Analysis, m: Match, entry: LexiconEntry, relief: boolean): Reading {
  return readDoubt(a, m, entry, relief).reading;
}

/**
 * As `readState`, and whether an unknown reading is a positive mention said with doubt ("slight swelling
 * maybe??"), as opposed to a doubted denial ("temp normal i think") or a fixed uncertain phrase: only a doubted
 * positive mention can make triage treat a red flag as possibly present.
 */
export function readDoubt(
  a: Analysis,
  m: Match,
  entry: LexiconEntry,
  relief: boolean,
): { reading: Reading; doubtedPositive: boolean } {
  const reading = readHedged(a, m, entry, relief);
  return {
    reading: reading === 'doubted_positive' ? 'unknown' : reading,
    doubtedPositive: reading === 'doubted_positive',
  };
}

function readHedged(
  a: Analysis,
  m: Match,
  entry: LexiconEntry,
  relief: boolean,
): Reading | 'doubted_positive' {
  const { toks, cues } = a;
  const lit = new Set(m.lits);
  const window = entry.negWindow ?? 8;
  const from = Math.min(
    Math.max(scopeStart(a, m.start), m.start - window),
    // A phrase that itself says "absent" ("puedo pisar bien", "I can walk fine") is a statement, not a list item.
    (entry.state === 'absent' ? undefined : listNegation(a, m, window)) ?? m.start,
  );
  let negated = false;
  let hedged = false;
  const clause = (toks[m.end] as MatchToken).clause;
  for (let i = from; i <= m.end; i++) {
    if (lit.has(i)) continue;
    // Inside a match that spans clauses, a cue in an earlier clause speaks of that clause only
    // ("standing still doesn't help; I have to sit down").
    if (i > m.start && (toks[i] as MatchToken).clause !== clause) continue;
    if (cues.neg[i] || (relief && cues.persist[i])) negated = true;
    if (cues.hedge[i]) hedged = true;
  }
  const sentence = (toks[m.end] as MatchToken).sentence;
  for (let i = m.end + 1; i <= m.end + 12 && i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (t.sentence !== sentence) break;
    if (cues.postHedge[i] === 2 || (cues.postHedge[i] === 1 && t.clause === clause)) hedged = true;
    if (relief && i <= m.end + 10 && cues.reliefNeg[i]) negated = true;
    // "it doesn't help, the ache won't go away" but not "walking helps but the ache won't go away".
    if (relief && i <= m.end + 10 && cues.persist[i] && t.clause === clause) negated = true;
  }
  if (entry.positiveOnly && (negated || hedged)) return null;
  if (entry.state === 'absent') return negated ? null : hedged ? 'unknown' : 'absent';
  if (entry.state === 'unknown')
    return negated ? null : entry.possiblyPresent ? 'doubted_positive' : 'unknown';
  if (hedged) return entry.negatedOnly ? null : negated ? 'unknown' : 'doubted_positive';
  if (negated) return 'absent';
  if (entry.weak || entry.negatedOnly) return null;
  return 'present';
}

export const firstPerson: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'my',
  'me',
  'myself',
  'mine',
  'im',
]);
export const otherPerson: ReadonlySet<string> = new Set([
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'husband',
  'wife',
  'partner',
  'brother',
  'sister',
  'son',
  'daughter',
  'gran',
  'nan',
  'nana',
  'nanna',
  'granny',
  'grandma',
  'grandmother',
  'grandad',
  'grandpa',
  'grandfather',
  'aunt',
  'auntie',
  'uncle',
  'cousin',
  'friend',
  'neighbour',
  'neighbor',
  'colleague',
  'boyfriend',
  'girlfriend',
]);

/**
 * A relative's account that speaks of their legs ("mum keeps crying out at night with her legs"), or of what
 * the legs do now ("gran is up at night pacing about"), not only of their history.
 */
const limbWords: ReadonlySet<string> = new Set(
  'leg legs calf calves foot feet toe toes thigh thighs knee knees ankle ankles shin hip spine backbone walking pacing wandering pierna piernas pie pies pantorrilla muslo rodilla tobillo caminando'.split(
    ' ',
  ),
);

/** Words for going to see someone: the relative after them is visited, not the one described. */
const visitWords: ReadonlySet<string> = new Set([
  'seeing',
  'see',
  'saw',
  'visiting',
  'visit',
  'visited',
  'staying',
  'stayed',
  'stay',
  'with',
]);
const relativeDeterminers: ReadonlySet<string> = new Set(['my', 'our', 'the', 'his', 'her', 'their']);

function visitedRelative(toks: readonly MatchToken[], i: number): boolean {
  let k = i - 1;
  if (relativeDeterminers.has(toks[k]?.m ?? '')) k--;
  return visitWords.has(toks[k]?.m ?? '');
}

const writtenForOther = new WeakMap<readonly MatchToken[], boolean>();

/**
 * The words are about someone else ("my mum who has diabetes", "my husband had a clot in his lung"), unless
 * the whole text is written for that person, or the relative only reports ("mi marido dice que ronco").
 */
export function thirdParty(toks: readonly MatchToken[], m: Match, locale: Locale): boolean {
  const { firstPerson, otherPerson, reportingWords } = locale;
  let forOther = writtenForOther.get(toks);
  if (forOther === undefined) {
    forOther =
      locale.onBehalf(toks) || (voiceOf(toks, locale) === 'other' && toks.some((t) => limbWords.has(t.m)));
    writtenForOther.set(toks, forOther);
  }
  if (forOther) return false;
  // The writer named inside the match ("my wife pressed on my spine and I yelped"): the relative only acts.
  for (let i = m.start; i <= m.end; i++) if (firstPerson.has((toks[i] as MatchToken).m)) return false;
  const sentence = (toks[m.start] as MatchToken).sentence;
  for (let i = m.start - 1; i >= 0 && i >= m.start - 12; i--) {
    const t = toks[i] as MatchToken;
    if (t.sentence !== sentence) return false;
    if (firstPerson.has(t.m)) return false;
    if (otherPerson.has(t.m)) {
      // The relative as the one visited ("got back from seeing my daughter", "staying with my son"): the journey
      // and what follows are the writer's own.
      if (visitedRelative(toks, i)) continue;
      for (let k = Math.max(0, i - 3); k < m.start && k <= i + 3; k++)
        if (reportingWords.has((toks[k] as MatchToken).m)) return false;
      return true;
    }
  }
  return false;
}

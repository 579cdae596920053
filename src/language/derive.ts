import { type FindingId, findingsById } from '../knowledge/index.js';
import type { MatchToken } from './pattern.js';
import type { Analysis, Hit } from './understand.js';
import { painWords } from './words.js';

const symptomGroups = new Set(['location', 'character', 'timing', 'alarm', 'other_causes']);
const notSymptoms = new Set<FindingId>([
  'onset_within_two_weeks',
  'symptoms_over_two_weeks',
  'evening_night_worse',
  'bilateral_symptoms',
  'chest_pain_or_breathless',
  'fever',
  'systemic_illness',
]);
const isSymptom = (id: FindingId) =>
  !notSymptoms.has(id) && symptomGroups.has(findingsById.get(id)?.group ?? '');
/** Words that say a symptom is being described even without a lexicon match ("the pain wakes me every night"). */
export const symptomWords: ReadonlySet<string> = new Set([
  ...painWords,
  'bothers',
  'bother',
  'bothering',
  'symptoms',
  'symptom',
  'feelings',
  'feeling',
  'sensation',
  'sensations',
  'discomfort',
  'agony',
  'worse',
  'cramp',
  'cramps',
  'throbbing',
  'burning',
]);

const pluralBody = new Set([
  'legs',
  'calves',
  'feet',
  'thighs',
  'knees',
  'ankles',
  'shins',
  'soles',
  'buttocks',
]);
const bodyAfterBoth = new Set([...pluralBody, 'sides', 'of', 'my', 'the', 'leg', 'foot']);
const movedBefore = new Set([
  'move',
  'moving',
  'moved',
  'raise',
  'raising',
  'raised',
  'put',
  'putting',
  'lift',
  'lifting',
  'stretch',
  'stretching',
  'cross',
  'crossing',
  'crossed',
  'let',
  'letting',
  'hang',
  'hanging',
  'kick',
  'kicking',
  'shake',
  'shaking',
  'elevate',
  'elevating',
  'rest',
  'resting',
  'prop',
  'propping',
  'swing',
  'swinging',
]);
const movedAfter = new Set([
  'up',
  'down',
  'crossed',
  'over',
  'out',
  'apart',
  'together',
  'raised',
  'elevated',
]);
const standingAfter = new Set(['all', 'for', 'a', 'as', 'most', 'during', 'at', 'day', 'long']);
const standingBefore = new Set(['been', 'shift', 'standing', 'stand', 'up', 'day', 'work', 'being']);

/**
 * Findings that depend on others: symptom-dependent readings ("at night" needs a symptom), both legs from
 * plural body words, and implications (most nights spoiling sleep is at night; a whole swollen leg is one leg).
 */
export function derive(hits: Hit[], a: Analysis): Hit[] {
  const { toks, cues, locale } = a;
  const { lexicon, symptomWords } = locale;
  const present = hits.filter((h) => h.state === 'present');
  const clauseOf = (i: number) => (toks[i] as MatchToken).clause;
  const sentenceOf = (i: number) => (toks[i] as MatchToken).sentence;
  const symptomIn = (pred: (i: number) => boolean, self: Hit) => {
    if (present.some((h) => h !== self && isSymptom(h.id) && pred(h.start))) return true;
    for (let i = 0; i < toks.length; i++) if (pred(i) && symptomWords.has(toks[i]?.m ?? '')) return true;
    return false;
  };

  let out = hits.filter((h) => {
    const lex = lexicon.get(h.id);
    if (lex?.requiresAny && !lex.requiresAny.some((id) => present.some((p) => p.id === id))) return false;
    const needs = h.entry?.entry.requiresAny;
    if (needs && !needs.some((id) => present.some((p) => p !== h && p.id === id))) return false;
    if (!lex?.needsSymptom || h.state !== 'present') return true;
    const c = clauseOf(h.start);
    if (symptomIn((i) => clauseOf(i) === c, h)) return true;
    const others = hits.some((g) => g !== h && clauseOf(g.start) === c && !lexicon.get(g.id)?.needsSymptom);
    if (others) return false;
    const s = sentenceOf(h.start);
    return symptomIn((i) => sentenceOf(i) === s, h);
  });

  // Both legs: a plural leg word, not negated or hedged, in a sentence that describes a symptom or sign.
  const describing = new Set<number>();
  for (const h of out) {
    const g = findingsById.get(h.id)?.group;
    if (h.state === 'present' && (isSymptom(h.id) || g === 'signs')) describing.add(sentenceOf(h.start));
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (!describing.has(t.sentence)) continue;
    const end = locale.bilateralAt(toks, i);
    if (end < 0) continue;
    let blocked = false;
    for (let j = a.clauseStart[t.clause] ?? i; j < i; j++) if (cues.neg[j] || cues.hedge[j]) blocked = true;
    if (blocked) continue;
    out.push({ id: 'bilateral_symptoms', start: i, end, state: 'present', derived: true });
  }

  // Implications.
  const has = (id: FindingId) => out.find((h) => h.id === id && h.state === 'present');
  const nightly = has('nightly_sleep_disruption');
  if (nightly && !has('evening_night_worse'))
    out.push({ ...nightly, id: 'evening_night_worse', derived: true, entry: undefined });
  const whole = has('whole_leg_swollen');
  if (whole && !has('one_leg_swollen'))
    out.push({ ...whole, id: 'one_leg_swollen', derived: true, entry: undefined });
  out = out.filter(
    (h) =>
      h.id !== 'bilateral_symptoms' ||
      !hits.some((g) => g.id === 'family_history_rls' && g.start <= h.start && g.end >= h.end),
  );
  return out;
}

/** English: "both legs", or a plural leg word not moved or stood on ("my feet", not "put my feet up"). */
export function englishBilateralAt(toks: readonly MatchToken[], i: number): number {
  const t = toks[i] as MatchToken;
  const both = t.m === 'both' && bodyAfterBoth.has(toks[i + 1]?.m ?? '');
  if (!both && !pluralBody.has(t.m)) return -1;
  if (both) return i + 1;
  const before = [toks[i - 1]?.m, toks[i - 2]?.m];
  if (before.some((w) => w !== undefined && movedBefore.has(w))) return -1;
  if (movedAfter.has(toks[i + 1]?.m ?? '')) return -1;
  if (t.m === 'feet' && toks[i - 1]?.m === 'my' && toks[i - 2]?.m === 'on') {
    if (standingAfter.has(toks[i + 1]?.m ?? '')) return -1;
    if (
      [toks[i - 3]?.m, toks[i - 4]?.m, toks[i - 5]?.m].some((w) => w !== undefined && standingBefore.has(w))
    )
      return -1;
  }
  return i;
}

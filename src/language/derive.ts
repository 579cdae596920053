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
  'gyp',
  // Complaints that stand for the symptom in short accounts ("driving me mad at night", "crying with it at night").
  'killing',
  'excruciating',
  'crying',
  'mad',
  'crazy',
  'awful',
  // A leg that has "gone funny / feels weird" is a change the person is describing ("my mum's leg has gone funny
  // tonight"): its time words count.
  'funny',
  'weird',
  'strange',
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
/**
 * A finding that says another outright: a statin started recently is a statin taken. Only when the other is not
 * stated already (a stated denial is kept). Numbness in the foot is not read as pain_feet_toes: that finding is
 * forefoot pain to the causes (S34), and reading it moved root-nerve pain to neuropathy in the narratives.
 */
const implied: readonly (readonly [FindingId, FindingId])[] = [['statin_started_recently', 'takes_statin']];
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

  // Counts built once, so each hit's checks cost O(1) (scanning every hit and token per hit was quadratic).
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const presentById = new Map<FindingId, number>();
  const symptomsByClause = new Map<number, number>();
  const symptomsBySentence = new Map<number, number>();
  for (const h of present) {
    count(presentById, h.id);
    if (!isSymptom(h.id)) continue;
    count(symptomsByClause, clauseOf(h.start));
    count(symptomsBySentence, sentenceOf(h.start));
  }
  const symptomWordClauses = new Set<number>();
  const symptomWordSentences = new Set<number>();
  const complaintAt = (i: number) =>
    symptomWords.has((toks[i] as MatchToken).m) || (locale.vagueComplaintAt?.(toks, i) ?? false);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (!complaintAt(i)) continue;
    symptomWordClauses.add(t.clause);
    symptomWordSentences.add(t.sentence);
  }
  /** Sentences opened by a continuing subject ("It wakes me up"), whose complaint is the sentence before's. */
  const continuing = new Set<number>();
  let lastSentence = -1;
  for (const t of toks) {
    if (t.sentence === lastSentence) continue;
    lastSentence = t.sentence;
    if (locale.continuingSubjects?.has(t.m)) continuing.add(t.sentence);
  }
  const complaintBefore = (s: number) =>
    continuing.has(s) && ((symptomsBySentence.get(s - 1) ?? 0) > 0 || symptomWordSentences.has(s - 1));
  /** Hits whose finding stands on its own (no `needsSymptom`), per clause. */
  const standaloneByClause = new Map<number, number>();
  for (const g of hits) if (!lexicon.get(g.id)?.needsSymptom) count(standaloneByClause, clauseOf(g.start));
  /** Present symptoms other than `self` in `counts[key]`. */
  const others = (counts: Map<number, number>, key: number, self: Hit, selfKey: number) =>
    (counts.get(key) ?? 0) - (self.state === 'present' && isSymptom(self.id) && selfKey === key ? 1 : 0) > 0;

  let out = hits.filter((h) => {
    const lex = lexicon.get(h.id);
    if (lex?.requiresAny && !lex.requiresAny.some((id) => presentById.has(id))) return false;
    const needs = h.entry?.entry.requiresAny;
    const selfPresent = (id: FindingId) => (h.state === 'present' && h.id === id ? 1 : 0);
    if (needs && !needs.some((id) => (presentById.get(id) ?? 0) - selfPresent(id) > 0)) return false;
    if (!lex?.needsSymptom || h.state !== 'present') return true;
    const c = clauseOf(h.start);
    if (others(symptomsByClause, c, h, c) || symptomWordClauses.has(c)) return true;
    if ((standaloneByClause.get(c) ?? 0) > 0) return false;
    const s = sentenceOf(h.start);
    return others(symptomsBySentence, s, h, s) || symptomWordSentences.has(s) || complaintBefore(s);
  });

  // Both legs: a plural leg word, not negated or hedged, in a sentence that describes a symptom or sign.
  const describing = new Set<number>();
  for (const h of out) {
    const g = findingsById.get(h.id)?.group;
    if (h.state === 'present' && (isSymptom(h.id) || g === 'signs')) describing.add(sentenceOf(h.start));
    // Night pain or lost sleep is a complaint too ("I can't get to sleep because of my legs").
    if (h.state === 'present' && (h.id === 'evening_night_worse' || h.id === 'nightly_sleep_disruption'))
      describing.add(sentenceOf(h.start));
  }
  // So is a complaint word with no finding of its own ("my legs hurt all the time", "legs are awful at bedtime").
  for (let i = 0; i < toks.length; i++) if (complaintAt(i)) describing.add((toks[i] as MatchToken).sentence);
  /** The first negation or hedge of each clause: a plural leg word after it is blocked. */
  const firstCue = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) {
    const clause = (toks[i] as MatchToken).clause;
    if ((cues.neg[i] || cues.hedge[i]) && !firstCue.has(clause)) firstCue.set(clause, i);
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (!describing.has(t.sentence)) continue;
    const end = locale.bilateralAt(toks, i);
    if (end < 0) continue;
    if ((firstCue.get(t.clause) ?? i) < i) continue;
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
  // Findings worded as "your back pain ..." (worse at night or lying flat, worse on straining, getting worse) are
  // back pain by definition: a back told as "agony at night" with no "back pain" phrase is still a painful back.
  const backPainKind =
    has('spinal_pain_night_lying') ?? has('back_pain_worse_cough_strain') ?? has('back_pain_getting_worse');
  if (backPainKind && !out.some((h) => h.id === 'back_pain'))
    out.push({ ...backPainKind, id: 'back_pain', derived: true, entry: undefined });
  for (const [from, to] of implied) {
    const said = has(from);
    const stated = out.some((h) => h.id === to && h.state !== 'unknown');
    if (said && !stated) out.push({ ...said, id: to, derived: true, entry: undefined });
  }
  // A plural leg word inside "restless legs run in the family" is not both legs. Matches are short, so marking
  // the tokens each family-history match covers is linear.
  const familyCovers = new Set<string>();
  for (const g of hits) {
    if (g.id !== 'family_history_rls') continue;
    for (let s = g.start; s <= g.end; s++) for (let e = s; e <= g.end; e++) familyCovers.add(`${s}:${e}`);
  }
  if (familyCovers.size > 0)
    out = out.filter((h) => h.id !== 'bilateral_symptoms' || !familyCovers.has(`${h.start}:${h.end}`));
  return out;
}

const complaintBody = new Set([
  ...pluralBody,
  'leg',
  'calf',
  'foot',
  'toe',
  'toes',
  'thigh',
  'knee',
  'ankle',
  'shin',
  'heel',
  'heels',
  'hip',
  'hips',
  'back',
  'buttock',
  'bum',
]);
const complaintOwner = new Set(['my', 'his', 'her', 'their', 'your', 'our', 'both', 'the', 'these']);
/** Vague words for trouble said of a body part ("bad", "playing up", "giving me grief", "woke me"). */
const vagueTrouble = new Set([
  'bad',
  'terrible',
  'dreadful',
  'horrible',
  'rubbish',
  'grief',
  'killing',
  'woke',
  'wakes',
  'waking',
  'woken',
  'awake',
  'troubling',
  'bothering',
  'playing',
  'acting',
]);
/** "playing" and "acting" are trouble only with "up"; "good" only as "no good", "right" only as "not right". */
const troubleNeedsUp = new Set(['playing', 'acting']);
const denial = new Set(['not', "isn't", "aren't", "wasn't", "weren't", 'never', 'too', 'that', 'so']);
const troubleDenied = new Set([
  'no',
  'not',
  'never',
  "don't",
  "doesn't",
  "didn't",
  "haven't",
  "hasn't",
  'without',
  'any',
]);
/** Sleep words: "can't sleep because of my legs" is a complaint, its "not" the sleep's. */
const sleepOnly = new Set(['sleep', 'asleep', 'awake', 'woke', 'wake', 'wakes', 'waking', 'woken']);
/** Sleep lost, or trouble had, "because of / for / with my legs". */
const troubleBefore = new Set([
  'sleep',
  'asleep',
  'awake',
  'woke',
  'wake',
  'wakes',
  'waking',
  'woken',
  'trouble',
  'problems',
  'issues',
]);

/**
 * English: a body part named as the trouble in vague words, "my legs are bad", "her knee is playing up", "my
 * foot woke me up", "can't get to sleep because of my legs". Not when the vague word is denied ("not bad").
 */
export function englishVagueComplaintAt(toks: readonly MatchToken[], i: number): boolean {
  const t = toks[i] as MatchToken;
  if (!complaintBody.has(t.m) || !complaintOwner.has(toks[i - 1]?.m ?? '')) return false;
  for (let j = i + 1; j <= i + 4 && j < toks.length; j++) {
    const w = toks[j] as MatchToken;
    if (w.clause !== t.clause) break;
    const prev = toks[j - 1]?.m ?? '';
    if (w.m === 'good' && prev === 'no') return true;
    if (w.m === 'right' && (prev === 'not' || prev === "isn't" || prev === "aren't")) return true;
    if (!vagueTrouble.has(w.m) || denial.has(prev)) continue;
    if (troubleNeedsUp.has(w.m) && toks[j + 1]?.m !== 'up') continue;
    return true;
  }
  // "can't sleep because of my legs", "trouble with my feet at night".
  const by = toks[i - 2]?.m;
  if (by !== 'of' && by !== 'for' && by !== 'with') return false;
  for (let j = i - 3; j >= Math.max(0, i - 7); j--) {
    const w = toks[j] as MatchToken;
    if (w.sentence !== t.sentence) break;
    if (!troubleBefore.has(w.m)) continue;
    // "no trouble with my legs", "I don't have problems with my feet": denied, not told.
    const denied = [toks[j - 1]?.m, toks[j - 2]?.m, toks[j - 3]?.m].some(
      (d) => d !== undefined && troubleDenied.has(d),
    );
    return !denied || sleepOnly.has(w.m);
  }
  return false;
}

const owners: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'the', 'your']);

/** "one of my legs", "one of the feet": the plural word after "one of" names a single limb. */
function oneOf(toks: readonly MatchToken[], i: number): boolean {
  const k = owners.has(toks[i - 1]?.m ?? '') ? i - 2 : i - 1;
  return toks[k]?.m === 'of' && toks[k - 1]?.m === 'one';
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
  // "One of my legs is fatter": one leg picked out of the two, not both.
  if (oneOf(toks, i)) return -1;
  if (t.m === 'feet' && toks[i - 1]?.m === 'my' && toks[i - 2]?.m === 'on') {
    if (standingAfter.has(toks[i + 1]?.m ?? '')) return -1;
    if (
      [toks[i - 3]?.m, toks[i - 4]?.m, toks[i - 5]?.m].some((w) => w !== undefined && standingBefore.has(w))
    )
      return -1;
  }
  return i;
}

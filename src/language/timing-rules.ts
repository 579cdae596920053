import { type FindingId, findingsById } from '../knowledge/index.js';
import type { Locale } from './locale.js';
import type { MatchToken } from './pattern.js';
import type { TimeExpression } from './time.js';
import type { Hit } from './understand.js';
import { painWords } from './words.js';

const historyGroups = new Set(['history', 'medication']);
/** Findings whose timing is that of the leg problem (chest symptoms, fever and feeling ill are timed separately). */
function isLegSymptom(id: FindingId): boolean {
  const g = findingsById.get(id)?.group;
  if (id === 'chest_pain_or_breathless' || id === 'fever' || id === 'systemic_illness') return false;
  if (id === 'onset_within_two_weeks' || id === 'symptoms_over_two_weeks') return false;
  return (
    g === 'location' ||
    g === 'character' ||
    g === 'timing' ||
    g === 'alarm' ||
    g === 'signs' ||
    g === 'other_causes'
  );
}
export const continuation: ReadonlySet<string> = new Set([
  'started',
  'start',
  'starts',
  'began',
  'begun',
  'happening',
  'happened',
  'going',
  'noticed',
  'been',
  'came',
  'come',
  ...painWords,
  'bothering',
  'worse',
  // Complaints that stand for the symptom ("my leg is killing me tonight", "her leg has gone funny tonight").
  'killing',
  'agony',
  'awful',
  'funny',
  'weird',
  'strange',
]);
export const after: ReadonlySet<string> = new Set(['now', 'since', 'then', 'after', 'afterwards', 'later']);

const isCrampEpisode = (hs: readonly Hit[]) =>
  hs.some((h) => h.id === 'sudden_muscle_contraction') &&
  !hs.some((h) => findingsById.get(h.id)?.group === 'alarm');

/**
 * Turns time expressions into onset_within_two_weeks / symptoms_over_two_weeks. A time said of a history item
 * ("knee replaced 3 weeks ago") dates that item instead (and may rule it out as not recent); a recent one is
 * passed on to symptoms said right after it ("flew back last week and now my calf aches").
 */
export function applyTimes(
  hits: Hit[],
  times: readonly TimeExpression[],
  toks: readonly MatchToken[],
  locale: Locale,
): Hit[] {
  const { lexicon, continuation, after } = locale;
  const dropped = new Set<Hit>();
  const added: Hit[] = [];
  const sentenceOf = (i: number) => (toks[i] as MatchToken).sentence;
  const timedSentences = new Set<number>();
  const refs: TimeExpression[] = [];

  // Indexes built once, so each time expression costs what its own clause and sentence hold (looking through
  // every hit and token for each time expression was quadratic, and cubic for history references).
  /** Hits with a token in each clause (a hit may span clauses), in hit order. */
  const hitsByClause = new Map<number, Hit[]>();
  for (const h of hits) {
    let last = -1;
    for (let i = h.start; i <= h.end; i++) {
      const clause = toks[i]?.clause;
      if (clause === undefined || clause === last) continue;
      last = clause;
      const list = hitsByClause.get(clause);
      if (list) {
        if (list.at(-1) !== h) list.push(h);
      } else hitsByClause.set(clause, [h]);
    }
  }
  const legSymptomSentences = new Set<number>();
  const presentBySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    if (h.state !== 'present') continue;
    const s = sentenceOf(h.start);
    if (isLegSymptom(h.id)) legSymptomSentences.add(s);
    const list = presentBySentence.get(s);
    if (list) list.push(h);
    else presentBySentence.set(s, [h]);
  }

  for (const t of times) {
    const clause = (toks[t.start] as MatchToken).clause;
    const sentence = sentenceOf(t.start);
    const clauseHits = hitsByClause.get(clause) ?? [];
    for (const h of clauseHits) {
      const max = lexicon.get(h.id)?.maxAgeDays;
      if (max !== undefined && t.days !== null && t.days > max && h.state === 'present') dropped.add(h);
    }
    if (clauseHits.some((h) => historyGroups.has(findingsById.get(h.id)?.group ?? ''))) {
      if (t.point && t.days !== null && t.days < 14) refs.push(t);
      continue;
    }
    if (t.days === null) continue;
    if (t.point && isCrampEpisode(clauseHits.filter((h) => h.state === 'present'))) continue;
    const symptom = legSymptomSentences.has(sentence);
    let cont = false;
    for (let i = t.start - 6; i <= t.end + 6; i++) {
      const tok = toks[i];
      if (tok && tok.clause === clause && continuation.has(tok.m)) cont = true;
    }
    if (!symptom && !cont) continue;
    timedSentences.add(sentence);
    added.push({
      id: t.days < 14 ? 'onset_within_two_weeks' : 'symptoms_over_two_weeks',
      start: t.start,
      end: t.end,
      state: 'present',
      derived: true,
    });
  }

  if (refs.length > 0) {
    /** Clauses that say the symptom follows ("now", "since"…). */
    const afterClauses = new Set<number>();
    for (const tok of toks) if (after.has(tok.m)) afterClauses.add(tok.clause);
    const receives = (h: Hit) => h.state === 'present' && isLegSymptom(h.id) && !dropped.has(h);
    /** Per untimed sentence: does it receive a reference from the sentence before, and the last clause of a
     * same-sentence receiver (a later clause that says "now" / "since"). */
    const fromPrevious = new Map<number, boolean>();
    const lastAfterClause = new Map<number, number>();
    for (const [s, present] of presentBySentence) {
      const receivers = present.filter(receives);
      if (receivers.length === 0) continue;
      // A sentence with a time of its own takes nothing from the sentence before; a later clause of its own that
      // says "now" still follows a recent event told in it ("swelling for months, squatting today, now the calf
      // is puffy").
      if (!timedSentences.has(s)) fromPrevious.set(s, !isCrampEpisode(present));
      for (const h of receivers) {
        const c = (toks[h.start] as MatchToken).clause;
        if (afterClauses.has(c)) lastAfterClause.set(s, Math.max(lastAfterClause.get(s) ?? -1, c));
      }
    }
    for (const ref of refs) {
      const sentence = sentenceOf(ref.start);
      const clause = (toks[ref.start] as MatchToken).clause;
      const received =
        fromPrevious.get(sentence + 1) === true || (lastAfterClause.get(sentence) ?? -1) > clause;
      if (received) {
        added.push({
          id: 'onset_within_two_weeks',
          start: ref.start,
          end: ref.end,
          state: 'present',
          derived: true,
        });
      }
    }
  }
  const kept = hits.filter((h) => !dropped.has(h));
  return [...longStanding(kept, times, toks, locale), ...added];
}

/** The suddenness words of an onset-dated finding: its own words, not a later change. */
const suddenWords: ReadonlySet<string> = new Set(['suddenly', 'sudden', 'repente', 'repentinamente', 'then']);

/**
 * Words that mark a change as new, whatever the older times around it ("for years, and now both legs are weak");
 * "after" is left out ("hard to get up after sitting" says when, not that it is new).
 */
const newChange: ReadonlySet<string> = new Set([
  'suddenly',
  'sudden',
  'recently',
  'lately',
  'new',
  'newly',
  'repente',
  'repentinamente',
  'recientemente',
  'nueva',
  'nuevo',
  'now',
  'then',
  'ahora',
  'luego',
]);

/**
 * A finding with `longStanding` (new weakness of both legs) said of a symptom that has lasted longer than its
 * bound becomes its long-standing reading (progressive weakness), and the finding itself stays open for the
 * screen to ask. The times that count are those of its own sentence, or of a later sentence that says
 * no symptom of its own ("Been like this for months."). Any word of a new change keeps the finding as said.
 */
function longStanding(
  hits: readonly Hit[],
  times: readonly TimeExpression[],
  toks: readonly MatchToken[],
  locale: Locale,
): Hit[] {
  const rules = hits.filter((h) => h.state === 'present' && locale.lexicon.get(h.id)?.longStanding);
  if (rules.length === 0) return [...hits];
  const sentenceOf = (i: number) => (toks[i] as MatchToken).sentence;
  const symptomSentences = new Set<number>();
  for (const h of hits)
    if (h.state === 'present' && isLegSymptom(h.id)) symptomSentences.add(sentenceOf(h.start));
  const out: Hit[] = [];
  for (const h of hits) {
    const rule = rules.includes(h) ? locale.lexicon.get(h.id)?.longStanding : undefined;
    if (!rule) {
      out.push(h);
      continue;
    }
    const s = sentenceOf(h.start);
    const counted = rule.onsetDated ? times.filter((t) => t.point) : times;
    const own = counted.filter((t) => sentenceOf(t.start) === s);
    let said = own;
    // Up to two later sentences that say no symptom of their own ("I cover up outdoors. Been like this for months.").
    for (let next = s + 1; said.length === 0 && next <= s + 2 && !symptomSentences.has(next); next++) {
      said = counted.filter((t) => sentenceOf(t.start) === next);
    }
    // "for months now" dates the duration; "now" elsewhere in the sentence says something has changed.
    const afterTime = new Set(times.map((t) => t.end + 1));
    const marked = toks.some(
      (t, i) =>
        t.sentence === s &&
        newChange.has(t.m) &&
        !afterTime.has(i) &&
        !(rule.onsetDated && suddenWords.has(t.m)),
    );
    const old = said.length > 0 && said.every((t) => t.days !== null && t.days > rule.afterDays);
    if (!old || marked) {
      out.push(h);
      continue;
    }
    out.push({ id: h.id, start: h.start, end: h.end, state: 'unknown' });
    out.push({ id: rule.readAs, start: h.start, end: h.end, state: 'present', derived: true });
  }
  return out;
}

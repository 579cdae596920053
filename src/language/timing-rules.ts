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
  const inClause = (h: Hit, clause: number) => {
    for (let i = h.start; i <= h.end; i++) if (toks[i]?.clause === clause) return true;
    return false;
  };
  const sentenceOf = (i: number) => (toks[i] as MatchToken).sentence;
  const timedSentences = new Set<number>();
  const refs: TimeExpression[] = [];

  for (const t of times) {
    const clause = (toks[t.start] as MatchToken).clause;
    const sentence = sentenceOf(t.start);
    const clauseHits = hits.filter((h) => inClause(h, clause));
    for (const h of clauseHits) {
      const max = lexicon.get(h.id)?.maxAgeDays;
      if (max !== undefined && t.days !== null && t.days > max && h.state === 'present') dropped.add(h);
    }
    if (clauseHits.some((h) => historyGroups.has(findingsById.get(h.id)?.group ?? ''))) {
      if (t.point && t.days !== null && t.days < 14) refs.push(t);
      continue;
    }
    if (t.days === null) continue;
    const present = hits.filter((h) => h.state === 'present');
    if (t.point && isCrampEpisode(present.filter((h) => inClause(h, clause)))) continue;
    const symptom = present.some((h) => sentenceOf(h.start) === sentence && isLegSymptom(h.id));
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

  for (const ref of refs) {
    const sentence = sentenceOf(ref.start);
    const clause = (toks[ref.start] as MatchToken).clause;
    const receivers = hits.filter((h) => {
      if (h.state !== 'present' || !isLegSymptom(h.id) || dropped.has(h)) return false;
      const s = sentenceOf(h.start);
      if (timedSentences.has(s)) return false;
      if (s === sentence + 1)
        return !isCrampEpisode(hits.filter((g) => sentenceOf(g.start) === s && g.state === 'present'));
      if (s !== sentence || (toks[h.start] as MatchToken).clause <= clause) return false;
      // Same sentence: only a later part that says "now" / "since" follows from the event.
      const c = (toks[h.start] as MatchToken).clause;
      for (let i = 0; i < toks.length; i++)
        if (toks[i]?.clause === c && after.has(toks[i]?.m ?? '')) return true;
      return false;
    });
    if (receivers.length > 0) {
      added.push({
        id: 'onset_within_two_weeks',
        start: ref.start,
        end: ref.end,
        state: 'present',
        derived: true,
      });
    }
  }
  return [...hits.filter((h) => !dropped.has(h)), ...added];
}

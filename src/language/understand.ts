import { type EvidenceState, type FindingId, findingsById, triageRules } from '../knowledge/index.js';
import { type CompiledEntry, sentenceFilters } from './compiled.js';
import { type Cues, findCues } from './cues.js';
import { derive } from './derive.js';
import { prepare } from './input.js';
import type { Lang, Locale } from './locale.js';
import { compiledLocale } from './locales/index.js';
import type { MatchToken } from './pattern.js';
import { readDoubt, readState, thirdParty } from './reading.js';
import { applyTimes } from './timing-rules.js';
import { tokenise } from './tokens.js';
import type { RecognisedTerm, Side, Understanding, UnderstoodFinding } from './types.js';
import { unrecognisedClauses } from './unrecognised.js';
import { voiceOf } from './voice.js';

/** One reading of a finding at one place in the text. */
export interface Hit {
  readonly id: FindingId;
  readonly start: number;
  readonly end: number;
  readonly state: EvidenceState;
  readonly entry?: CompiledEntry;
  readonly derived?: true;
  /** An unknown reading that is a positive mention said with doubt (see `readDoubt`). */
  readonly doubtedPositive?: true;
}

export interface Analysis {
  readonly locale: Locale;
  readonly toks: readonly MatchToken[];
  readonly cues: Cues;
  readonly clauseStart: readonly number[];
}

const group = (id: FindingId) => findingsById.get(id)?.group;

/** Where it hurts: a hedge on these says the person is unsure of the place, not of the pain. */
const painSites: ReadonlySet<FindingId> = new Set<FindingId>([
  'pain_feet_toes',
  'pain_calf',
  'pain_buttock_thigh',
  'pain_knee',
  'pain_hip_groin',
  'pain_shin',
  'pain_heel',
  'pain_outer_hip',
]);

/** Findings that send a person to a doctor within a day or to emergency care (as the safety tests define them). */
const redFlags: ReadonlySet<FindingId> = new Set(
  triageRules
    .filter(
      (r) => r.level === 'emergency_ambulance' || r.level === 'emergency' || r.level === 'consultation_24',
    )
    .flatMap((r) => [...r.all, ...(r.any ?? [])]),
);

/** Does one of `items` start in tokens from..to of `sentence`? "=word" must stand right before `from`'s end. */
function windowHas(
  toks: readonly MatchToken[],
  from: number,
  to: number,
  items: readonly string[],
  sentence: number,
): boolean {
  for (const item of items) {
    const adjacent = item.startsWith('=');
    const words = (adjacent ? item.slice(1) : item).split('_');
    const lo = adjacent ? to - words.length + 1 : from;
    const hi = adjacent ? lo : to;
    for (let i = Math.max(0, lo); i <= hi; i++) {
      if (words.every((w, k) => toks[i + k]?.m === w && toks[i + k]?.sentence === sentence)) return true;
    }
  }
  return false;
}

/**
 * Hits dropped by others: a finding's `suppresses` inside its span, a later-starting overlapping match of the
 * same finding ("saddle area" within "numbness in the saddle area": the same phrase read with less context, a
 * negation before the phrase can fall outside its window), and `suppressesInSentence` in the same sentence as a
 * present match. Matches span a bounded number of tokens, so looking only at hits starting inside a span keeps
 * this linear in the number of hits (comparing every pair was quadratic).
 */
function suppressed(
  hits: readonly Hit[],
  toks: readonly MatchToken[],
  inert: ReadonlySet<Hit>,
  contrastOpens: (clause: number) => boolean,
): Suppression {
  const dropped = new Set<Hit>();
  const suppressors = new Set<Hit>();
  const shadowedByInert = new Map<Hit, Hit>();
  const drop = (g: Hit, by: Hit) => {
    dropped.add(g);
    suppressors.add(by);
  };
  const byStart = [...hits].sort((a, b) => a.start - b.start);
  const bySentenceAndId = new Map<string, Hit[]>();
  for (const g of hits) {
    const key = `${toks[g.start]?.sentence}:${g.id}`;
    const list = bySentenceAndId.get(key);
    if (list) list.push(g);
    else bySentenceAndId.set(key, [g]);
  }
  const droppedInSentence = new Set<string>();
  let first = 0;
  for (const h of byStart) {
    while ((byStart[first] as Hit).start < h.start) first++;
    const lex = h.entry?.lex;
    for (let k = first; k < byStart.length && (byStart[k] as Hit).start <= h.end; k++) {
      const g = byStart[k] as Hit;
      if (g === h) continue;
      if (inert.has(h)) {
        if (g.id === h.id && g.start > h.start && !shadowedByInert.has(g)) shadowedByInert.set(g, h);
        continue;
      }
      if (lex?.suppresses?.includes(g.id) && g.end <= h.end && !h.entry?.entry.leavesOthers) drop(g, h);
      // Not a plain reading in a later clause opened by "but", "although"…: a negation or hedge the longer match
      // read before its start is of its own first clause ("I'm not tense, but the calf is swollen and rock hard").
      const gClause = toks[g.start]?.clause ?? -1;
      const laterClausePlain =
        h.state !== 'present' &&
        g.state === 'present' &&
        gClause !== toks[h.start]?.clause &&
        contrastOpens(gClause);
      if (g.id === h.id && g.start > h.start && !laterClausePlain) drop(g, h);
      // A one-word mention of a finding that a longer phrase starting at the same word reads otherwise: the
      // phrase has the context ("my temperature is normal" is no fever, though "temperature" alone is one).
      if (
        g.id === h.id &&
        g.start === h.start &&
        g.end === g.start &&
        h.end > g.end &&
        g.state === 'present' &&
        h.state !== 'present'
      )
        drop(g, h);
    }
    if (inert.has(h)) continue;
    if (h.state === 'present' && lex?.suppressesInSentence) {
      const sentence = toks[h.start]?.sentence;
      for (const id of lex.suppressesInSentence) {
        const key = `${sentence}:${id}`;
        if (droppedInSentence.has(key)) continue;
        droppedInSentence.add(key);
        for (const g of bySentenceAndId.get(key) ?? []) if (g !== h) drop(g, h);
      }
    }
  }
  return { dropped, suppressors, shadowedByInert };
}

interface Suppression {
  readonly dropped: ReadonlySet<Hit>;
  /** Hits that dropped at least one other. */
  readonly suppressors: ReadonlySet<Hit>;
  /** A later-starting match of the same finding inside an inert hit's span, with that hit. */
  readonly shadowedByInert: ReadonlyMap<Hit, Hit>;
}

const spanKey = (h: Hit) => `${h.id}:${h.start}:${h.end}`;

/**
 * Suppression, time rules and derived findings. A match that hides others but is itself dropped later (its
 * `requiresAny`, its age, its symptom context) must hide nothing: the words are read again without it, so a
 * shorter pattern of the same finding, or another finding, still reads them ("now his toes tingle and it's up
 * to his knees" when the longer pattern needed a recent onset). A negation or hedge the longer match read
 * stays with the shorter one of the same finding (the longer match saw more of the clause). Rounds are
 * bounded; a second one happens only when a suppressor fell.
 */
function settle(raw: readonly Hit[], a: Analysis, times: ReturnType<Locale['findTimes']>): Hit[] {
  const inert = new Set<Hit>();
  const contrastOpens = (clause: number) => {
    const start = a.clauseStart[clause] ?? -1;
    return [a.toks[start], a.toks[start - 1]].some(
      (t) => t !== undefined && a.locale.clauseBreakWords.has(t.m),
    );
  };
  for (let round = 0; ; round++) {
    const { dropped, suppressors, shadowedByInert } = suppressed(raw, a.toks, inert, contrastOpens);
    const kept = raw
      .filter((h) => !dropped.has(h))
      .map((g) => {
        const longer = shadowedByInert.get(g);
        return longer && longer.state !== 'present' && g.state === 'present'
          ? {
              ...g,
              state: longer.state,
              ...(longer.doubtedPositive ? { doubtedPositive: true as const } : {}),
            }
          : g;
      });
    const out = derive(applyTimes(kept, times, a.toks, a.locale), a);
    if (round === 2) return out;
    const survived = new Set(out.map(spanKey));
    let fell = false;
    for (const h of suppressors) {
      // A suppressor dropped by another is settled by that one; only one that passed suppression can fall later.
      if (dropped.has(h) || survived.has(spanKey(h))) continue;
      inert.add(h);
      fell = true;
    }
    if (!fell) return out;
  }
}

/** The words at `start` are only what something is likened to ("looks like a bruise", "like an electric shock"). */
function likened(toks: readonly MatchToken[], start: number): boolean {
  const before = toks[start - 1]?.m;
  if (before === 'like') return true;
  return (before === 'a' || before === 'an') && toks[start - 2]?.m === 'like';
}

/**
 * Reads free text into catalog findings. Pure; linear in the text, which is at most `maxTextLength`. `lang`
 * picks the locale (lexicon, negation and hedge cues, time expressions); the findings are the same catalog ids.
 */
export function understand(text: string, lang: Lang = 'en'): Understanding {
  const compiled = compiledLocale(lang);
  const { locale, spelling, findingIndex, notRelevantIndex, sentenceFilterIndex } = compiled;
  const prepared = prepare(text);
  const tokens = tokenise(prepared.text, locale);
  const read: MatchToken[] = tokens.map((t) => ({
    m: t.kind === 'word' ? (spelling.correct(t.w) ?? t.w) : t.w,
    kind: t.kind,
    sentence: t.sentence,
    clause: t.clause,
  }));
  const toks = locale.retoken ? locale.retoken(read) : read;
  const cues = findCues(toks, compiled);
  const clauseStart: number[] = [];
  toks.forEach((t, i) => {
    if (clauseStart[t.clause] === undefined) clauseStart[t.clause] = i;
  });
  const analysis: Analysis = { locale, toks, cues, clauseStart };

  // Sentences where each sentence filter matches.
  const filterSentences = new Map<string, Set<number>>();
  /** Filters that match somewhere in the text with a plain (not negated, not hedged) reading. */
  const filterStated = new Set<string>();
  /** Sentences where each filter matches with a plain reading. */
  const statedSentences = new Map<string, Set<number>>();
  /** Sentences where each filter matches, leaving out what a thing is only likened to ("looks like a bruise"). */
  const literalSentences = new Map<string, Set<number>>();
  /** The same, other than denied ("not like a cramp" does not make it a cramp). */
  const literalUndeniedSentences = new Map<string, Set<number>>();
  const note = (map: Map<string, Set<number>>, src: string, sentence: number) => {
    const set = map.get(src) ?? new Set<number>();
    set.add(sentence);
    map.set(src, set);
  };
  sentenceFilterIndex.scan(toks, (src, m) => {
    const sentence = (toks[m.start] as MatchToken).sentence;
    const simile = likened(toks, m.start);
    note(filterSentences, src, sentence);
    if (!simile) note(literalSentences, src, sentence);
    const reading = readState(analysis, m, { p: src }, false);
    if (reading !== 'absent' && !simile) note(literalUndeniedSentences, src, sentence);
    if (!thirdParty(toks, m, locale) && reading === 'present') {
      filterStated.add(src);
      const stated = statedSentences.get(src) ?? new Set<number>();
      stated.add(sentence);
      statedSentences.set(src, stated);
    }
  });

  // 1. Raw matches, filtered and read.
  let hits: Hit[] = [];
  const seen = new Set<string>();
  findingIndex.scan(toks, (ce, m) => {
    const { entry, lex } = ce;
    const sentence = (toks[m.start] as MatchToken).sentence;
    if (entry.notAfter && windowHas(toks, m.start - 3, m.start - 1, entry.notAfter, sentence)) return;
    if (entry.notBefore && windowHas(toks, m.end + 1, m.end + 4, entry.notBefore, sentence)) return;
    if (entry.withinSentence && !filterSentences.get(entry.withinSentence)?.has(sentence)) return;
    if (entry.notInSentence && literalSentences.get(entry.notInSentence)?.has(sentence)) return;
    if (entry.withStatedInSentence && !statedSentences.get(entry.withStatedInSentence)?.has(sentence)) return;
    if (entry.notWithStatedInSentence && statedSentences.get(entry.notWithStatedInSentence)?.has(sentence))
      return;
    if (entry.withinText && !filterStated.has(entry.withinText)) return;
    if (
      entry.notWhen?.some(
        (w) =>
          filterSentences.get(w.sentence)?.has(sentence) &&
          (w.text === undefined || filterStated.has(w.text)),
      )
    )
      return;
    if (ce.id !== 'family_history_rls' && thirdParty(toks, m, locale)) return;
    const { reading, doubtedPositive } = readDoubt(analysis, m, entry, group(ce.id) === 'relief');
    if (reading === null) return;
    // A finding's sentence filters name what the words mean instead ("the joint isn't swollen" is about a
    // joint); only a denied filter beside a stated finding ("agonising, not like a cramp") leaves it standing.
    const filtered = reading === 'present' ? literalUndeniedSentences : literalSentences;
    if (sentenceFilters(lex).some((f) => filtered.get(f)?.has(sentence))) return;
    // Two patterns reading the same words the same way are one hit, unless their requirements differ: one
    // that fails its own must not hide one that has none.
    const key = `${ce.id}:${m.start}:${m.end}:${reading}:${entry.requiresAny?.join(',') ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    // "I think it's my hip", "sore in the groin area I think": the doubt is about where, not whether it hurts.
    if (doubtedPositive && painSites.has(ce.id)) {
      hits.push({ id: ce.id, start: m.start, end: m.end, state: 'present', entry: ce });
      return;
    }
    const hit: Hit = { id: ce.id, start: m.start, end: m.end, state: reading, entry: ce };
    hits.push(doubtedPositive ? { ...hit, doubtedPositive } : hit);
  });

  // 2. Suppression: "restless legs run in the family" is family history, not restless legs.
  // 3. Time expressions, then derived findings (symptom-dependent, bilateral, implications).
  const recognisedSpans: [number, number][] = hits.map((h) => [h.start, h.end]);
  const times = locale.findTimes(toks);
  for (const t of times) recognisedSpans.push([t.start, t.end]);
  hits = settle(hits, analysis, times);

  // 4. One finding per id: present beats unknown beats absent. Outside the red flags, a plain denial beats a
  // hedge said elsewhere ("I think I might have restless legs?? ... I don't get any urge to move them"): the
  // hedge is about a label, the denial about the feature. A red flag said with doubt stays open to be asked.
  const rank = (id: FindingId, state: EvidenceState) =>
    state === 'present' ? 2 : redFlags.has(id) ? (state === 'unknown' ? 1 : 0) : state === 'absent' ? 1 : 0;
  const byId = new Map<FindingId, { first: number; best: Hit }>();
  for (const h of [...hits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const cur = byId.get(h.id);
    if (!cur) byId.set(h.id, { first: h.start, best: h });
    else if (rank(h.id, h.state) > rank(cur.best.id, cur.best.state)) cur.best = h;
  }
  // A doubt is about a positive mention only if nothing else said of the finding doubts or denies it
  // ("temp normal i think" also matches the bare "temp").
  const doubtedOtherwise = new Set(
    hits.filter((h) => h.state !== 'present' && !h.doubtedPositive).map((h) => h.id),
  );
  const span = (start: number, end: number): [number, number] => {
    const s = prepared.offsets[tokens[start]?.start ?? 0] ?? 0;
    const e = (prepared.offsets[(tokens[end]?.end ?? 1) - 1] ?? s) + 1;
    return [s, e];
  };
  const findings: UnderstoodFinding[] = [...byId.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ best }) => {
      const [s, e] = span(best.start, best.end);
      const side = findingsById.has(best.id) ? sideOf(best, toks, locale) : undefined;
      // A one-leg sign said of both legs is not that sign: leave it for the interview to ask.
      let bothLegs = side === 'both';
      // "Both", or a plural leg word the sign is said of ("my feet go red and hot", "his legs are red and
      // swollen"): looked for in the match and up to five words before it in the same clause.
      const clause = toks[best.start]?.clause;
      for (let i = Math.max(0, best.start - 5); i <= best.end && !bothLegs; i++)
        if (i >= best.start || toks[i]?.clause === clause)
          if (locale.bothWords.has(toks[i]?.m ?? '') || locale.bilateralAt(toks, i) >= 0) bothLegs = true;
      // "My feet flare up at night - they go red and hot": "they" there stands for the legs or feet named
      // earlier in the same sentence (not when one side is named with the sign: "they said my left leg is red").
      if (!bothLegs && side === undefined && oneLegFindings.has(best.id))
        bothLegs = pluralPronounForLegs(best, toks, locale);
      const state =
        bothLegs && oneLegFindings.has(best.id) && best.state === 'present' ? 'unknown' : best.state;
      const base: UnderstoodFinding = { id: best.id, state, span: [s, e] as const, text: text.slice(s, e) };
      const doubted =
        state === 'unknown' &&
        best.state === 'unknown' &&
        best.doubtedPositive &&
        !doubtedOtherwise.has(best.id);
      const said = doubted ? { ...base, possibly: true as const } : base;
      return side ? { ...said, side } : said;
    });

  // 5. Known terms with no finding, and clauses not understood.
  const recognisedNotRelevant: RecognisedTerm[] = [];
  notRelevantIndex.scan(toks, (note, m) => {
    const [s, e] = span(m.start, m.end);
    recognisedNotRelevant.push({ term: text.slice(s, e), span: [s, e], note });
    recognisedSpans.push([m.start, m.end]);
  });
  const unrecognised = unrecognisedClauses(
    toks,
    recognisedSpans,
    (start, end) => {
      const [s, e] = span(start, end);
      return text.slice(s, e);
    },
    locale.filler,
  );

  return {
    findings,
    unrecognised,
    recognisedNotRelevant,
    truncated: prepared.truncated,
    analysedLength: prepared.analysedLength,
    voice: voiceOf(toks, locale),
  };
}

const oneLegFindings: ReadonlySet<string> = new Set(['one_leg_swollen', 'one_leg_warm_red']);

/** "they"/"them" just before or in the match, with both legs or feet named earlier in the sentence and no body part after it. */
function pluralPronounForLegs(h: Hit, toks: readonly MatchToken[], locale: Locale): boolean {
  const sentence = toks[h.start]?.sentence;
  let pronoun = -1;
  for (let i = Math.max(0, h.start - 5); i <= h.end; i++)
    if (toks[i]?.sentence === sentence && locale.legPronouns.has(toks[i]?.m ?? '')) {
      pronoun = i;
      break;
    }
  if (pronoun < 0) return false;
  // A body part named after the pronoun is what the sign is said of ("they said the leg is red").
  for (let i = pronoun + 1; i <= h.end; i++) if (locale.bodyParts.has(toks[i]?.m ?? '')) return false;
  for (let i = pronoun - 1; i >= 0 && toks[i]?.sentence === sentence; i--)
    if (locale.bilateralAt(toks, i) >= 0) return true;
  return false;
}

function sideOf(h: Hit, toks: readonly MatchToken[], locale: Locale): Side | undefined {
  if (!locale.lexicon.get(h.id)?.sided) return undefined;
  const isSideWord = locale.sideAt;
  const clause = toks[h.start]?.clause;
  for (let i = Math.max(0, h.start - 5); i <= h.end; i++) {
    if (toks[i]?.clause !== clause && i < h.start) continue;
    const s = isSideWord(toks, i);
    if (s) return s;
  }
  const sentence = toks[h.start]?.sentence;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]?.sentence !== sentence) continue;
    const s = isSideWord(toks, i);
    if (s) return s;
  }
  return undefined;
}

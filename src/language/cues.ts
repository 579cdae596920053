/**
 * Negation and hedge cues. Each token is marked once; a finding's reading then looks back over its clause
 * (and across a comma for lists: "no swelling, redness or warmth") and forward for hedges ("bigger maybe").
 */
import type { CompiledLocale } from './compiled.js';
import type { CueKind } from './locale.js';
import type { MatchToken } from './pattern.js';

/** "not sure if it's related", "no idea whether that's connected": each doubt head × link words. */
function relevanceDoubts(): string {
  const heads = [
    'not_sure',
    "i'm_not_sure",
    'unsure',
    "don't_know",
    'dunno',
    'no_idea',
    'not_certain',
    'wonder',
  ];
  const joins = ['if', 'whether'];
  const subjects = [
    "it's",
    'its',
    'it_is',
    "that's",
    'thats',
    'that_is',
    "they're",
    'theyre',
    'they_are',
    'this_is',
  ];
  const links = ['related', 'connected', 'relevant', 'linked', 'important', 'part_of_it', 'the_same_thing'];
  const out: string[] = [];
  for (const h of heads)
    for (const j of joins) for (const s of subjects) for (const l of links) out.push(`${h}_${j}_${s}_${l}`);
  return out.join('|');
}

/** English cue patterns (the other locales keep theirs under locales/). */
export const cuePatterns: readonly [CueKind, string][] = [
  // Not cues at all (checked first; they block the words they cover).
  [
    'none',
    "not_only|no_way|no_matter|no_doubt|never_mind|nothing_like_that|not_too_bad|not_that_bad|not_bad|nothing_else|not_even_sure|can't|cannot|couldn't|not_long|no_longer_than|before_long|not_until",
  ],
  // A past illness put out of mind ("we never think about her cancer these days"): it was had, not denied.
  [
    'none',
    "never_think_about|never_thinks_about|never_thought_about|don't_think_about|doesn't_think_about|hardly_think_about|hardly_ever_think_about|rarely_think_about|never_worry_about|never_worries_about|never_even_think_about",
  ],
  // Doubt about the link, not the symptom ("chest pain too, not sure if it's related"): the sign is stated.
  ['none', relevanceDoubts()],
  // Vague complaints said with a "no" or "not" ("my knees are no good at night", "my leg isn't right in bed"): the
  // trouble is told, not denied. ("not right" only before a time or place: "not the right leg" stays a denial.)
  [
    'none',
    "no_good|isn't_right|aren't_right|not_quite_right|not_right_at|not_right_in|not_right_since|not_right_when",
  ],
  // Sleep or an ability lost to the symptom ("I don't get any sleep with the burning in my feet", "I haven't been
  // able to walk since the swelling started"): the "not" is the sleep's or the ability's, not the symptom's.
  [
    'none',
    "haven't_been_able|hasn't_been_able|have_not_been_able|has_not_been_able|not_been_able|wasn't_able|weren't_able|isn't_able|not_able|don't_get_any_sleep|don't_get_much_sleep|doesn't_get_any_sleep|doesn't_get_much_sleep|don't_get_enough_sleep|didn't_get_any_sleep|didn't_sleep|don't_sleep|doesn't_sleep|haven't_slept|hasn't_slept|not_slept|not_sleeping|never_sleep|don't_get_a_wink|didn't_get_a_wink|not_a_wink|no_sleep",
  ],
  // Legs that "won't keep still" or "can't sit still" are the restlessness itself: the "not" must not reach on to
  // "when I go to bed" and deny the rest that brings it on.
  [
    'none',
    "won't_keep_still|wont_keep_still|won't_stay_still|wont_stay_still|won't_sit_still|wont_sit_still|won't_lie_still|wont_lie_still|can't_keep_still|cant_keep_still|can't_stay_still|cant_stay_still|can't_sit_still|cant_sit_still|can't_lie_still|cant_lie_still|won't_keep_them_still|can't_keep_them_still",
  ],
  // "Confused today, which isn't like her": the "not" says the sign is new for the person, not that it is absent.
  [
    'none',
    "isn't_like_her|isnt_like_her|not_like_her|isn't_like_him|isnt_like_him|not_like_him|isn't_like_me|isnt_like_me|not_like_me|isn't_like_them|not_like_them|not_like_her_at_all|not_like_him_at_all|isn't_like_mum|isn't_like_dad|not_like_mum|not_like_dad",
  ],
  // The symptom lasts ("pain in my thigh bone that won't go away and is worse in bed"): not a negation of the
  // symptom, but still a negation of relief ("it doesn't go away when I walk").
  [
    'persist',
    "won't_go_away|wont_go_away|doesn't_go_away|doesnt_go_away|don't_go_away|never_goes_away|never_go_away|not_going_away|hasn't_gone_away|hasn't_gone|won't_go|won't_settle|won't_ease|won't_shift|won't_budge|won't_let_up|doesn't_let_up|never_lets_up|won't_go_down|hasn't_gone_down|not_gone_down",
  ],
  [
    'strong_hedge',
    "hard_to_tell|can't_tell|can't_really_tell|cannot_tell|not_sure|not_certain|i'm_not_sure|unsure|that_i_know_of|as_far_as_i_know|or_not|don't_know|dunno|no_idea",
  ],
  [
    'relief_neg',
    "does_nothing|do_nothing|did_nothing|does_nothing_for_it|no_difference|makes_no_difference|make_no_difference|doesn't_help|don't_help|didn't_help|does_not_help|do_not_help|no_help|no_relief|doesn't_work|don't_work|didn't_work|doesn't_do_anything|doesn't_make_any_difference|don't_make_any_difference|doesn't_change|doesn't_ease|don't_ease|doesn't_relieve|won't_help|not_helping|not_help",
  ],
  [
    'hedge',
    "maybe|perhaps|possibly|possible|might|may|could_be|i_think|i_thought|thought_it_was|assumed|i_assumed|i_guess|guess|suppose|i_wonder|wonder_if|whether|don't_think|do_not_think|unclear|not_clear|query|questionable|suspect|if_it's|if_it_is|kind_of_think",
  ],
  [
    'neg',
    "no|not|never|without|denies|deny|denied|denying|don't|doesn't|didn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|won't|wouldn't|nothing|none|neither|nor|nobody|ruled_out|free_of|negative_for|absence_of|lack_of|no_longer|n't|dont|doesnt|isnt|arent|havent|hasnt|wasnt|never_had|don't_have|do_not|does_not|did_not|have_not|has_not|is_not|are_not|was_not",
  ],
];

/** Post hedges that only reach to the end of their own clause. */
export const clauseHedges: ReadonlySet<string> = new Set([
  'maybe',
  'perhaps',
  'possibly',
  'i_think',
  'i_guess',
  'guess',
  'suppose',
]);

export const approxNext: ReadonlySet<string> = new Set([
  'once',
  'twice',
  'a',
  'an',
  'half',
  'few',
  'couple',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'twenty',
  'thirty',
  'every',
  'about',
  'around',
]);
export const approxUnits: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'min',
  'mins',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'time',
  'times',
  'night',
  'nights',
  'so',
]);

const sentenceEnds: ReadonlySet<string> = new Set(['.', '!', '?', '\n']);

export interface Cues {
  readonly neg: readonly boolean[];
  readonly hedge: readonly boolean[];
  /** 1: hedges its own clause backwards ("bigger maybe"); 2: hedges its whole sentence ("hard to tell"). */
  readonly postHedge: readonly number[];
  readonly reliefNeg: readonly boolean[];
  /** Persistence ("won't go away"): negates a relief reading only. */
  readonly persist: readonly boolean[];
  /** Every token that is part of some cue. */
  readonly cue: readonly boolean[];
}

function isApproximation(
  toks: readonly MatchToken[],
  start: number,
  end: number,
  approxNext: ReadonlySet<string>,
  units: ReadonlySet<string>,
): boolean {
  const next = toks[end + 1];
  const after = toks[end + 2];
  const prev = toks[start - 1];
  if (
    next &&
    (next.kind === 'num' || (approxNext.has(next.m) && (next.m !== 'a' || (after && units.has(after.m)))))
  )
    return true;
  return prev !== undefined && units.has(prev.m);
}

export function findCues(toks: readonly MatchToken[], compiled: CompiledLocale): Cues {
  const { clauseHedges, approxNext, approxUnits } = compiled.locale;
  const n = toks.length;
  const neg = new Array<boolean>(n).fill(false);
  const hedge = new Array<boolean>(n).fill(false);
  const postHedge = new Array<number>(n).fill(0);
  const reliefNeg = new Array<boolean>(n).fill(false);
  const persist = new Array<boolean>(n).fill(false);
  const cue = new Array<boolean>(n).fill(false);
  const found: { kind: CueKind; start: number; end: number; src: string }[] = [];
  compiled.cueIndex.scan(toks, (v, m) =>
    found.push({ kind: v.kind, start: m.start, end: m.end, src: v.src }),
  );
  const order: CueKind[] = ['none', 'persist', 'strong_hedge', 'relief_neg', 'hedge', 'neg'];
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || order.indexOf(a.kind) - order.indexOf(b.kind));
  const taken = new Array<boolean>(n).fill(false);
  for (const f of found) {
    let free = true;
    for (let i = f.start; i <= f.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    if (f.kind === 'hedge' && isApproximation(toks, f.start, f.end, approxNext, approxUnits)) continue;
    for (let i = f.start; i <= f.end; i++) {
      taken[i] = true;
      cue[i] = f.kind !== 'none';
      if (f.kind === 'neg') neg[i] = true;
      else if (f.kind === 'persist') persist[i] = true;
      else if (f.kind === 'hedge') {
        hedge[i] = true;
        postHedge[i] = clauseHedges.has(f.src) ? 1 : 0;
      } else if (f.kind === 'strong_hedge') {
        hedge[i] = true;
        postHedge[i] = 2;
      } else if (f.kind === 'relief_neg') {
        reliefNeg[i] = true;
        neg[i] = true;
      }
    }
  }
  // A hedge said last, after a comma, doubts what came before it in the sentence ("no fever, I think";
  // "no tengo fiebre, creo").
  for (let i = 1; i < n; i++) {
    if (postHedge[i] !== 1 || postHedge[i - 1] === 1 || toks[i - 1]?.m !== ',') continue;
    let end = i;
    while (end + 1 < n && postHedge[end + 1] === 1) end++;
    const next = toks[end + 1];
    if (next === undefined || (next.kind === 'punct' && sentenceEnds.has(next.m)))
      for (let k = i; k <= end; k++) postHedge[k] = 2;
  }
  return { neg, hedge, postHedge, reliefNeg, persist, cue };
}

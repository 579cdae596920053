import { askingWhatToDo } from './asking.js';
import type { Locale } from './locale.js';
import type { MatchToken } from './pattern.js';

/** `self`: the writer describes their own legs; `other`: a relative or carer writes about someone else. */
export type Voice = 'self' | 'other';

/** Possessives name whose relative it is ("my mum"); they do not make the account the writer's own. */
const possessives: ReadonlySet<string> = new Set(['my', 'our', 'mi', 'mis', 'nuestra', 'nuestro']);
/**
 * The writer's own body parts after "my" ("my husband says my legs jerk all night"): the legs are the writer's,
 * so the account is their own although a relative is named first.
 */
const ownBodyParts: ReadonlySet<string> = new Set([
  'leg',
  'legs',
  'foot',
  'feet',
  'calf',
  'calves',
  'knee',
  'knees',
  'toe',
  'toes',
  'thigh',
  'thighs',
  'ankle',
  'ankles',
  'hip',
  'hips',
  'shin',
  'shins',
  'pierna',
  'piernas',
  'pie',
  'pies',
  'rodilla',
  'rodillas',
  'tobillo',
  'tobillos',
]);
const ownPossessives: ReadonlySet<string> = new Set(['my', 'mi', 'mis']);

/** The writer's asides ("I think", "I'm worried", "creo que") do not make it their own account either. */
const asides: ReadonlySet<string> = new Set([
  'think',
  'know',
  'guess',
  'believe',
  'reckon',
  'wonder',
  'suppose',
  'worried',
  'writing',
  'asking',
  'not',
  'preocupa',
  'parece',
  'escribo',
  'pregunto',
  'consulto',
]);

/** The relative as the object of what the writer does ("I keep telling him", "I give her a hot water bottle"). */
const relativeObjects: ReadonlySet<string> = new Set(['him', 'her']);

/**
 * What a carer does to or sees of the relative ("when I press on it", "I noticed when I was rubbing cream in"):
 * the writer handles or watches, the account stays the relative's.
 */
const handlingVerbs: ReadonlySet<string> = new Set([
  'noticed',
  'notice',
  'spotted',
  'saw',
  'see',
  'press',
  'pressed',
  'pressing',
  'touch',
  'touched',
  'touching',
  'squeeze',
  'squeezed',
  'rub',
  'rubbed',
  'rubbing',
  'massage',
  'massaged',
  'massaging',
  'checked',
  'check',
  'washed',
  'washing',
  'dressed',
  'dressing',
  'helped',
  'help',
  'lift',
  'lifted',
]);
/** Words between the writer's "I" and what they do ("I was rubbing", "I just noticed"). */
const auxiliaries: ReadonlySet<string> = new Set([
  'was',
  'am',
  'have',
  'had',
  'just',
  'then',
  'first',
  'only',
]);

function handlesRelative(toks: readonly MatchToken[], i: number): boolean {
  let k = i + 1;
  while (k < i + 3 && auxiliaries.has(toks[k]?.m ?? '')) k++;
  return handlingVerbs.has(toks[k]?.m ?? '');
}

/**
 * What the writer's own legs do to a bed partner ("my wife says I kick her all night"): the writer is the
 * sleeper, so the account is their own even though the relative is named.
 */
const ownMovementVerbs: ReadonlySet<string> = new Set([
  'kick',
  'kicks',
  'kicked',
  'kicking',
  'jerk',
  'jerked',
  'jerking',
  'thrash',
  'thrashing',
]);

function actsOnRelative(toks: readonly MatchToken[], i: number): boolean {
  if (handlesRelative(toks, i)) return true;
  let v = i + 1;
  while (v < i + 3 && auxiliaries.has(toks[v]?.m ?? '')) v++;
  if (ownMovementVerbs.has(toks[v]?.m ?? '')) return false;
  const t = toks[i] as MatchToken;
  for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
    const w = toks[k] as MatchToken;
    if (w.sentence !== t.sentence || w.kind === 'punct') return false;
    if (relativeObjects.has(w.m)) return true;
  }
  return false;
}

/**
 * A relative's possessive written without its apostrophe ("my mums leg", "dads foot", "my dads legs"): the
 * relative's word plus "s", after "my"/"our" or opening its sentence. A plural elsewhere ("the mums at school")
 * does not count.
 */
function possessiveWithoutApostrophe(toks: readonly MatchToken[], i: number, locale: Locale): boolean {
  const t = toks[i] as MatchToken;
  if (t.m.length < 3 || !t.m.endsWith('s') || !locale.otherPerson.has(t.m.slice(0, -1))) return false;
  const before = toks[i - 1];
  return (before !== undefined && possessives.has(before.m)) || before?.sentence !== t.sentence;
}

/**
 * Who the account is about: `other` when the text is written for someone else (the locale's own test), or
 * names a relative in its first sentence ("mum keeps crying out at night with her legs") and the writer never
 * speaks of themself except in an aside. The findings are read the same either way (a relative's account is
 * the patient's); only how the questions address the writer changes.
 */
export function voiceOf(toks: readonly MatchToken[], locale: Locale): Voice {
  if (toks.length === 0) return 'self';
  if (locale.onBehalf(toks)) return 'other';
  const first = (toks[0] as MatchToken).sentence;
  let relative = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (ownPossessives.has(t.m) && ownBodyParts.has(toks[i + 1]?.m ?? '')) return 'self';
    if (
      locale.firstPerson.has(t.m) &&
      !possessives.has(t.m) &&
      !asides.has(toks[i + 1]?.m ?? '') &&
      !askingWhatToDo(toks, i) &&
      !(relative && actsOnRelative(toks, i))
    )
      return 'self';
    if (t.sentence === first && (locale.otherPerson.has(t.m) || possessiveWithoutApostrophe(toks, i, locale)))
      relative = true;
  }
  return relative ? 'other' : 'self';
}

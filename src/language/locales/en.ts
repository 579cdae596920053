/** English: the original lexicon and word lists, assembled as a locale. */
import { askingWhatToDo } from '../asking.js';
import { approxNext, approxUnits, clauseHedges, cuePatterns } from '../cues.js';
import { englishBilateralAt, englishVagueComplaintAt, symptomWords } from '../derive.js';
import { lexicon, notRelevant } from '../lexicon/index.js';
import type { Locale } from '../locale.js';
import type { MatchToken } from '../pattern.js';
import { protectedWords } from '../protected-words.js';
import { bodyPartWords, firstPerson, otherPerson, statementWords } from '../reading.js';
import { findTimes } from '../time.js';
import { after, continuation } from '../timing-rules.js';
import { aliases, clauseBreakWords, newSubject } from '../tokens.js';
import type { Side } from '../types.js';
import { filler } from '../unrecognised.js';
import { weekdayWords, wordClasses } from '../words.js';

const limbWords: ReadonlySet<string> = new Set([
  'leg',
  'legs',
  'calf',
  'calves',
  'foot',
  'feet',
  'toe',
  'toes',
  'thigh',
  'shin',
  'ankle',
  'knee',
  'heel',
  'one',
  'side',
  'sided',
  'hand',
  'lower',
  'upper',
  'big',
  'little',
  'buttock',
  'hip',
  'sole',
  'arch',
  'limb',
]);

/** English: "left leg", "my right", "both legs", "both of my feet". */
export function englishSideAt(toks: readonly MatchToken[], i: number): Side | null {
  const t = toks[i]?.m;
  if (t === 'both') {
    const n = toks[i + 1]?.m;
    const n2 = toks[i + 2]?.m;
    if ((n && limbWords.has(n)) || n === 'of' || (n === 'my' && n2 && limbWords.has(n2)) || n === 'sides')
      return 'both';
    return null;
  }
  if (t !== 'left' && t !== 'right') return null;
  const n = toks[i + 1]?.m;
  const p = toks[i - 1]?.m;
  if ((n && limbWords.has(n)) || p === 'the' || p === 'my' || p === 'on') return t;
  return null;
}

const footParts = new Set(['foot', 'feet', 'heel', 'heels', 'toe', 'toes']);
const legParts = new Set(['leg', 'legs', 'shin', 'shins', 'calf', 'calves']);
const owners = new Set([
  'my',
  'the',
  'his',
  'her',
  'your',
  'both',
  'one',
  'each',
  'their',
  'our',
  'left',
  'right',
]);

/**
 * English: "the bottom of my foot" is the sole and "the bottom of my leg" its lower end, never the buttock (a
 * burning sole was read as buttock pain, and a tingling one as saddle numbness).
 */
export function englishRetoken(toks: readonly MatchToken[]): MatchToken[] {
  const out = [...toks];
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as MatchToken;
    if ((t.m !== 'bottom' && t.m !== 'bottoms') || out[i + 1]?.m !== 'of') continue;
    let j = i + 2;
    while (j < i + 5 && owners.has(out[j]?.m ?? '')) j++;
    const part = out[j]?.m ?? '';
    if (footParts.has(part)) out[i] = { ...t, m: t.m === 'bottom' ? 'sole' : 'soles' };
    else if (legParts.has(part)) out[i] = { ...t, m: 'lower' };
  }
  return out;
}

/** English words that are never changed by spelling correction, nor produced by it. */
export const neverCorrect: ReadonlySet<string> = new Set([
  "doesn't",
  "don't",
  "didn't",
  "haven't",
  "hasn't",
  "hadn't",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "won't",
  "wouldn't",
  'without',
  'neither',
  'nothing',
  'denies',
  'denied',
  'never',
  'cannot',
  "can't",
  "couldn't",
  'maybe',
  'perhaps',
  'possibly',
  'might',
  'unsure',
  'whether',
  'nobody',
  'nowhere',
  'though',
  'although',
  'however',
  'except',
  'unless',
  'left',
  'right',
  // The writer's asides ("I'm writing for my dad", "I suppose", "I assume"): corrected to a lexicon word
  // ("waiting") they would stop marking the account as written for someone else.
  'writing',
  'suppose',
  'assume',
  // Real words one letter from a lay word of the reader ("married" is not "carried", "telling" not "yelling",
  // "follow" not "hollow", "glasses" not "classes", "squats" not "squits").
  'squats',
  'follow',
  'glasses',
  'married',
  'telling',
  'carries',
  'sparing',
  'shivers',
  'brushes',
  // "pissed" (drunk) is a lay word of the long lie; "missed a step", "kissed", "hissed" are not it.
  'missed',
  'misses',
  'missing',
  'kissed',
  'kissing',
  'hissed',
  'hissing',
]);

export const extraVocabulary = [
  // A sign-off, kept from being corrected into "thinks" (a self-diagnosis word of the cramp lexicon).
  'thanks',
  'yesterday',
  'morning',
  'afternoon',
  'evening',
  'tonight',
  ...weekdayWords,
  'fortnight',
  'months',
  'minutes',
  'seconds',
  'swelling',
  'swollen',
  'tingling',
  'numbness',
  'needles',
  'excruciating',
  'cramping',
  'burning',
  'bedtime',
  'sleeping',
  'walking',
  'standing',
  'sitting',
  'lying',
  'stretching',
  'varicose',
  'diabetic',
  'diabetes',
  'pregnant',
  'breathless',
  'breathlessness',
  'tenderness',
  'throbbing',
  'aching',
  'shooting',
  'restless',
  'crawling',
  'creeping',
];

/** A relative who only reports the patient's words ("my husband says his leg is swollen"). */
const reportingWords: ReadonlySet<string> = new Set([
  'says',
  'said',
  'say',
  'tells',
  'told',
  'reckons',
  'complains',
  'complained',
  'complaining',
  'mentions',
  'mentioned',
  'describes',
  'described',
  'thinks',
  'keeps',
]);

/** The writer speaking of themself: a text with none of these is not the writer's own account. */
const selfWords: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'me', 'myself']);
const possessive: ReadonlySet<string> = new Set(['my', 'our']);
const onBehalfCue: ReadonlySet<string> = new Set(['for', 'behalf', 'about']);

/** The writer's aside, not their own symptoms: "as far as I know", "I think", "I'm worried", "I'm writing". */
const asideVerbs: ReadonlySet<string> = new Set([
  'know',
  'think',
  'guess',
  'reckon',
  'believe',
  'suppose',
  'suspect',
  'wonder',
  'hope',
  'assume',
  "don't",
  'dont',
  'worried',
  'worry',
  'writing',
  'asking',
  'concerned',
  'not',
]);
function asideAt(toks: readonly MatchToken[], i: number): boolean {
  return asideVerbs.has(toks[i + 1]?.m ?? '') || askingWhatToDo(toks, i);
}

/**
 * The text is written for someone else: "writing for my dad: …", or it introduces a relative early ("my
 * husband (70) says his leg is swollen") and never speaks of the writer. Everything in it is then the
 * patient's, so a relative's account is read like a first-person one (dropping it would hide red flags).
 */
function englishOnBehalf(toks: readonly MatchToken[]): boolean {
  let relative = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as MatchToken;
    if (selfWords.has(t.m) && !asideAt(toks, i)) return false;
    // "my husband …", or a relative opening the text ("Mum is 84 and …").
    const introduced = i === 0 || possessive.has(toks[i - 1]?.m ?? '');
    if (relative || t.sentence > 1 || !otherPerson.has(t.m) || !introduced) continue;
    for (let k = i - 2; k >= Math.max(0, i - 4); k--) if (onBehalfCue.has(toks[k]?.m ?? '')) return true;
    relative = true;
  }
  // …and tells of the relative's symptoms or their present illness and treatment ("dad's on chemo for his
  // leukaemia"), not only of their past ("my husband had a clot last year").
  return relative && toks.some((t) => symptomWords.has(t.m) || signWords.has(t.m) || presentCare.has(t.m));
}

/** A relative's illness told as now: under treatment, on a medicine, with a line or a device. */
const presentCare: ReadonlySet<string> = new Set([
  'having',
  'takes',
  'taking',
  'injects',
  'injecting',
  'treatment',
  'chemo',
  'line',
  'treated',
  'infected',
  'infection',
]);

const signWords: ReadonlySet<string> = new Set([
  'swollen',
  'swelling',
  'cold',
  'numb',
  'numbness',
  'tingly',
  'tingling',
  'red',
  'hot',
  'weak',
  'weakness',
  'cramp',
  'cramps',
  'pins',
  'feel',
  'feels',
  'blisters',
  'rash',
  'slurred',
  'breathing',
  'breathless',
  'tender',
  'weight',
  'fever',
  'confused',
]);

export const english: Locale = {
  lang: 'en',
  lexicon,
  notRelevant,
  wordClasses,
  ownerWords: ['my', 'his', 'her', 'their', 'your'],
  aliases,
  foldAccents: false,
  clauseBreakWords,
  andWords: new Set(['and']),
  newSubject,
  cuePatterns,
  clauseHedges,
  approxNext,
  approxUnits,
  statementWords,
  listJoiners: new Set(['or', 'nor', 'and']),
  bodyParts: new Set(bodyPartWords),
  firstPerson,
  otherPerson,
  reportingWords,
  onBehalf: englishOnBehalf,
  symptomWords,
  continuingSubjects: new Set(['it', "it's", 'its', 'this', "this's", 'that', "that's", 'thats']),
  bilateralAt: englishBilateralAt,
  vagueComplaintAt: englishVagueComplaintAt,
  retoken: englishRetoken,
  continuation,
  after,
  findTimes,
  sideAt: englishSideAt,
  bothWords: new Set(['both']),
  legPronouns: new Set(['they', 'them']),
  filler,
  extraVocabulary,
  protectedWords,
  neverCorrect,
};

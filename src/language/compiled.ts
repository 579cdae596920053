/** The lexicon compiled once at load: pattern index, sentence filters and the spelling vocabulary. */
import type { FindingId } from '../knowledge/index.js';
import { lexicon, notRelevant } from './lexicon/index.js';
import { compile, type Pattern, PatternIndex, patternWords } from './pattern.js';
import { protectedWords } from './protected-words.js';
import { SpellingCorrector } from './spelling.js';
import type { FindingLexicon, LexiconEntry } from './types.js';
import { weekdayWords, wordClasses } from './words.js';

export interface CompiledEntry {
  readonly id: FindingId;
  readonly lex: FindingLexicon;
  readonly entry: LexiconEntry;
  readonly within: Pattern | null;
}

export const findingIndex = new PatternIndex<CompiledEntry>();
export const notRelevantIndex = new PatternIndex<string>();
/** Sentence and text filters (`withinSentence`, `notInSentence`, `withinText`, `…StatedInSentence`), scanned once per text. */
export const sentenceFilterIndex = new PatternIndex<string>();

/** A finding's sentence filters (`notInSentence`), as a list. */
export function sentenceFilters(lex: FindingLexicon): readonly string[] {
  const f = lex.notInSentence;
  return f === undefined ? [] : typeof f === 'string' ? [f] : f;
}

const vocabulary = new Set<string>();
const addWords = (p: Pattern) => {
  for (const w of patternWords(p)) vocabulary.add(w);
};
const filters = new Map<string, Pattern>();
function filter(src: string): Pattern {
  let p = filters.get(src);
  if (!p) {
    p = compile(src);
    filters.set(src, p);
    sentenceFilterIndex.add(p, src);
  }
  return p;
}

for (const [id, lex] of lexicon) {
  for (const item of lex.patterns) {
    const entry: LexiconEntry = typeof item === 'string' ? { p: item } : item;
    const p = compile(entry.p);
    addWords(p);
    findingIndex.add(p, {
      id,
      lex,
      entry,
      within: entry.withinSentence ? filter(entry.withinSentence) : null,
    });
    if (entry.notInSentence) filter(entry.notInSentence);
    if (entry.withStatedInSentence) filter(entry.withStatedInSentence);
    if (entry.notWithStatedInSentence) filter(entry.notWithStatedInSentence);
    if (entry.withinText) filter(entry.withinText);
  }
  for (const src of sentenceFilters(lex)) filter(src);
}
for (const { p, note } of notRelevant) {
  const c = compile(p);
  addWords(c);
  notRelevantIndex.add(c, note);
}
for (const spec of wordClasses.values()) addWords(compile(spec.replaceAll(' ', '_')));

/** Words that are never changed by spelling correction, nor produced by it. */
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
]);

const extraVocabulary = [
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
for (const w of extraVocabulary) vocabulary.add(w);

export const spelling = new SpellingCorrector(vocabulary, protectedWords, neverCorrect);
export const lexiconVocabulary: ReadonlySet<string> = vocabulary;

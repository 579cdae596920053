/** The lexicon compiled once at load: pattern index, sentence filters and the spelling vocabulary. */
import type { FindingId } from '../knowledge/index.js';
import type { CueKind, Locale } from './locale.js';
import { compile, type Pattern, PatternIndex, patternWords } from './pattern.js';
import { SpellingCorrector } from './spelling.js';
import type { FindingLexicon, LexiconEntry } from './types.js';

export interface CompiledEntry {
  readonly id: FindingId;
  readonly lex: FindingLexicon;
  readonly entry: LexiconEntry;
  readonly within: Pattern | null;
}

/** A locale's lexicon compiled once: pattern indexes, sentence filters, cue index and spelling vocabulary. */
export interface CompiledLocale {
  readonly locale: Locale;
  readonly findingIndex: PatternIndex<CompiledEntry>;
  readonly notRelevantIndex: PatternIndex<string>;
  /** Sentence and text filters (`withinSentence`, `notInSentence`, `withinText`, `…StatedInSentence`), scanned once per text. */
  readonly sentenceFilterIndex: PatternIndex<string>;
  readonly cueIndex: PatternIndex<{ kind: CueKind; src: string }>;
  readonly vocabulary: ReadonlySet<string>;
  readonly spelling: SpellingCorrector;
}

/** A finding's sentence filters (`notInSentence`), as a list. */
export function sentenceFilters(lex: FindingLexicon): readonly string[] {
  const f = lex.notInSentence;
  return f === undefined ? [] : typeof f === 'string' ? [f] : f;
}

/** A one-word alternative "my" in a pattern element also admits the locale's other owner words. */
export function widenOwner(source: string, owners: readonly string[] | undefined): string {
  if (!owners?.length) return source;
  return source
    .split(' ')
    .map((raw) => {
      const optional = raw.startsWith('[') && raw.endsWith(']');
      const spec = optional ? raw.slice(1, -1) : raw;
      const alts = spec.split('|');
      if (!alts.includes(owners[0] as string)) return raw;
      const widened = [...alts, ...owners.filter((o) => !alts.includes(o))].join('|');
      return optional ? `[${widened}]` : widened;
    })
    .join(' ');
}

export function compileLocale(locale: Locale): CompiledLocale {
  const classes = locale.wordClasses;
  const findingIndex = new PatternIndex<CompiledEntry>();
  const notRelevantIndex = new PatternIndex<string>();
  const sentenceFilterIndex = new PatternIndex<string>();
  const vocabulary = new Set<string>();
  const addWords = (p: Pattern) => {
    for (const w of patternWords(p)) vocabulary.add(w);
  };
  const filters = new Map<string, Pattern>();
  const filter = (src: string): Pattern => {
    let p = filters.get(src);
    if (!p) {
      p = compile(src, classes);
      filters.set(src, p);
      sentenceFilterIndex.add(p, src);
    }
    return p;
  };

  for (const [id, lex] of locale.lexicon) {
    for (const item of lex.patterns) {
      const entry: LexiconEntry = typeof item === 'string' ? { p: item } : item;
      const p = compile(widenOwner(entry.p, locale.ownerWords), classes);
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
      for (const w of entry.notWhen ?? []) {
        filter(w.sentence);
        if (w.text) filter(w.text);
      }
    }
    for (const src of sentenceFilters(lex)) filter(src);
  }
  for (const { p, note } of locale.notRelevant) {
    const c = compile(p, classes);
    addWords(c);
    notRelevantIndex.add(c, note);
  }
  for (const spec of classes.values()) addWords(compile(spec.replaceAll(' ', '_'), classes));
  for (const w of locale.extraVocabulary) vocabulary.add(w);

  const cueIndex = new PatternIndex<{ kind: CueKind; src: string }>();
  for (const [kind, spec] of locale.cuePatterns) {
    for (const alt of spec.split('|')) cueIndex.add(compile(alt, classes), { kind, src: alt });
  }
  const spelling = new SpellingCorrector(vocabulary, locale.protectedWords, locale.neverCorrect);
  return {
    locale,
    findingIndex,
    notRelevantIndex,
    sentenceFilterIndex,
    cueIndex,
    vocabulary,
    spelling,
  };
}

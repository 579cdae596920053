/**
 * What the reader needs to know about one language. The machinery (tokens, patterns, negation scope, hedges,
 * derived findings, timing rules) is shared; a locale supplies the words and the few parsers that cannot be
 * shared (time expressions, which leg). One file tree per locale under `locales/`.
 */
import type { FindingId } from '../knowledge/index.js';
import type { MatchToken, WordClasses } from './pattern.js';
import type { TimeExpression } from './time.js';
import type { FindingLexicon, Side } from './types.js';

/** The languages the reader understands. */
export const languages = ['en', 'es'] as const;
export type Lang = (typeof languages)[number];
export const isLang = (x: unknown): x is Lang => x === 'en' || x === 'es';

/** `persist`: "won't go away" says the symptom lasts; it negates relief, not the symptom itself. */
export type CueKind = 'none' | 'neg' | 'hedge' | 'post_hedge' | 'strong_hedge' | 'relief_neg' | 'persist';

export interface Locale {
  readonly lang: Lang;
  /** One entry per catalog finding. */
  readonly lexicon: ReadonlyMap<FindingId, FindingLexicon>;
  /** Known terms that map to no finding (`p` a pattern, `note` why). */
  readonly notRelevant: readonly { readonly p: string; readonly note: string }[];
  readonly wordClasses: WordClasses;
  /**
   * Possessive words a pattern's "my" stands for too, so a relative's account ("his back is sore", "her bladder
   * leaks") reads like the writer's own ("my back is sore"). Whose it is stays the third-party check's business.
   */
  readonly ownerWords?: readonly string[];

  // --- tokens
  /** Spelling variants and contractions mapped to one form. */
  readonly aliases: ReadonlyMap<string, string>;
  /** Strip accents and tildes from words ("días" and "dias" are one word). */
  readonly foldAccents: boolean;
  readonly clauseBreakWords: ReadonlySet<string>;
  /** Coordinating words ("and", "y") after which `newSubject` words start a new clause. */
  readonly andWords: ReadonlySet<string>;
  readonly newSubject: ReadonlySet<string>;

  /**
   * Words whose meaning depends on the words after them, renamed once after tokens are read ("the bottom of my
   * foot" is its sole, never the buttock).
   */
  readonly retoken?: (toks: readonly MatchToken[]) => MatchToken[];

  // --- negation and hedges
  /** Cue patterns, alternatives split by `|`, multi-word cues joined by `_`. */
  readonly cuePatterns: readonly (readonly [CueKind, string])[];
  /** Hedges that, said after a finding, reach back only to the start of their own clause. */
  readonly clauseHedges: ReadonlySet<string>;
  /** "about / maybe three weeks": a hedge before a quantity is an approximation, not doubt. */
  readonly approxNext: ReadonlySet<string>;
  readonly approxUnits: ReadonlySet<string>;
  /** Words that make a comma-separated part a new statement, not the next item of a negated list. */
  readonly statementWords: ReadonlySet<string>;
  /** Words that join the items of a list ("or", "nor", "and"): a negation before the list reaches every item. */
  readonly listJoiners: ReadonlySet<string>;
  /** Body-part words among `statementWords`: after "or" / "nor" they name a list item ("or leg swelling"). */
  readonly bodyParts: ReadonlySet<string>;
  readonly firstPerson: ReadonlySet<string>;
  readonly otherPerson: ReadonlySet<string>;
  /** A relative who reports ("mi marido dice que doy patadas") is not the one the finding is about. */
  readonly reportingWords: ReadonlySet<string>;
  /** The whole text is written for someone else ("a mi madre le duelen…"): their findings are the patient's. */
  readonly onBehalf: (toks: readonly MatchToken[]) => boolean;

  // --- derived findings and timing
  /** Words that say a symptom is being described even without a lexicon match. */
  readonly symptomWords: ReadonlySet<string>;
  /** Does token i say both legs (a plural leg word, "both legs")? Returns the last token, or -1. */
  readonly bilateralAt: (toks: readonly MatchToken[], i: number) => number;
  /**
   * Does token i name a body part as the trouble in vague words ("my legs are bad", "my foot woke me up")? Such a
   * complaint counts as a symptom for the readings that need one (the night, both legs); it is never a finding.
   */
  readonly vagueComplaintAt?: (toks: readonly MatchToken[], i: number) => boolean;
  /**
   * Words that, opening a sentence, carry on with the last sentence's complaint ("My shin aches. It wakes me up at
   * 2am."): a reading that needs a symptom may lean on the sentence before.
   */
  readonly continuingSubjects?: ReadonlySet<string>;
  /** Words near a time expression that tie it to the leg problem ("started", "for"). */
  readonly continuation: ReadonlySet<string>;
  /** Words that make a later part of a sentence follow from an event ("now", "since"). */
  readonly after: ReadonlySet<string>;
  readonly findTimes: (toks: readonly MatchToken[]) => TimeExpression[];
  /** Which leg token i names, if it names one. */
  readonly sideAt: (toks: readonly MatchToken[], i: number) => Side | null;
  /** Words that say "both" inside a matched phrase (a one-leg sign said of both legs is left open). */
  readonly bothWords: ReadonlySet<string>;
  /** Plural pronouns that can stand for both legs or feet named earlier in the sentence ("they go red"). */
  readonly legPronouns: ReadonlySet<string>;
  /** Clauses made only of these are greetings or small talk. */
  readonly filler: ReadonlySet<string>;

  // --- spelling tolerance
  readonly extraVocabulary: readonly string[];
  /** Real words near a lexicon word, never corrected. */
  readonly protectedWords: ReadonlySet<string>;
  /** Words never changed by correction, nor produced by it (negation, hedges, sides). */
  readonly neverCorrect: ReadonlySet<string>;
}

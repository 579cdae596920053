import type { EvidenceState, FindingId } from '../knowledge/index.js';

export type Side = 'left' | 'right' | 'both';

/** A character range `[start, end)` in the text that was passed to `understand`. */
export type Span = readonly [number, number];

/** One finding read from free text, with the words that said it. */
export interface UnderstoodFinding {
  readonly id: FindingId;
  readonly state: EvidenceState;
  readonly span: Span;
  readonly side?: Side;
  /** The words at `span`, for display. */
  readonly text: string;
  /**
   * Set on an unknown finding that was said as present but with doubt ("slight swelling maybe??"), not a
   * doubted denial ("no fever I think") or a one-leg sign said of both legs: triage counts it as possibly
   * present (engine `possibleRedFlags`); it is still not evidence.
   */
  readonly possibly?: true;
}

/** A term the lexicon knows (usually a medicine) that maps to no finding, with the reason. */
export interface RecognisedTerm {
  readonly term: string;
  readonly span: Span;
  readonly note: string;
}

export interface Understanding {
  /** One entry per finding id, in order of first mention. */
  readonly findings: readonly UnderstoodFinding[];
  /** Clauses that produced no finding (trimmed, filler left out), so a clinician sees what was not understood. */
  readonly unrecognised: readonly string[];
  /** Known terms that map to no finding (e.g. a non-sedating antihistamine). */
  readonly recognisedNotRelevant: readonly RecognisedTerm[];
  /** Always false: text over `maxTextLength` is refused, never cut. Kept so that clients reading it still work. */
  readonly truncated: boolean;
  /** How many characters of the input were analysed (all of them). */
  readonly analysedLength: number;
  /**
   * Who the account is about: `self` (the writer's own legs) or `other` (a relative or carer writing, "my
   * mum…"); the interview's questions then speak of that person. Findings are read the same either way.
   */
  readonly voice: 'self' | 'other';
}

/** One lexicon pattern (syntax in pattern.ts) with how to read it. */
export interface LexiconEntry {
  /** The pattern. */
  readonly p: string;
  /** A fixed reading: the phrase itself says the finding is absent or uncertain ("both legs look the same"). */
  readonly state?: 'absent' | 'unknown';
  /** Too vague to say "present" alone: only a negated or hedged use counts ("no swelling" → absent). */
  readonly weak?: true;
  /** Like `weak`, but only a negated use counts (absent); a hedged use is dropped. */
  readonly negatedOnly?: true;
  /** Only a plain positive use counts: negated or hedged uses are dropped ("not every night" says nothing about night). */
  readonly positiveOnly?: true;
  /** Drop the match when one of these words (or `a_b` word sequences) starts in the three tokens before it. */
  readonly notAfter?: readonly string[];
  /** Drop the match when one of these words (or `a_b` word sequences) starts in the four tokens after it. */
  readonly notBefore?: readonly string[];
  /** Look back only this many tokens for negation and hedges (default: the clause, up to 8). */
  readonly negWindow?: number;
  /** Keep the match only if this pattern also matches somewhere in the same sentence. */
  readonly withinSentence?: string;
  /** Keep the match only if this pattern matches, not negated or hedged, somewhere in the text. */
  readonly withinText?: string;
  /** Drop the match when this pattern matches somewhere in the same sentence. */
  readonly notInSentence?: string;
  /** Keep the match only if this pattern matches, not negated or hedged, in the same sentence ("a fever and a racing heart"). */
  readonly withStatedInSentence?: string;
  /** Drop the match when this pattern matches, not negated or hedged, in the same sentence ("no fever" does not count). */
  readonly notWithStatedInSentence?: string;
  /**
   * Drop the match when, for one of these, `sentence` matches in its sentence and, if given, `text` is stated somewhere in the text
   * (legs weak "getting out of a chair" in someone on a statin: read by another entry instead).
   */
  readonly notWhen?: readonly { readonly sentence: string; readonly text?: string }[];
  /** Keep the match only when one of these findings is present in the text ("it has spread" needs a red leg). */
  readonly requiresAny?: readonly FindingId[];
  /**
   * With `state: 'unknown'`: the open reading is part of a red flag said plainly ("a sudden pain", no severity
   * told), so triage counts it as possibly present until asked, like a hedged mention.
   */
  readonly possiblyPresent?: true;
  /**
   * This match drops no other finding (the finding's `suppresses` do not apply): a warning sign kept open beside
   * another reading of the same words ("lost a little weight" is asked as unexplained weight loss and still read
   * as the weight loss that presses a nerve).
   */
  readonly leavesOthers?: true;
}

export type LexiconItem = string | LexiconEntry;

export interface FindingLexicon {
  readonly patterns: readonly LexiconItem[];
  /** Emit only when one of these findings is also present in the text. */
  readonly requiresAny?: readonly FindingId[];
  /** Emit only when the clause (or, if the clause says nothing else, the sentence) has a present symptom. */
  readonly needsSymptom?: true;
  /** Matches of these findings inside this one's span are dropped ("restless legs run in the family"). */
  readonly suppresses?: readonly FindingId[];
  /** Matches of these findings in the same sentence as a present match of this one are dropped. */
  readonly suppressesInSentence?: readonly FindingId[];
  /** Drop every match of this finding in a sentence where one of these patterns matches ("cramp" for sudden severe pain). */
  readonly notInSentence?: string | readonly string[];
  /** Drop the finding when a time expression in the same clause puts it further back than this many days. */
  readonly maxAgeDays?: number;
  /**
   * A finding that means something new (weakness of both legs "in the last few days") said of a symptom that has
   * lasted longer than `afterDays`: read as `readAs` instead, and the finding itself left open (unknown) so the
   * screen still asks it. Only when every time said of it is that old and nothing marks a new change ("now").
   */
  readonly longStanding?: {
    readonly afterDays: number;
    readonly readAs: FindingId;
    /**
     * The finding is itself a sudden onset ("a sudden severe pain"): only a point in time dates it ("5 weeks
     * ago", not "for 5 weeks", which may be an older pain it came on top of), and its own suddenness words do
     * not count as a new change; "now", "tonight" still do.
     */
    readonly onsetDated?: true;
  };
  /** A side (left/right/both) is recorded for this finding. */
  readonly sided?: true;
}

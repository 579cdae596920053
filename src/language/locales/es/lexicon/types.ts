import type { FindingId } from '../../../../knowledge/index.js';
import type { FindingLexicon, LexiconItem } from '../../../types.js';

/**
 * One finding's Spanish words: its patterns, and (rarely) sentence filters. What a finding means (side,
 * how old it may be, which findings it suppresses or needs) is language-independent and comes from the
 * English entry, so adding a finding's Spanish words is one entry in one table.
 */
export type SpanishEntry =
  | readonly LexiconItem[]
  | { readonly patterns: readonly LexiconItem[]; readonly notInSentence?: FindingLexicon['notInSentence'] };

export type SpanishLexiconTable = Partial<Record<FindingId, SpanishEntry>>;

import type { FindingId } from '../../knowledge/index.js';
import type { FindingLexicon } from '../types.js';

/** Lexicon entries for some findings of one group. */
export type FindingLexiconTable = Partial<Record<FindingId, FindingLexicon>>;

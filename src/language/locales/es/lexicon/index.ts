import { type FindingId, findings } from '../../../../knowledge/index.js';
import { lexicon as english } from '../../../lexicon/index.js';
import type { FindingLexicon, LexiconItem } from '../../../types.js';
import { body } from './body.js';
import { history } from './history.js';
import { knownDiagnoses } from './known-diagnoses.js';
import { lookalikes } from './lookalikes.js';
import { signs } from './signs.js';
import type { SpanishEntry, SpanishLexiconTable } from './types.js';
import { when } from './when.js';

export { notRelevant } from './history.js';

const tables: readonly SpanishLexiconTable[] = [body, when, signs, history, knownDiagnoses, lookalikes];

function build(): ReadonlyMap<FindingId, FindingLexicon> {
  const out = new Map<FindingId, FindingLexicon>();
  for (const table of tables) {
    for (const [id, entry] of Object.entries(table) as [
      FindingId,
      NonNullable<SpanishLexiconTable[FindingId]>,
    ][]) {
      if (out.has(id)) throw new Error(`Spanish lexicon defines ${id} twice`);
      const en = english.get(id);
      const own: Exclude<SpanishEntry, readonly unknown[]> =
        'patterns' in entry ? entry : { patterns: entry as readonly LexiconItem[] };
      out.set(id, {
        ...(en?.sided ? { sided: true as const } : {}),
        ...(en?.needsSymptom ? { needsSymptom: true as const } : {}),
        ...(en?.requiresAny ? { requiresAny: en.requiresAny } : {}),
        ...(en?.suppresses ? { suppresses: en.suppresses } : {}),
        ...(en?.suppressesInSentence ? { suppressesInSentence: en.suppressesInSentence } : {}),
        ...(en?.maxAgeDays !== undefined ? { maxAgeDays: en.maxAgeDays } : {}),
        ...(en?.longStanding ? { longStanding: en.longStanding } : {}),
        ...(own.notInSentence ? { notInSentence: own.notInSentence } : {}),
        patterns: own.patterns,
      });
    }
  }
  return out;
}

/** The Spanish lexicon: one entry per catalog finding (checked by the tests). */
export const lexicon: ReadonlyMap<FindingId, FindingLexicon> = build();

export function missingFromSpanishLexicon(): FindingId[] {
  return findings.map((f) => f.id).filter((id) => !lexicon.has(id));
}

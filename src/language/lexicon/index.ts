import { type FindingId, findings } from '../../knowledge/index.js';
import type { FindingLexicon } from '../types.js';
import { alarm } from './alarm.js';
import { character } from './character.js';
import { heartBlood } from './heart-blood.js';
import { history } from './history.js';
import { knownDiagnoses } from './known-diagnoses.js';
import { location } from './location.js';
import { lookalikes } from './lookalikes.js';
import { medication } from './medication.js';
import { other } from './other.js';
import { position } from './position.js';
import { relief } from './relief.js';
import { signs } from './signs.js';
import { swelling } from './swelling.js';
import { timing } from './timing.js';

export { drugs, notRelevant } from './medication.js';

const tables = [
  location,
  character,
  timing,
  position,
  relief,
  signs,
  swelling,
  alarm,
  history,
  heartBlood,
  knownDiagnoses,
  medication,
  other,
  lookalikes,
];

function build(): ReadonlyMap<FindingId, FindingLexicon> {
  const out = new Map<FindingId, FindingLexicon>();
  for (const table of tables) {
    for (const [id, lex] of Object.entries(table) as [FindingId, FindingLexicon][]) {
      if (out.has(id)) throw new Error(`lexicon defines ${id} twice`);
      out.set(id, lex);
    }
  }
  return out;
}

/** The lexicon: one entry per catalog finding (checked by the tests). */
export const lexicon: ReadonlyMap<FindingId, FindingLexicon> = build();

/** Catalog findings the lexicon has no entry for (should be empty). */
export function missingFromLexicon(): FindingId[] {
  return findings.map((f) => f.id).filter((id) => !lexicon.has(id));
}

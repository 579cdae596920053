import type { AgeBand, ConditionDefinition } from '../knowledge/index.js';
import type { Case } from './types.js';

export function ageBand(age: number): AgeBand {
  if (age < 45) return '18-44';
  if (age < 65) return '45-64';
  if (age < 80) return '65-79';
  return '80+';
}

/**
 * Prior probability of a condition for this person: the age-band base rate, with its odds multiplied by the
 * sex factor and by each present risk factor. Absent or unknown risk factors leave the prior unchanged.
 */
export function priorProbability(
  condition: ConditionDefinition,
  person: Case,
  present: ReadonlySet<string>,
): number {
  const base = condition.prior.byAge[ageBand(person.age)];
  let odds = (base / (1 - base)) * condition.prior.sex[person.sex];
  for (const risk of condition.riskFactors) {
    if (present.has(risk.finding)) odds *= risk.oddsRatio;
  }
  return odds / (1 + odds);
}

import {
  type AgeBand,
  type ConditionDefinition,
  type Link,
  necessaryRiskAbsent,
  unreportedEssential,
} from '../knowledge/index.js';
import type { Case } from './types.js';

export function ageBand(age: number): AgeBand {
  if (age < 45) return '18-44';
  if (age < 65) return '45-64';
  if (age < 80) return '65-79';
  return '80+';
}

/** Said present or absent (not left out, not "don't know"). */
function reported(person: Case, finding: string): boolean {
  return person.evidence.some((e) => e.id === finding && e.state !== 'unknown');
}

/** Said to be absent. */
function saidAbsent(person: Case, finding: string): boolean {
  return person.evidence.some((e) => e.id === finding && e.state === 'absent');
}

/**
 * Prior probability of a condition for this person: the age-band base rate, with its odds multiplied by the
 * sex factor and by each present risk factor. Absent or unknown risk factors leave the prior unchanged, except a `necessary` one said to be absent (`necessaryRiskAbsent`); an essential criterion left unreported lowers it
 * (`unreportedEssential`).
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
    else if (risk.necessary && saidAbsent(person, risk.finding)) odds *= necessaryRiskAbsent;
  }
  for (const link of condition.links as readonly Link[]) {
    if (link.essential && !reported(person, link.finding)) odds *= unreportedEssential;
  }
  return odds / (1 + odds);
}

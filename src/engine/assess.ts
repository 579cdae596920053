import { disclaimer } from '../knowledge/index.js';
import { assessCriteria } from './criteria.js';
import { explain } from './explain.js';
import { infer, presentSet } from './inference.js';
import { nextQuestion } from './interview.js';
import { network } from './network.js';
import { byRank, redFlagSuspects } from './ranking.js';
import { decideTriage, firedRules, probabilityReasons } from './triage.js';
import type { Assessment, Case, EvidenceItem, RankedCondition } from './types.js';

export class UnknownFindingError extends Error {
  constructor(readonly findingId: string) {
    super(`unknown finding id "${findingId}"`);
    this.name = 'UnknownFindingError';
  }
}

/** Later answers replace earlier ones for the same finding; unknown ids are an error. */
export function normaliseEvidence(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  const byId = new Map<string, EvidenceItem>();
  for (const e of evidence) {
    if (!network.findingIndex.has(e.id)) throw new UnknownFindingError(e.id);
    byId.delete(e.id);
    byId.set(e.id, e);
  }
  return [...byId.values()];
}

/** Assess one case: triage, ranked causes with reasons, and the evidence used. Pure and deterministic. */
export function assess(input: Case): Assessment {
  const evidence = normaliseEvidence(input.evidence);
  const person: Case = { ...input, evidence };
  const posterior = infer(person);
  const present = presentSet(evidence);

  const withoutRedFlags = evidence.filter((e) => !network.redFlag.has(e.id));
  const forTriage =
    withoutRedFlags.length === evidence.length ? posterior : infer({ ...person, evidence: withoutRedFlags });
  const outcome = assessCriteria(network, person, forTriage);
  const fired = firedRules(present);
  const suspects = redFlagSuspects(fired);
  const triage = decideTriage([
    ...fired,
    ...outcome.reasons,
    ...probabilityReasons(network, forTriage.marginals),
  ]);

  const conditions: RankedCondition[] = network.conditions.map((condition, j) => {
    const floor = outcome.floors.get(condition.id);
    const { supporting, opposing } = explain(network, condition, evidence);
    const probability = posterior.marginals[j] as number;
    return {
      id: condition.id,
      name: condition.patientName,
      clinicianName: condition.clinicianName,
      probability: floor ? Math.max(probability, floor.probability) : probability,
      usualUrgency: condition.usualUrgency,
      supporting: floor ? [floor.factor, ...supporting] : supporting,
      opposing,
      redFlagRules: suspects.get(condition.id) ?? [],
      selfCare: condition.advice.map((a) => a.text).join(' '),
      sources: condition.sources,
    };
  });
  conditions.sort(byRank);
  const interview = nextQuestion({
    net: network,
    evidence,
    present,
    posterior,
    triagePosterior: forTriage,
    level: triage.level,
    sex: input.sex,
    age: input.age,
  });
  return { triage, conditions, evidence, criteria: outcome.criteria, disclaimer, ...interview };
}

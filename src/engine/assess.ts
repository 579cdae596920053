import { disclaimer } from '../knowledge/index.js';
import { adviceAllowed, cautionsInPlay, decideAdvice } from './advice.js';
import { bandOf } from './bands.js';
import { assessCriteria } from './criteria.js';
import { explain } from './explain.js';
import { infer, type Posterior, presentSet } from './inference.js';
import { nextQuestion } from './interview.js';
import { type Network, network } from './network.js';
import { byRank, redFlagSuspects, ruleOutFirst } from './ranking.js';
import {
  decideTriage,
  firedRules,
  probabilityReasons,
  selfCareGate,
  unansweredScreen,
  urgencyMass,
} from './triage.js';
import type { Assessment, Case, EvidenceItem, RankedCondition, TriageReason } from './types.js';

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

/**
 * The cause that sets the urgency, if one does: the cause a fired rule at the level names, else the cause a
 * clinician's criterion points to, else the likeliest cause carrying the probability mass at the level.
 */
function causeSettingUrgency(
  net: Network,
  reasons: readonly TriageReason[],
  criterionCauses: readonly string[],
  forTriage: Posterior,
): string | null {
  const suspects = ruleOutFirst(reasons.filter((r) => r.kind === 'red_flag'));
  const [suspect] = suspects;
  if (suspect) return suspect;
  if (reasons.some((r) => r.kind === 'criterion') && criterionCauses[0]) return criterionCauses[0];
  const level = reasons.find((r) => r.kind === 'probability')?.level;
  if (!level || level === 'self_care') return null;
  let best: string | null = null;
  let top = 0;
  net.conditions.forEach((c, j) => {
    const p = forTriage.marginals[j] as number;
    if (c.usualUrgency === level && p > top) {
      top = p;
      best = c.id;
    }
  });
  return best;
}

/** Assess one case: triage, ranked causes with reasons, and the evidence used. Pure and deterministic. */
export function assess(input: Case): Assessment {
  const evidence = normaliseEvidence(input.evidence);
  const person: Case = { ...input, evidence };
  const posterior = infer(person);
  const present = presentSet(evidence);

  // Probability-based urgency ignores red flags and warning signs (they act through rules and the gate).
  const forTriageEvidence = evidence.filter((e) => !network.excludedFromTriage.has(e.id));
  const forTriage =
    forTriageEvidence.length === evidence.length
      ? posterior
      : infer({ ...person, evidence: forTriageEvidence });
  const mass = urgencyMass(network, forTriage.weights);
  const outcome = assessCriteria(person);
  const fired = firedRules(present);
  const suspects = redFlagSuspects(fired);
  const ruleOut = ruleOutFirst(fired);
  const unanswered = unansweredScreen(evidence);
  const triage = decideTriage(
    [
      ...fired,
      ...outcome.reasons,
      ...probabilityReasons(network, mass, forTriage.marginals),
      selfCareGate(network, present, unanswered),
    ],
    unanswered,
  );

  const conditions: { -readonly [K in keyof RankedCondition]: RankedCondition[K] }[] = network.conditions.map(
    (condition, j) => {
      const floor = outcome.floors.get(condition.id);
      const { supporting, opposing } = explain(network, condition, evidence);
      const computed = posterior.marginals[j] as number;
      const probability = floor ? Math.max(computed, floor.probability) : computed;
      return {
        id: condition.id,
        name: condition.patientName,
        clinicianName: condition.clinicianName,
        probability,
        usualUrgency: condition.usualUrgency,
        supporting: floor ? [floor.factor, ...supporting] : supporting,
        opposing,
        redFlagRules: suspects.get(condition.id) ?? [],
        band: bandOf(probability, ruleOut.has(condition.id)),
        selfCare: '',
        sources: condition.sources,
      };
    },
  );
  conditions.sort(byRank);
  const urgencyCause = causeSettingUrgency(network, triage.reasons, [...outcome.floors.keys()], forTriage);
  const cautions = cautionsInPlay(network, conditions, urgencyCause);
  const advice = decideAdvice(network, conditions, urgencyCause, cautions);
  // Each cause's own advice without what a dangerous cause in play withholds (for clients reading it).
  for (const c of conditions)
    c.selfCare = adviceAllowed(network, c.id, cautions)
      .map((a) => a.text)
      .join(' ');
  const interview = nextQuestion({
    net: network,
    evidence,
    present,
    posterior,
    triagePosterior: forTriage,
    level: triage.level,
    sex: input.sex,
  });
  return {
    triage,
    conditions,
    evidence,
    criteria: outcome.criteria,
    advice,
    disclaimer,
    ...interview,
  };
}

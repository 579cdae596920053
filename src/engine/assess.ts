import type { CriterionResult } from '../criteria/index.js';
import { disclaimer } from '../knowledge/index.js';
import { assessCriteria, criteriaInPlay } from './criteria.js';
import { explain } from './explain.js';
import { infer, type Posterior, presentSet } from './inference.js';
import { type InterviewDecision, nextQuestion } from './interview.js';
import { type Network, network } from './network.js';
import { byRank, redFlagSuspects } from './ranking.js';
import { decideTriage, firedRules, probabilityReasons } from './triage.js';
import type { Assessment, Case, EvidenceItem, Factor, RankedCondition, Triage } from './types.js';

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
 * Which optional parts of an assessment to compute. Triage and the ranking are always computed (the
 * triage needs the criteria's decisive reasons, so those always run; `criteria` only decides whether their
 * results are returned). Everything left out is work not done: a lean view pays for what it shows.
 */
export interface AssessParts {
  /** Findings for and against every cause (`supporting` / `opposing`); left empty otherwise. */
  readonly explain: boolean;
  /** The instrument results of the causes in play (see `inPlay`); `[]` otherwise. */
  readonly criteria: boolean;
  /** The interview's next question, `shouldStop` and progress (the costly search); `null` otherwise. */
  readonly question: boolean;
}

export const allParts: AssessParts = { explain: true, criteria: true, question: true };

/** An assessment with only the requested parts: the rest is empty (`[]`) or `interview: null`. */
export interface PartialAssessment {
  readonly triage: Triage;
  readonly conditions: readonly RankedCondition[];
  readonly evidence: readonly EvidenceItem[];
  readonly criteria: readonly CriterionResult[];
  readonly interview: InterviewDecision | null;
  readonly posterior: Posterior;
  /** Criterion factors that set a probability floor (Wells), by condition id; in `supporting` when explained. */
  readonly floorFactors: ReadonlyMap<string, Factor>;
}

/**
 * Causes "in play": the ones a reader is shown and a clinician would weigh. A cause is in play when it is
 * among the first three of the ranking, or at least `inPlayProbability` likely, or a fired red flag points
 * to it. Product setting (what to show), not a clinical number; the web app shows the same top three.
 */
export const inPlayProbability = 0.05;
export const inPlayRank = 3;

export function inPlay(ranked: readonly RankedCondition[]): RankedCondition[] {
  return ranked.filter(
    (c, rank) => rank < inPlayRank || c.probability >= inPlayProbability || c.redFlagRules.length > 0,
  );
}

const noFactors: readonly never[] = Object.freeze([]);

/** Assess one case, computing only `parts`. Pure and deterministic. */
export function assessParts(input: Case, parts: AssessParts, net: Network = network): PartialAssessment {
  const evidence = normaliseEvidence(input.evidence);
  const person: Case = { ...input, evidence };
  const posterior = infer(person, net);
  const present = presentSet(evidence);

  const withoutRedFlags = evidence.filter((e) => !net.redFlag.has(e.id));
  const forTriage =
    withoutRedFlags.length === evidence.length
      ? posterior
      : infer({ ...person, evidence: withoutRedFlags }, net);
  const outcome = assessCriteria(net, person, forTriage);
  const fired = firedRules(present);
  const suspects = redFlagSuspects(fired);
  const triage = decideTriage([
    ...fired,
    ...outcome.reasons,
    ...probabilityReasons(net, forTriage.marginals),
  ]);

  const conditions: RankedCondition[] = net.conditions.map((condition, j) => {
    const floor = outcome.floors.get(condition.id);
    const { supporting, opposing } = parts.explain
      ? explain(net, condition, evidence)
      : { supporting: noFactors, opposing: noFactors };
    const probability = posterior.marginals[j] as number;
    return {
      id: condition.id,
      name: condition.patientName,
      clinicianName: condition.clinicianName,
      probability: floor ? Math.max(probability, floor.probability) : probability,
      usualUrgency: condition.usualUrgency,
      supporting: floor && parts.explain ? [floor.factor, ...supporting] : supporting,
      opposing,
      redFlagRules: suspects.get(condition.id) ?? [],
      selfCare: condition.advice.map((a) => a.text).join(' '),
      sources: condition.sources,
    };
  });
  conditions.sort(byRank);
  const interview = parts.question
    ? nextQuestion({
        net,
        evidence,
        present,
        posterior,
        triagePosterior: forTriage,
        level: triage.level,
        sex: input.sex,
      })
    : null;
  const criteria = parts.criteria ? criteriaInPlay(outcome.criteria, inPlay(conditions)) : [];
  const floorFactors = new Map([...outcome.floors].map(([id, floor]) => [id, floor.factor]));
  return { triage, conditions, evidence, criteria, interview, posterior, floorFactors };
}

/** Assess one case: triage, ranked causes with reasons, criteria, the next question. Pure and deterministic. */
export function assess(input: Case): Assessment {
  const { triage, conditions, evidence, criteria, interview } = assessParts(input, allParts);
  return { triage, conditions, evidence, criteria, disclaimer, ...(interview as InterviewDecision) };
}

import type { CriterionResult } from '../criteria/index.js';
import { disclaimer } from '../knowledge/index.js';
import { adviceAllowed, cautionsInPlay, decideAdvice } from './advice.js';
import { bandOf } from './bands.js';
import { assessCriteria, criteriaInPlay } from './criteria.js';
import { explain } from './explain.js';
import {
  inferMarginalsWithTriage,
  inferWithTriage,
  type MarginalPosterior,
  presentSet,
} from './inference.js';
import { type InterviewDecision, nextQuestion } from './interview.js';
import { type Network, network } from './network.js';
import { byProbability, rankConditions, redFlagSuspects, ruleOutFirst } from './ranking.js';
import {
  decideTriage,
  firedRules,
  possibleRedFlags,
  probabilityReasons,
  selfCareGate,
  unansweredScreen,
  urgencyMass,
} from './triage.js';
import type {
  Advice,
  Assessment,
  Case,
  EvidenceItem,
  Factor,
  RankedCondition,
  Triage,
  TriageReason,
} from './types.js';

export class UnknownFindingError extends Error {
  constructor(readonly findingId: string) {
    super(`unknown finding id "${findingId}"`);
    this.name = 'UnknownFindingError';
  }
}

/** Up to this many findings, repeats are found pairwise (no set); a long list goes through the map. */
const pairwiseLimit = 32;

/** Later answers replace earlier ones for the same finding; unknown ids are an error. */
export function normaliseEvidence(evidence: readonly EvidenceItem[]): EvidenceItem[] {
  // Most input names each finding once: then it is kept as it is (a copy), with no map built. A pairwise check
  // is cheaper than a set for the few findings of one account.
  let repeated = evidence.length > pairwiseLimit;
  for (let i = 0; i < evidence.length && !repeated; i++) {
    const id = (evidence[i] as EvidenceItem).id;
    if (!network.findingIndex.has(id)) throw new UnknownFindingError(id);
    for (let k = 0; k < i; k++)
      if ((evidence[k] as EvidenceItem).id === id) {
        repeated = true;
        break;
      }
  }
  if (!repeated) return evidence.slice();
  const byId = new Map<string, EvidenceItem>();
  for (const e of evidence) {
    if (!network.findingIndex.has(e.id)) throw new UnknownFindingError(e.id);
    byId.delete(e.id);
    byId.set(e.id, e);
  }
  return [...byId.values()];
}

/**
 * The cause that sets the urgency, if one does: the likeliest cause a fired rule at the level names, else the cause a
 * clinician's criterion points to, else the likeliest cause carrying the probability mass at the level.
 */
function causeSettingUrgency(
  net: Network,
  reasons: readonly TriageReason[],
  criterionCauses: readonly string[],
  forTriage: Pick<MarginalPosterior, 'marginals'>,
  unsureSuspects: readonly string[] = [],
): string | null {
  const unsureSet = reasons.some((r) => r.kind === 'safety_net' && r.id.startsWith('possible_'))
    ? unsureSuspects
    : [];
  const suspects = [...ruleOutFirst(reasons.filter((r) => r.kind === 'red_flag')), ...unsureSet];
  if (suspects.length > 0) {
    // The likeliest of the causes the red flags name (the first named on a tie).
    const p = (id: string) => forTriage.marginals[net.conditionIndex.get(id) as number] as number;
    return suspects.reduce((best, id) => (byProbability(p(best), p(id)) > 0 ? id : best));
  }
  if (reasons.some((r) => r.kind === 'criterion') && criterionCauses[0]) return criterionCauses[0];
  const level = reasons.find((r) => r.kind === 'probability')?.level;
  if (!level || level === 'self_care') return null;
  let best: string | null = null;
  let top = 0;
  net.conditions.forEach((c, j) => {
    const p = forTriage.marginals[j] as number;
    if (c.usualUrgency === level && byProbability(top, p) > 0) {
      top = p;
      best = c.id;
    }
  });
  return best;
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
  /** Each cause's own advice text without what a caution in play withholds (`selfCare`); '' otherwise. */
  readonly selfCare: boolean;
  /**
   * The clinician sentence of each triage reason the engine words from figures (`clinicianReason`: posteriors,
   * ln LRs, the open screen ids); '' otherwise. A rule's own clinician text costs nothing and is always there.
   */
  readonly clinician: boolean;
}

export const allParts: AssessParts = {
  explain: true,
  criteria: true,
  question: true,
  selfCare: true,
  clinician: true,
};

/** An assessment with only the requested parts: the rest is empty (`[]`) or `interview: null`. */
export interface PartialAssessment {
  readonly triage: Triage;
  readonly conditions: readonly RankedCondition[];
  readonly evidence: readonly EvidenceItem[];
  readonly criteria: readonly CriterionResult[];
  /** What may help now, with advice withheld while a dangerous cause is in play (always computed). */
  readonly advice: Advice;
  readonly interview: InterviewDecision | null;
  readonly posterior: Pick<MarginalPosterior, 'marginals' | 'priors'>;
  /** Criterion factors that set a probability floor (Wells), by condition id; in `supporting` when explained. */
  readonly floorFactors: ReadonlyMap<string, Factor>;
}

/**
 * Causes "in play": the ones a reader is shown and a clinician would weigh. A cause is in play when it is
 * among the first three of the ranking, or at least `inPlayProbability` likely, or a fired red flag points
 * to it (an emergency's suspect, or a cause shown as "must be ruled out first", whose instrument, e.g. Wells
 * for one swollen leg, the doctor needs). Product setting (what to show), not a clinical number; the web app shows the same top three.
 */
export const inPlayProbability = 0.05;
export const inPlayRank = 3;

export function inPlay(ranked: readonly RankedCondition[]): RankedCondition[] {
  return ranked.filter(isInPlay);
}

/** Whether the cause at `rank` (0 first) of the ranking is in play (see `inPlay`). */
export function isInPlay(c: RankedCondition, rank: number): boolean {
  return (
    rank < inPlayRank ||
    c.probability >= inPlayProbability ||
    c.redFlagRules.length > 0 ||
    c.band === 'rule_out_first'
  );
}

const noFactors: readonly never[] = Object.freeze([]);
const noFloors: ReadonlyMap<string, Factor> = new Map();
/** The red-flag rules of a cause no fired rule points to: one shared empty list, not one per cause. */
const noRules: readonly string[] = Object.freeze([]);
/** The investigations of a cause not in play: one shared empty list. */
const noInvestigations: readonly never[] = Object.freeze([]);

/**
 * The posterior, the triage posterior and the latter's urgency mass. The question search reads every
 * configuration's weight (`searched`); without it the marginals and the mass are computed without enumerating
 * the configurations (`inferMarginalsWithTriage`: the same numbers up to rounding, inference.test.ts).
 */
function inferForAssessment(person: Case, net: Network, withSearch: boolean, present: ReadonlySet<string>) {
  if (withSearch) {
    const searched = inferWithTriage(person, net);
    const mass = urgencyMass(net, searched.forTriage.weights);
    return { posterior: searched.posterior, forTriage: searched.forTriage, mass, searched };
  }
  const { posterior, forTriage } = inferMarginalsWithTriage(person, net, present);
  return { posterior, forTriage, mass: forTriage.mass, searched: null };
}

/** Assess one case, computing only `parts`. Pure and deterministic. */
export function assessParts(input: Case, parts: AssessParts, net: Network = network): PartialAssessment {
  const evidence = normaliseEvidence(input.evidence);
  const person: Case = { ...input, evidence };
  // Probability-based urgency ignores red flags and warning signs (they act through rules and the gate):
  // `forTriage` is the posterior without them, from the same pass over the evidence.
  const present = presentSet(evidence);
  const { posterior, forTriage, mass, searched } = inferForAssessment(person, net, parts.question, present);

  const outcome = assessCriteria(person, parts.criteria);
  const fired = firedRules(present);
  const ruleOut = ruleOutFirst(fired);
  const unanswered = unansweredScreen(evidence, input, present);
  // Most cases doubt nothing: then no set of the answered findings is built.
  const possible = input.possible ?? [];
  const unsure = possibleRedFlags(
    present,
    possible.length === 0 ? present : new Set(evidence.filter((e) => e.state !== 'unknown').map((e) => e.id)),
    possible,
  );
  const confirmed = [
    ...fired,
    ...outcome.reasons,
    ...probabilityReasons(net, mass, forTriage.marginals, parts.clinician),
    selfCareGate(net, present, unanswered, parts.clinician),
  ];
  const triage = decideTriage([...confirmed, ...unsure.reasons], unanswered, unsure.reasons.length > 0);
  // The interview works from the level without the doubted red flags: a doubt is asked, not taken as an
  // emergency that stops the questions before it is confirmed.
  const interviewLevel = unsure.reasons.length > 0 ? decideTriage(confirmed, unanswered).level : triage.level;

  const anyFloor = outcome.floors.size > 0;
  const shown = (j: number) => {
    const computed = posterior.marginals[j] as number;
    if (!anyFloor) return computed;
    const floor = outcome.floors.get((net.conditions[j] as Network['conditions'][number]).id);
    return floor ? Math.max(computed, floor.probability) : computed;
  };
  const suspects = redFlagSuspects(fired, (id) => shown(net.conditionIndex.get(id) as number));
  const conditions: { -readonly [K in keyof RankedCondition]: RankedCondition[K] }[] = net.conditions.map(
    (condition, j) => {
      const floor = anyFloor ? outcome.floors.get(condition.id) : undefined;
      const { supporting, opposing } = parts.explain
        ? explain(net, condition, evidence)
        : { supporting: noFactors, opposing: noFactors };
      const probability = shown(j);
      return {
        id: condition.id,
        name: condition.patientName,
        clinicianName: condition.clinicianName,
        probability,
        usualUrgency: condition.usualUrgency,
        supporting: floor && parts.explain ? [floor.factor, ...supporting] : supporting,
        opposing,
        redFlagRules: suspects.get(condition.id) ?? noRules,
        band: bandOf(probability, ruleOut.has(condition.id)),
        selfCare: '',
        investigations: noInvestigations,
        sources: condition.sources,
      };
    },
  );
  rankConditions(conditions);
  // A clinician weighs the causes in play, so those carry what would confirm or exclude them.
  for (let rank = 0; rank < conditions.length; rank++) {
    const c = conditions[rank] as (typeof conditions)[number];
    if (!isInPlay(c, rank)) continue;
    const listed = net.conditions[net.conditionIndex.get(c.id) as number]?.investigations;
    if (listed && listed.length > 0) c.investigations = listed;
  }
  const urgencyCause = causeSettingUrgency(
    net,
    triage.reasons,
    [...outcome.floors.keys()],
    forTriage,
    unsure.suspects,
  );
  const cautions = cautionsInPlay(net, conditions, urgencyCause);
  const advice = decideAdvice(net, conditions, urgencyCause, cautions);
  // Each cause's own advice without what a dangerous cause in play withholds (for clients reading it).
  if (parts.selfCare)
    for (const c of conditions)
      c.selfCare = adviceAllowed(net, c.id, cautions)
        .map((a) => a.text)
        .join(' ');
  const interview = searched
    ? nextQuestion({
        net,
        evidence,
        present,
        posterior: searched.posterior,
        triagePosterior: searched.forTriage,
        level: interviewLevel,
        sex: input.sex,
        age: input.age,
        ...(input.described ? { described: new Set(input.described) } : {}),
      })
    : null;
  const criteria = parts.criteria ? criteriaInPlay(outcome.criteria, inPlay(conditions)) : [];
  const floorFactors =
    outcome.floors.size === 0
      ? noFloors
      : new Map([...outcome.floors].map(([id, floor]) => [id, floor.factor]));
  return { triage, conditions, evidence, criteria, advice, interview, posterior, floorFactors };
}

/** Assess one case: triage, ranked causes with reasons, criteria, advice, the next question. Pure. */
export function assess(input: Case): Assessment {
  const { triage, conditions, evidence, criteria, advice, interview } = assessParts(input, allParts);
  return {
    triage,
    conditions,
    evidence,
    criteria,
    advice,
    disclaimer,
    ...(interview as InterviewDecision),
  };
}

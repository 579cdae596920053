import {
  atLeastAsUrgent,
  screeningGroups,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { type Posterior, presentProbabilityAt, temperingOf } from './inference.js';
import { maxCoexisting, type Network } from './network.js';
import { probabilityReasons, ruleFires } from './triage.js';
import type { EvidenceItem, InterviewProgress, Question } from './types.js';

/**
 * Interview settings (see README "Interview"). These are product policy, not clinical numbers.
 * - A question whose "yes" (or "no") has at least `urgencyChangeProbability` of raising the urgency level
 *   must be asked before stopping.
 * - The ranking is settled when the leading cause reaches `clearLead`, or when no question is expected to
 *   reduce the uncertainty (sum of the causes' binary entropies, in nats) by `minimumGain`.
 * - `maxDifferentialQuestions` bounds the interview whatever happens.
 */
export const interviewSettings = {
  urgencyChangeProbability: 0.05,
  clearLead: 0.8,
  minimumGain: 0.04,
  urgencyWeight: 1,
  maxDifferentialQuestions: 12,
} as const;

export interface InterviewDecision {
  readonly question: Question | null;
  readonly shouldStop: boolean;
  readonly progress: InterviewProgress;
}

interface Candidate {
  readonly finding: number;
  readonly pYes: number;
  readonly gain: number;
  readonly raisesUrgency: number;
}

const binaryEntropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p)));

function entropy(marginals: Float64Array): number {
  let h = 0;
  for (const p of marginals) h += binaryEntropy(p);
  return h;
}

/**
 * Condition marginals after a hypothetical answer, tempered like the inference itself. One pass over the
 * configurations, no intermediate arrays: this runs a few hundred times per question.
 */
function afterAnswer(net: Network, posterior: Posterior, finding: number, yes: boolean): Float64Array {
  const power = temperingOf(net, finding);
  const n = net.conditions.length;
  const sums = new Float64Array(n + 1);
  const slots = net.configurationSlots;
  let total = 0;
  for (let c = 0; c < posterior.weights.length; c++) {
    const p = presentProbabilityAt(net, finding, c);
    const w =
      (posterior.weights[c] as number) * (power === 1 ? (yes ? p : 1 - p) : (yes ? p : 1 - p) ** power);
    total += w;
    const base = c * maxCoexisting;
    for (let k = 0; k < maxCoexisting; k++) {
      const j = slots[base + k] as number;
      sums[j] = (sums[j] as number) + w;
    }
  }
  const marginals = sums.subarray(0, n);
  if (total > 0) for (let j = 0; j < n; j++) marginals[j] = (marginals[j] as number) / total;
  return marginals;
}

function predictiveYes(net: Network, posterior: Posterior, finding: number): number {
  let p = 0;
  for (let c = 0; c < posterior.weights.length; c++) {
    p += (posterior.weights[c] as number) * presentProbabilityAt(net, finding, c);
  }
  return p;
}

function levelFromRules(present: ReadonlySet<string>): UrgencyLevel {
  let level: UrgencyLevel = 'self_care';
  for (const rule of triageRules) {
    if (ruleFires(rule, present) && !atLeastAsUrgent(level, rule.level)) level = rule.level;
  }
  return level;
}

function levelFromProbabilities(net: Network, marginals: Float64Array): UrgencyLevel {
  let level: UrgencyLevel = 'self_care';
  for (const r of probabilityReasons(net, marginals)) if (!atLeastAsUrgent(level, r.level)) level = r.level;
  return level;
}

const rank = (level: UrgencyLevel) => urgencyDescriptions[level].rank;

export interface InterviewInput {
  readonly net: Network;
  readonly evidence: readonly EvidenceItem[];
  readonly present: ReadonlySet<string>;
  readonly posterior: Posterior;
  /** The posterior without red-flag findings, which drives probability-based urgency. */
  readonly triagePosterior: Posterior;
  readonly level: UrgencyLevel;
}

/** Probability that answering this finding raises the urgency level above `level`. */
function urgencyRaise(input: InterviewInput, finding: number, pYes: number): number {
  const { net, present, triagePosterior, level } = input;
  const id = (net.findings[finding] as Network['findings'][number]).id;
  let raise = 0;
  const withYes = new Set(present).add(id);
  const yesByRule = levelFromRules(withYes);
  if (net.redFlag.has(id)) {
    if (rank(yesByRule) < rank(level)) raise += pYes;
    return raise;
  }
  const yesMarginals = afterAnswer(net, triagePosterior, finding, true);
  const yesLevel =
    rank(yesByRule) < rank(levelFromProbabilities(net, yesMarginals))
      ? yesByRule
      : levelFromProbabilities(net, yesMarginals);
  if (rank(yesLevel) < rank(level)) raise += pYes;
  const noLevel = levelFromProbabilities(net, afterAnswer(net, triagePosterior, finding, false));
  if (rank(noLevel) < rank(level)) raise += 1 - pYes;
  return raise;
}

function evaluateCandidates(input: InterviewInput, answered: ReadonlySet<string>): Candidate[] {
  const { net, posterior } = input;
  const currentEntropy = entropy(posterior.marginals);
  const out: Candidate[] = [];
  net.findings.forEach((f, i) => {
    if (answered.has(f.id)) return;
    if (!net.linked[i] && !ruleFindings.has(f.id)) return;
    const pYes = predictiveYes(net, posterior, i);
    let gain = 0;
    if (net.linked[i]) {
      const hYes = entropy(afterAnswer(net, posterior, i, true));
      const hNo = entropy(afterAnswer(net, posterior, i, false));
      gain = currentEntropy - (pYes * hYes + (1 - pYes) * hNo);
    }
    out.push({ finding: i, pYes, gain, raisesUrgency: urgencyRaise(input, i, pYes) });
  });
  return out;
}

function screeningQuestion(answered: ReadonlySet<string>, net: Network): Question | null {
  for (const group of screeningGroups) {
    const open = group.findings.filter((id) => !answered.has(id));
    if (open.length === 0) continue;
    return {
      id: group.id,
      kind: 'group',
      phase: 'red_flag_screen',
      text: group.text,
      why: group.why,
      options: open.map((id) => ({
        finding: id,
        text: net.findings[net.findingIndex.get(id) as number]?.question ?? id,
      })),
    };
  }
  return null;
}

function singleQuestion(net: Network, finding: number): Question {
  const f = net.findings[finding] as Network['findings'][number];
  return {
    id: f.id,
    kind: 'single',
    phase: 'differential',
    text: f.question,
    why: f.why,
    options: [{ finding: f.id, text: f.question }],
  };
}

const ruleFindings = new Set(triageRules.flatMap((r) => [...r.all, ...(r.any ?? [])]));
const screenedFindings = new Set(screeningGroups.flatMap((g) => g.findings));

/**
 * The next question and whether to stop. Order: stop at once on an emergency; otherwise the red-flag
 * screen; then the single question of highest value (information gain plus the chance it changes the
 * urgency), until the stop rule holds.
 */
export function nextQuestion(input: InterviewInput): InterviewDecision {
  const { net, evidence, posterior, level } = input;
  const answered = new Set(evidence.map((e) => e.id));
  const differentialAnswered = evidence.filter((e) => !screenedFindings.has(e.id)).length;
  const screensLeft = screeningGroups.filter((g) => g.findings.some((id) => !answered.has(id))).length;
  const progress = (remaining: number): InterviewProgress => ({
    answered: answered.size,
    remainingEstimate: remaining,
  });

  if (atLeastAsUrgent(level, 'emergency')) return { question: null, shouldStop: true, progress: progress(0) };
  const screen = screeningQuestion(answered, net);
  if (screen) {
    return { question: screen, shouldStop: false, progress: progress(screensLeft + 4) };
  }
  const candidates = evaluateCandidates(input, answered);
  const urgent = candidates.filter((c) => c.raisesUrgency >= interviewSettings.urgencyChangeProbability);
  const leader = Math.max(...posterior.marginals);
  const bestGain = candidates.reduce((m, c) => Math.max(m, c.gain), 0);
  const rankingSettled =
    leader >= interviewSettings.clearLead ||
    bestGain < interviewSettings.minimumGain ||
    differentialAnswered >= interviewSettings.maxDifferentialQuestions;
  // Questions that could change the urgency are always asked; the cap only ends questions about the ranking.
  const pool = urgent.length > 0 ? urgent : rankingSettled ? [] : candidates;
  let best: Candidate | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of pool) {
    const score = c.gain + interviewSettings.urgencyWeight * c.raisesUrgency;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (!best || bestScore <= 0) return { question: null, shouldStop: true, progress: progress(0) };
  const remaining = Math.min(
    interviewSettings.maxDifferentialQuestions - differentialAnswered,
    candidates.filter(
      (c) =>
        c.gain >= interviewSettings.minimumGain ||
        c.raisesUrgency >= interviewSettings.urgencyChangeProbability,
    ).length,
  );
  return {
    question: singleQuestion(net, best.finding),
    shouldStop: false,
    progress: progress(Math.max(1, remaining)),
  };
}

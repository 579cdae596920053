import { network as defaultNetwork, maxCoexisting, type Network } from './network.js';
import { priorProbability } from './priors.js';
import type { Case, EvidenceItem } from './types.js';

/**
 * Evidence tempering: each finding's log-likelihood is multiplied by this factor. The sources' likelihoods
 * come from different populations and are not independent (clinical.md, "General cautions"), so the
 * product of many of them overstates certainty; a power below 1 shrinks the combination toward the prior.
 */
export const evidenceTempering = 0.75;

/**
 * Alarm findings (group `alarm`) are exempt from tempering: they are few, rarely co-occur by chance, and a
 * red-flag feature must keep its full weight in the ranking (the triage uses them through rules anyway).
 */
export function temperingOf(net: Network, finding: number): number {
  return net.findings[finding]?.group === 'alarm' ? 1 : evidenceTempering;
}

/**
 * Parsimony: each cause beyond the first multiplies a configuration's prior by this factor. Independent
 * priors would let a common benign cause (cramps) ride along with no evidence for it; a clinician prefers
 * one explanation (Occam) but still accepts two when the findings need two (Hickam). Model setting, not a
 * clinical number; see README "Inference".
 */
export const coexistencePenalty = 0.15;

export interface Posterior {
  /** Marginal probability of each condition, in network order. */
  readonly marginals: Float64Array;
  /** Normalised weight of each configuration of co-existing conditions (network.configurations order). */
  readonly weights: Float64Array;
  /** Prior probability of each condition for this person, before symptoms. */
  readonly priors: Float64Array;
}

/** P(finding present | the conditions in `config`) under noisy-OR. */
export function presentProbability(net: Network, finding: number, config: readonly number[]): number {
  const row = net.link[finding] as Float64Array;
  let absent = 1 - (net.leak[finding] as number);
  for (const j of config) absent *= 1 - (row[j] as number);
  return 1 - absent;
}

/** The same, by configuration index, on the flattened slots (the hot path). */
export function presentProbabilityAt(net: Network, finding: number, configuration: number): number {
  const f = net.absentFactor[finding] as Float64Array;
  const s = net.configurationSlots;
  const base = configuration * maxCoexisting; // three slots, unrolled below
  return (
    1 -
    (1 - (net.leak[finding] as number)) *
      (f[s[base] as number] as number) *
      (f[s[base + 1] as number] as number) *
      (f[s[base + 2] as number] as number)
  );
}

export function presentSet(evidence: readonly EvidenceItem[]): Set<string> {
  return new Set(evidence.filter((e) => e.state === 'present').map((e) => e.id));
}

/**
 * Exact inference over every configuration of up to three co-existing causes. The person has leg pain, so
 * the configuration with no cause at all is excluded: some cause, modelled or `other`, explains it.
 */
export function infer(person: Case, net: Network = defaultNetwork): Posterior {
  const present = presentSet(person.evidence);
  const n = net.conditions.length;
  const priors = new Float64Array(n);
  const logPriorOdds = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const p = priorProbability(net.conditions[j] as (typeof net.conditions)[number], person, present);
    priors[j] = p;
    logPriorOdds[j] = Math.log(p / (1 - p));
  }
  const observed: { index: number; present: boolean; alarm: boolean }[] = [];
  const seen = new Set<number>();
  for (const e of person.evidence) {
    if (e.state === 'unknown') continue;
    const index = net.findingIndex.get(e.id);
    if (index === undefined || !net.linked[index] || seen.has(index)) continue;
    seen.add(index);
    observed.push({ index, present: e.state === 'present', alarm: temperingOf(net, index) === 1 });
  }
  const configs = net.configurations;
  const logCoexistence = Math.log(coexistencePenalty);
  // Likelihoods are multiplied directly (one log per configuration, not per finding): even 95 findings at
  // the smallest leak stay far above the double-precision floor.
  const logWeights = new Float64Array(configs.length);
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < configs.length; c++) {
    const config = configs[c] as readonly number[];
    let logPrior = (config.length - 1) * logCoexistence;
    for (const j of config) logPrior += logPriorOdds[j] as number;
    let tempered = 1;
    let full = 1;
    for (const o of observed) {
      const p = presentProbabilityAt(net, o.index, c);
      if (o.alarm) full *= o.present ? p : 1 - p;
      else tempered *= o.present ? p : 1 - p;
    }
    const lw = logPrior + evidenceTempering * Math.log(tempered) + Math.log(full);
    logWeights[c] = lw;
    if (lw > maxLog) maxLog = lw;
  }
  const weights = new Float64Array(configs.length);
  let total = 0;
  for (let c = 0; c < configs.length; c++) {
    const w = Math.exp((logWeights[c] as number) - maxLog);
    weights[c] = w;
    total += w;
  }
  // One spare slot absorbs the padding index of configurations with fewer than three causes.
  const sums = new Float64Array(n + 1);
  const slots = net.configurationSlots;
  for (let c = 0; c < configs.length; c++) {
    const w = (weights[c] as number) / total;
    weights[c] = w;
    const base = c * maxCoexisting;
    for (let k = 0; k < maxCoexisting; k++) {
      const j = slots[base + k] as number;
      sums[j] = (sums[j] as number) + w;
    }
  }
  const marginals = sums.subarray(0, n);
  for (let j = 0; j < n; j++) marginals[j] = Math.min(1, Math.max(0, marginals[j] as number));
  return { marginals, weights, priors };
}

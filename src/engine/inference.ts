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
 * Working arrays of `infer`, reused from call to call (infer is synchronous and never re-entered, and none of
 * them outlives the call): allocating typed arrays costs more than the arithmetic for small cases.
 */
interface Scratch {
  readonly logPriorOdds: Float64Array;
  /** Running likelihood products by configuration: tempered findings, alarm findings. */
  readonly tempered: Float64Array;
  readonly full: Float64Array;
  readonly seen: Uint8Array;
}

const scratches = new WeakMap<Network, Scratch>();

function scratchFor(net: Network): Scratch {
  const existing = scratches.get(net);
  if (existing) return existing;
  checkEnumeration(net);
  const scratch: Scratch = {
    logPriorOdds: new Float64Array(net.conditions.length),
    tempered: new Float64Array(net.configurations.length),
    full: new Float64Array(net.configurations.length),
    seen: new Uint8Array(net.findings.length),
  };
  scratches.set(net, scratch);
  return scratch;
}

/**
 * product[c] *= P(this answer | configuration c) for every configuration, in `network.configurations`
 * order: each cause set {a}, {a, b}, {a, b, d} (a < b < d) in depth-first order. P(absent | set) is
 * (1 - leak) · (1 - q_a) · (1 - q_b) · (1 - q_d), formed left to right, so a set shares the partial product
 * of its prefix (the padding slot's factor 1 changes no bit).
 */
function multiplyLikelihood(
  product: Float64Array,
  keep: number,
  factor: Float64Array,
  present: boolean,
  n: number,
): void {
  let c = 0;
  for (let a = 0; a < n; a++) {
    const one = keep * (factor[a] as number);
    const p1 = 1 - one;
    product[c] = (product[c] as number) * (present ? p1 : 1 - p1);
    c++;
    for (let b = a + 1; b < n; b++) {
      const two = one * (factor[b] as number);
      const p2 = 1 - two;
      product[c] = (product[c] as number) * (present ? p2 : 1 - p2);
      c++;
      for (let d = b + 1; d < n; d++) {
        const p3 = 1 - two * (factor[d] as number);
        product[c] = (product[c] as number) * (present ? p3 : 1 - p3);
        c++;
      }
    }
  }
}

/** `multiplyLikelihood` walks the configurations in the order `compile` enumerates them; check it once. */
function checkEnumeration(net: Network): void {
  const n = net.conditions.length;
  const expected: number[] = [];
  for (let a = 0; a < n; a++) {
    expected.push(a, n, n);
    for (let b = a + 1; b < n; b++) {
      expected.push(a, b, n);
      for (let d = b + 1; d < n; d++) expected.push(a, b, d);
    }
  }
  const slots = net.configurationSlots;
  if (maxCoexisting !== 3 || slots.length !== expected.length || expected.some((v, i) => slots[i] !== v)) {
    throw new Error('inference: unexpected configuration order');
  }
}

/**
 * Exact inference over every configuration of up to three co-existing causes. The person has leg pain, so
 * the configuration with no cause at all is excluded: some cause, modelled or `other`, explains it.
 *
 * This is the engine's hot path (called once or twice per assessment), so it runs on typed arrays with no
 * per-configuration allocation. Every product and sum is formed in the same order as the plain definition
 * (finding by finding in evidence order, cause by cause in configuration order), so the results are the
 * same to the last bit.
 */
export function infer(person: Case, net: Network = defaultNetwork): Posterior {
  const present = presentSet(person.evidence);
  const n = net.conditions.length;
  const s = scratchFor(net);
  const { logPriorOdds, seen } = s;
  // The three results share one buffer (one allocation instead of three).
  const configurationCount = net.configurations.length;
  const buffer = new ArrayBuffer((configurationCount + 2 * n + 1) * 8);
  const weights = new Float64Array(buffer, 0, configurationCount);
  const priors = new Float64Array(buffer, configurationCount * 8, n);
  // One spare slot absorbs the padding index of configurations with fewer than three causes.
  const sums = new Float64Array(buffer, (configurationCount + n) * 8, n + 1);
  for (let j = 0; j < n; j++) {
    const p = priorProbability(net.conditions[j] as (typeof net.conditions)[number], person, present);
    priors[j] = p;
    logPriorOdds[j] = Math.log(p / (1 - p));
  }
  // Likelihood of the evidence under each configuration, as two running products (tempered findings, alarm
  // findings), each multiplied finding by finding in evidence order.
  const tempered = s.tempered.fill(1);
  const full = s.full.fill(1);
  const evidence = person.evidence;
  seen.fill(0);
  let alarms = 0;
  for (const e of evidence) {
    if (e.state === 'unknown') continue;
    const index = net.findingIndex.get(e.id);
    if (index === undefined || !net.linked[index] || seen[index] === 1) continue;
    seen[index] = 1;
    const alarm = temperingOf(net, index) === 1;
    if (alarm) alarms++;
    multiplyLikelihood(
      alarm ? full : tempered,
      1 - (net.leak[index] as number),
      net.absentFactor[index] as Float64Array,
      e.state === 'present',
      n,
    );
  }
  const slots = net.configurationSlots;
  const logCoexistence = Math.log(coexistencePenalty);
  // Likelihoods are multiplied directly (one log per configuration, not per finding): even 95 findings at
  // the smallest leak stay far above the double-precision floor.
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < configurationCount; c++) {
    const base = c * maxCoexisting;
    const a = slots[base] as number;
    const b = slots[base + 1] as number;
    const d = slots[base + 2] as number;
    const size = b === n ? 1 : d === n ? 2 : 3;
    let logPrior = (size - 1) * logCoexistence;
    logPrior += logPriorOdds[a] as number;
    if (size > 1) logPrior += logPriorOdds[b] as number;
    if (size > 2) logPrior += logPriorOdds[d] as number;
    // With no alarm finding the alarm product is 1, and ln 1 = 0 would add nothing.
    let lw = logPrior + evidenceTempering * Math.log(tempered[c] as number);
    if (alarms > 0) lw += Math.log(full[c] as number);
    weights[c] = lw;
    if (lw > maxLog) maxLog = lw;
  }
  let total = 0;
  for (let c = 0; c < configurationCount; c++) {
    const w = Math.exp((weights[c] as number) - maxLog);
    weights[c] = w;
    total += w;
  }
  for (let c = 0; c < configurationCount; c++) {
    const w = (weights[c] as number) / total;
    weights[c] = w;
    const base = c * maxCoexisting;
    const a = slots[base] as number;
    const b = slots[base + 1] as number;
    const d = slots[base + 2] as number;
    sums[a] = (sums[a] as number) + w;
    sums[b] = (sums[b] as number) + w;
    sums[d] = (sums[d] as number) + w;
  }
  const marginals = sums.subarray(0, n);
  for (let j = 0; j < n; j++) marginals[j] = Math.min(1, Math.max(0, marginals[j] as number));
  return { marginals, weights, priors };
}

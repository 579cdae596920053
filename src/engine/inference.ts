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
  /** Per cause (padding slot at n, always 0): log prior odds plus the absent findings' log factors. */
  readonly causeTerm: Float64Array;
  /** The same absent-finding sums, tempered findings and alarm findings, per cause. */
  readonly absentTempered: Float64Array;
  readonly absentFull: Float64Array;
  /** Running likelihood products of the present findings by configuration: tempered, alarm. */
  readonly tempered: Float64Array;
  readonly full: Float64Array;
  readonly seen: Uint8Array;
  /** ln(1 - q[finding][j]) by finding, 0 where unlinked (and in the padding slot). */
  readonly logAbsentFactor: readonly Float64Array[];
}

const scratches = new WeakMap<Network, Scratch>();

function scratchFor(net: Network): Scratch {
  const existing = scratches.get(net);
  if (existing) return existing;
  checkEnumeration(net);
  const n = net.conditions.length;
  const scratch: Scratch = {
    causeTerm: new Float64Array(n + 1),
    absentTempered: new Float64Array(n + 1),
    absentFull: new Float64Array(n + 1),
    tempered: new Float64Array(net.configurations.length),
    full: new Float64Array(net.configurations.length),
    seen: new Uint8Array(net.findings.length),
    logAbsentFactor: net.absentFactor.map((f) => f.map((x) => Math.log(x))),
  };
  scratches.set(net, scratch);
  return scratch;
}

/**
 * Results are carved from shared slabs rather than allocated one by one: a 44 KB typed array per call (32
 * causes) is an off-heap allocation the garbage collector must track, and cost as much as the arithmetic.
 * A slab lives while any result carved from it does (at most `slabBytes` held per live result).
 */
const slabBytes = 1 << 20;
let slab = new ArrayBuffer(slabBytes);
let slabUsed = 0;

function carve(bytes: number): { buffer: ArrayBuffer; offset: number } {
  if (bytes > slabBytes) return { buffer: new ArrayBuffer(bytes), offset: 0 };
  if (slabUsed + bytes > slabBytes) {
    slab = new ArrayBuffer(slabBytes);
    slabUsed = 0;
  }
  const offset = slabUsed;
  slabUsed += bytes;
  return { buffer: slab, offset };
}

/**
 * product[c] *= P(present | configuration c) for every configuration, in `network.configurations` order:
 * each cause set {a}, {a, b}, {a, b, d} (a < b < d) in depth-first order. P(absent | set) is
 * (1 - leak) · (1 - q_a) · (1 - q_b) · (1 - q_d), formed left to right, so a set shares the partial product
 * of its prefix (the padding slot's factor 1 changes no bit).
 */
function multiplyPresent(product: Float64Array, keep: number, factor: Float64Array, n: number): void {
  let c = 0;
  for (let a = 0; a < n; a++) {
    const one = keep * (factor[a] as number);
    product[c] = (product[c] as number) * (1 - one);
    c++;
    for (let b = a + 1; b < n; b++) {
      const two = one * (factor[b] as number);
      product[c] = (product[c] as number) * (1 - two);
      c++;
      for (let d = b + 1; d < n; d++) {
        product[c] = (product[c] as number) * (1 - two * (factor[d] as number));
        c++;
      }
    }
  }
}

/** `multiplyPresent` walks the configurations in the order `compile` enumerates them; check it once. */
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
 * Agreement of `infer` with the plain definition (inference.test.ts, on random cases): every weight within
 * this relative error, every marginal within this absolute error. The two differ only in rounding: the fast
 * path takes an absent finding's likelihood as (1 - leak) · Π (1 - q) in logs instead of 1 − (1 − that).
 */
export const inferenceTolerance = 1e-9;

/**
 * Exact inference over every configuration of up to three co-existing causes. The person has leg pain, so
 * the configuration with no cause at all is excluded: some cause, modelled or `other`, explains it.
 *
 * This is the engine's hot path (once or twice per assessment), so it runs on typed arrays with no
 * per-configuration allocation, and it uses the noisy-OR's structure: an absent finding's likelihood,
 * (1 - leak) · Π over the configuration's causes of (1 - q), factorises by cause, so it costs one term per
 * cause instead of one per configuration (its constant (1 - leak) cancels in the normalisation). Only a
 * present finding, 1 − (1 - leak) · Π (1 - q), is multiplied configuration by configuration. The result
 * equals the plain definition up to rounding (`inferenceTolerance`).
 */
export function infer(person: Case, net: Network = defaultNetwork): Posterior {
  const present = presentSet(person.evidence);
  const n = net.conditions.length;
  const s = scratchFor(net);
  const { causeTerm, seen, logAbsentFactor } = s;
  const configurationCount = net.configurations.length;
  // The three results share one slab region (no allocation of their own).
  const { buffer, offset } = carve((configurationCount + 2 * n + 1) * 8);
  const weights = new Float64Array(buffer, offset, configurationCount);
  const priors = new Float64Array(buffer, offset + configurationCount * 8, n);
  // One spare slot absorbs the padding index of configurations with fewer than three causes.
  const sums = new Float64Array(buffer, offset + (configurationCount + n) * 8, n + 1).fill(0);
  const absentTempered = s.absentTempered.fill(0);
  const absentFull = s.absentFull.fill(0);
  let tempered: Float64Array | null = null;
  let full: Float64Array | null = null;
  seen.fill(0);
  for (const e of person.evidence) {
    if (e.state === 'unknown') continue;
    const index = net.findingIndex.get(e.id);
    if (index === undefined || !net.linked[index] || seen[index] === 1) continue;
    seen[index] = 1;
    const alarm = temperingOf(net, index) === 1;
    if (e.state === 'present') {
      let product: Float64Array | null = alarm ? full : tempered;
      if (!product) {
        product = (alarm ? s.full : s.tempered).fill(1);
        if (alarm) full = product;
        else tempered = product;
      }
      multiplyPresent(product, 1 - (net.leak[index] as number), net.absentFactor[index] as Float64Array, n);
    } else {
      const logs = logAbsentFactor[index] as Float64Array;
      const into = alarm ? absentFull : absentTempered;
      for (let j = 0; j < n; j++) into[j] = (into[j] as number) + (logs[j] as number);
    }
  }
  const logCoexistence = Math.log(coexistencePenalty);
  for (let j = 0; j < n; j++) {
    const p = priorProbability(net.conditions[j] as (typeof net.conditions)[number], person, present);
    priors[j] = p;
    causeTerm[j] =
      Math.log(p / (1 - p)) +
      evidenceTempering * (absentTempered[j] as number) +
      (absentFull[j] as number) +
      logCoexistence;
  }
  causeTerm[n] = 0;
  // Each cause beyond the first carries the coexistence penalty: one per cause, one fewer per configuration.
  const slots = net.configurationSlots;
  let maxLog = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < configurationCount; c++) {
    const base = c * maxCoexisting;
    let lw =
      (causeTerm[slots[base] as number] as number) +
      (causeTerm[slots[base + 1] as number] as number) +
      (causeTerm[slots[base + 2] as number] as number);
    if (tempered) lw += evidenceTempering * Math.log(tempered[c] as number);
    if (full) lw += Math.log(full[c] as number);
    weights[c] = lw;
    if (lw > maxLog) maxLog = lw;
  }
  let total = 0;
  for (let c = 0; c < configurationCount; c++) {
    const w = Math.exp((weights[c] as number) - maxLog);
    weights[c] = w;
    total += w;
  }
  const scale = 1 / total;
  for (let c = 0; c < configurationCount; c++) {
    const w = (weights[c] as number) * scale;
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

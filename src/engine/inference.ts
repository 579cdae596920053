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
  /** The same for the findings left out of the triage posterior (`inferWithTriage`), and their combination. */
  readonly extraAbsentTempered: Float64Array;
  readonly extraAbsentFull: Float64Array;
  readonly extraTempered: Float64Array;
  readonly extraFull: Float64Array;
  readonly combinedTempered: Float64Array;
  readonly combinedFull: Float64Array;
  readonly combinedAbsentTempered: Float64Array;
  readonly combinedAbsentFull: Float64Array;
  readonly seen: Uint8Array;
  /** exp of the cause terms, shifted (`weighLinear`). */
  readonly causeFactor: Float64Array;
  readonly slots: Int32Array;
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
    causeFactor: new Float64Array(n + 1),
    slots: net.configurationSlots,
    absentTempered: new Float64Array(n + 1),
    absentFull: new Float64Array(n + 1),
    tempered: new Float64Array(net.configurationCount),
    full: new Float64Array(net.configurationCount),
    extraAbsentTempered: new Float64Array(n + 1),
    extraAbsentFull: new Float64Array(n + 1),
    extraTempered: new Float64Array(net.configurationCount),
    extraFull: new Float64Array(net.configurationCount),
    combinedTempered: new Float64Array(net.configurationCount),
    combinedFull: new Float64Array(net.configurationCount),
    combinedAbsentTempered: new Float64Array(n + 1),
    combinedAbsentFull: new Float64Array(n + 1),
    seen: new Uint8Array(net.findings.length),
    logAbsentFactor: net.absentFactor.map((f) => f.map((x) => Math.log(x))),
  };
  scratches.set(net, scratch);
  return scratch;
}

/**
 * Results are carved from shared slabs rather than allocated one by one: a 44 KB typed array per call (32
 * causes) is an off-heap allocation the garbage collector must track, and cost as much as the arithmetic.
 * A slab lives while any result carved from it does (at most `slabBytes` held per live result). So never
 * transfer or structured-clone a posterior's arrays as they are (that would copy or detach the whole slab):
 * `.slice()` them first.
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

/** Below this total the linear weighing may have lost configurations to underflow; the log form is used. */
const linearFloor = 1e-200;

/** P ** evidenceTempering, by square roots for the model's 0.75. */
const temperProduct =
  evidenceTempering === 0.75
    ? (p: number) => Math.sqrt(p * Math.sqrt(p))
    : (p: number) => p ** evidenceTempering;

/**
 * Unnormalised weights without a log or exp per configuration, and each cause's unnormalised marginal in
 * `sums`; returns their total (0 when the shift is out of range). Walks the configurations in their
 * depth-first order ({a}, {a, b}, {a, b, d}), so a configuration shares its prefix's factor and the sums of
 * a and b stay in registers.
 */
function weighLinear(
  s: Scratch,
  weights: Float64Array,
  sums: Float64Array,
  tempered: Float64Array | null,
  full: Float64Array | null,
  n: number,
): number {
  const { causeTerm, causeFactor } = s;
  let top = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) if ((causeTerm[j] as number) > top) top = causeTerm[j] as number;
  // exp(-top) for the padding must stay finite with room for two of them and the products below.
  if (!(top > -300 && top < 300)) return 0;
  for (let j = 0; j < n; j++) causeFactor[j] = Math.exp((causeTerm[j] as number) - top);
  const pad = Math.exp(-top);
  const likelihood = (c: number) =>
    (tempered ? temperProduct(tempered[c] as number) : 1) * (full ? (full[c] as number) : 1);
  let total = 0;
  let c = 0;
  for (let a = 0; a < n; a++) {
    const fa = causeFactor[a] as number;
    let sumA = 0;
    const one = fa * pad * pad;
    const w1 = tempered || full ? one * likelihood(c) : one;
    weights[c++] = w1;
    sumA += w1;
    for (let b = a + 1; b < n; b++) {
      const fab = fa * (causeFactor[b] as number);
      const two = fab * pad;
      const w2 = tempered || full ? two * likelihood(c) : two;
      weights[c++] = w2;
      let sumB = w2;
      for (let d = b + 1; d < n; d++) {
        const three = fab * (causeFactor[d] as number);
        const w3 = tempered || full ? three * likelihood(c) : three;
        weights[c++] = w3;
        sumB += w3;
        sums[d] = (sums[d] as number) + w3;
      }
      sumA += sumB;
      sums[b] = (sums[b] as number) + sumB;
    }
    sums[a] = (sums[a] as number) + sumA;
    total += sumA;
  }
  return total;
}

/** The same weights through logs (one log and one exp per configuration), scaled so the largest is 1. */
function weighByLogs(
  s: Scratch,
  weights: Float64Array,
  tempered: Float64Array | null,
  full: Float64Array | null,
  configurationCount: number,
): number {
  const { causeTerm, slots } = s;
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
  return total;
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
 * present finding, 1 − (1 - leak) · Π (1 - q), is multiplied configuration by configuration. The weights
 * are then formed without a log or exp per configuration (`weighLinear`; `forceLogs` takes the log form, the
 * fallback for extreme evidence, for tests). The result equals the plain definition up to rounding
 * (`inferenceTolerance`).
 */
export function infer(person: Case, net: Network = defaultNetwork, forceLogs = false): Posterior {
  const s = scratchFor(net);
  const observed = observe(person.evidence, net, s, null);
  return weigh(net, s, person, presentSet(person.evidence), observed.main, forceLogs);
}

/** Likelihood terms gathered from evidence: per-cause absent sums and, if any, present products. */
interface Terms {
  readonly absentTempered: Float64Array;
  readonly absentFull: Float64Array;
  readonly tempered: Float64Array | null;
  readonly full: Float64Array | null;
}

/**
 * One pass over the evidence (first answer per finding; unknown and unlinked findings skipped). Findings in
 * `apart` go to separate terms (`extra`), so two posteriors can share one pass.
 */
function observe(
  evidence: readonly EvidenceItem[],
  net: Network,
  s: Scratch,
  apart: ReadonlySet<string> | null,
): { main: Terms; extra: Terms | null } {
  const n = net.conditions.length;
  const { seen, logAbsentFactor } = s;
  const main = {
    absentTempered: s.absentTempered.fill(0),
    absentFull: s.absentFull.fill(0),
    tempered: null,
    full: null,
  } as {
    -readonly [K in keyof Terms]: Terms[K];
  };
  let extra: typeof main | null = null;
  seen.fill(0);
  for (const e of evidence) {
    if (e.state === 'unknown') continue;
    const index = net.findingIndex.get(e.id);
    if (index === undefined || !net.linked[index] || seen[index] === 1) continue;
    seen[index] = 1;
    let terms = main;
    if (apart?.has(e.id)) {
      extra ??= {
        absentTempered: s.extraAbsentTempered.fill(0),
        absentFull: s.extraAbsentFull.fill(0),
        tempered: null,
        full: null,
      };
      terms = extra;
    }
    const alarm = temperingOf(net, index) === 1;
    if (e.state === 'present') {
      let product = alarm ? terms.full : terms.tempered;
      if (!product) {
        const own = terms === main ? (alarm ? s.full : s.tempered) : alarm ? s.extraFull : s.extraTempered;
        product = own.fill(1);
        if (alarm) terms.full = product;
        else terms.tempered = product;
      }
      multiplyPresent(product, 1 - (net.leak[index] as number), net.absentFactor[index] as Float64Array, n);
    } else {
      const logs = logAbsentFactor[index] as Float64Array;
      const into = alarm ? terms.absentFull : terms.absentTempered;
      for (let j = 0; j < n; j++) into[j] = (into[j] as number) + (logs[j] as number);
    }
  }
  return { main, extra };
}

/** The posterior from likelihood terms: priors, weights, normalisation, marginals. */
function weigh(
  net: Network,
  s: Scratch,
  person: Case,
  present: ReadonlySet<string>,
  terms: Terms,
  forceLogs: boolean,
): Posterior {
  const n = net.conditions.length;
  const { causeTerm, slots } = s;
  const { absentTempered, absentFull, tempered, full } = terms;
  const configurationCount = net.configurationCount;
  // The three results share one slab region (no allocation of their own).
  const { buffer, offset } = carve((configurationCount + 2 * n + 1) * 8);
  const weights = new Float64Array(buffer, offset, configurationCount);
  const priors = new Float64Array(buffer, offset + configurationCount * 8, n);
  // One spare slot absorbs the padding index of configurations with fewer than three causes.
  const sums = new Float64Array(buffer, offset + (configurationCount + n) * 8, n + 1).fill(0);
  // Each cause beyond the first carries the coexistence penalty: one per cause here, so one too many per
  // configuration, a constant that cancels in the normalisation.
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
  // Each configuration's unnormalised weight. The linear form needs no log or exp per configuration: the
  // cause terms become factors (shifted by the largest, so each is at most 1; the padding slot carries the
  // shift back), and the present findings' products are raised to the tempering power by square roots.
  // When that would underflow (evidence so strong that every configuration is below 1e-200 before
  // normalising), the log form takes over.
  let total = forceLogs ? 0 : weighLinear(s, weights, sums, tempered, full, n);
  if (!(total >= linearFloor && Number.isFinite(total))) {
    total = weighByLogs(s, weights, tempered, full, configurationCount);
    sums.fill(0);
    for (let c = 0; c < configurationCount; c++) {
      const w = weights[c] as number;
      const base = c * maxCoexisting;
      const a = slots[base] as number;
      const b = slots[base + 1] as number;
      const d = slots[base + 2] as number;
      sums[a] = (sums[a] as number) + w;
      sums[b] = (sums[b] as number) + w;
      sums[d] = (sums[d] as number) + w;
    }
  }
  const scale = 1 / total;
  for (let c = 0; c < configurationCount; c++) weights[c] = (weights[c] as number) * scale;
  for (let j = 0; j < n; j++) sums[j] = (sums[j] as number) * scale;
  const marginals = sums.subarray(0, n);
  for (let j = 0; j < n; j++) marginals[j] = Math.min(1, Math.max(0, marginals[j] as number));
  return { marginals, weights, priors };
}

/** a · b elementwise into `out`, either side possibly absent (a product of no findings, 1). */
function combine(a: Float64Array | null, b: Float64Array | null, out: Float64Array): Float64Array | null {
  if (!a) return b;
  if (!b) return a;
  for (let c = 0; c < out.length; c++) out[c] = (a[c] as number) * (b[c] as number);
  return out;
}

/**
 * The posterior and the triage posterior (the same inference without the findings in
 * `net.excludedFromTriage`, which act through rules only) in one pass over the evidence: the same as
 * `infer(person)` and `infer(person without those findings)` within `inferenceTolerance`. When no such
 * finding was answered the two are the same object.
 */
export function inferWithTriage(
  person: Case,
  net: Network = defaultNetwork,
): { posterior: Posterior; forTriage: Posterior } {
  const s = scratchFor(net);
  const present = presentSet(person.evidence);
  const { main, extra } = observe(person.evidence, net, s, net.excludedFromTriage);
  // An excluded finding may also be a risk factor (it moves priors without being linked).
  const triagePresent = new Set([...present].filter((id) => !net.excludedFromTriage.has(id)));
  if (!extra && triagePresent.size === present.size) {
    const posterior = weigh(net, s, person, present, main, false);
    return { posterior, forTriage: posterior };
  }
  const forTriage = weigh(net, s, person, triagePresent, main, false);
  if (!extra) return { posterior: weigh(net, s, person, present, main, false), forTriage };
  const n = net.conditions.length;
  const absentTempered = s.combinedAbsentTempered;
  const absentFull = s.combinedAbsentFull;
  for (let j = 0; j <= n; j++) {
    absentTempered[j] = (main.absentTempered[j] as number) + (extra.absentTempered[j] as number);
    absentFull[j] = (main.absentFull[j] as number) + (extra.absentFull[j] as number);
  }
  const posterior = weigh(
    net,
    s,
    person,
    present,
    {
      absentTempered,
      absentFull,
      tempered: combine(main.tempered, extra.tempered, s.combinedTempered),
      full: combine(main.full, extra.full, s.combinedFull),
    },
    false,
  );
  return { posterior, forTriage };
}

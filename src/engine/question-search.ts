import { urgencyLevels } from '../knowledge/index.js';
import { type Posterior, temperingOf } from './inference.js';
import { maxCoexisting, type Network } from './network.js';

// Read once: an imported binding is a getter call under some loaders (tsx), in loops over every configuration.
const stride = maxCoexisting;

/**
 * The numeric core of the next-question search: for an open finding, the predictive probability of "yes" and
 * the cause marginals and urgency masses after each answer. Interview policy (which findings are candidates,
 * how they are scored, when to stop) stays in interview.ts and its modules; this module only makes the
 * arithmetic fast.
 */

export interface Hypothetical {
  /** Predictive probability of "yes" (untempered). */
  readonly pYes: number;
  /** Condition marginals after "yes" and after "no", tempered like the inference itself. */
  readonly yes: Float64Array;
  readonly no: Float64Array;
  /** Probability mass by urgency rank after "yes" and after "no" (cumulative, as `urgencyMass`). */
  readonly yesMass: Float64Array;
  readonly noMass: Float64Array;
  /**
   * The same four as ranges of one array, for the hot paths (no view per answer): with n causes and m
   * urgency ranks, yes at `at`, no at `at + n`, yesMass at `at + 2n`, noMass at `at + 2n + m`.
   */
  readonly values: Float64Array;
  readonly at: number;
}

/** A `Hypothetical` over a range of a shared array; its four views made only when read (cold paths). */
class RangeHypothetical implements Hypothetical {
  private yesView: Float64Array | undefined;
  private noView: Float64Array | undefined;
  private yesMassView: Float64Array | undefined;
  private noMassView: Float64Array | undefined;

  constructor(
    readonly pYes: number,
    readonly values: Float64Array,
    readonly at: number,
    private readonly n: number,
  ) {}

  get yes(): Float64Array {
    this.yesView ??= this.values.subarray(this.at, this.at + this.n);
    return this.yesView;
  }

  get no(): Float64Array {
    this.noView ??= this.values.subarray(this.at + this.n, this.at + 2 * this.n);
    return this.noView;
  }

  get yesMass(): Float64Array {
    const start = this.at + 2 * this.n;
    this.yesMassView ??= this.values.subarray(start, start + massLength);
    return this.yesMassView;
  }

  get noMass(): Float64Array {
    const start = this.at + 2 * this.n + massLength;
    this.noMassView ??= this.values.subarray(start, start + massLength);
    return this.noMassView;
  }
}

/**
 * Pruning of the question search. The search evaluates both answers of every open question over the
 * configurations of co-existing causes (5,488 with 32 causes), so it leaves out the configurations of least
 * posterior weight whose weights together sum to at most `prunedMass`, whatever the catalog size. The bound
 * (tested in pruning.test.ts against the exact computation): with D the dropped mass (D ≤ prunedMass),
 * - every predictive probability of an answer, P(yes), is off by at most D;
 * - every hypothetical marginal after an answer a is off by at most D / (Z_a − D), where Z_a ≥ P(a) is the
 *   tempered normaliser of that answer: at most 0.1 percentage point for an answer at least 10% likely, and
 *   1 point for one at least 1% likely (which weighs at most 1% in the expected entropy).
 * With 32 causes this keeps about a quarter of the configurations (measured by `npm run bench:interview`).
 * Model setting, not a clinical number.
 * Inference itself (the assessment's probabilities) stays exact: only the search for the next question prunes.
 */
export const prunedMass = 1e-4;

const massLength = urgencyLevels.length;
const significantCache = new WeakMap<Posterior, Int32Array>();

/** x ** power, with the two powers the model uses computed without Math.pow (the hot path). */
function temper(x: number, power: number): number {
  if (power === 1) return x;
  if (power === 0.75) return Math.sqrt(x * Math.sqrt(x));
  return x ** power;
}

/**
 * The configurations kept for the search: all but the lightest ones, whose weights sum to at most
 * `prunedMass`. Linear time: weights are bucketed by binary exponent, whole buckets are dropped from the
 * lightest up while their running sum stays within the budget (a partly fitting bucket is kept whole).
 */
export function significant(posterior: Posterior, mass = prunedMass): Int32Array {
  let list = mass === prunedMass ? significantCache.get(posterior) : undefined;
  if (list) return list;
  const weights = posterior.weights;
  // Scratch reused from call to call (one step allocates only the kept list).
  const buckets = bucketSums.fill(0);
  if (bucketScratch.length < weights.length) bucketScratch = new Int16Array(weights.length);
  const bucket = bucketScratch;
  const bits = exponentScratch.bits;
  const hi = exponentScratch.hi;
  for (let c = 0; c < weights.length; c++) {
    const w = weights[c] as number;
    bits[0] = w;
    // The binary exponent read from the bits: floor(log2 w) for a normal w, without a Math.log2 per
    // configuration. Math.log2 itself where its rounding may differ (a mantissa within 2^-20 of the next
    // power of two, where log2 can round up to the integer) or where w is not normal, so the buckets are
    // exactly those of Math.floor(Math.log2(w)).
    const word = hi[1] as number;
    const exponent = (word >>> 20) & 0x7ff;
    const b =
      w <= 0
        ? 0
        : exponent === 0 || exponent === 0x7ff || (word & 0xfffff) === 0xfffff
          ? Math.max(1, Math.min(1099, Math.floor(Math.log2(w)) + 1075))
          : Math.max(1, Math.min(1099, exponent + 52));
    bucket[c] = b;
    buckets[b] = (buckets[b] as number) + w;
  }
  let dropped = 0;
  let cut = 0; // buckets below `cut` are dropped
  while (cut < buckets.length && dropped + (buckets[cut] as number) <= mass) {
    dropped += buckets[cut] as number;
    cut++;
  }
  let count = 0;
  for (let c = 0; c < weights.length; c++) if ((bucket[c] as number) >= cut) count++;
  list = new Int32Array(count);
  let k = 0;
  for (let c = 0; c < weights.length; c++) if ((bucket[c] as number) >= cut) list[k++] = c;
  if (mass === prunedMass) significantCache.set(posterior, list);
  return list;
}

/** One double and its two 32-bit words (little-endian: the sign and exponent in the second), for `significant`. */
const exponentScratch = (() => {
  const bits = new Float64Array(1);
  return { bits, hi: new Uint32Array(bits.buffer) };
})();

/** `significant`'s scratch: weight sums by binary exponent, and each configuration's bucket. */
const bucketSums = new Float64Array(1100);
let bucketScratch = new Int16Array(0);

/**
 * The plain definition: both answers to one question in a single pass over every kept configuration. The
 * fast search (`QuestionSearch`) must agree with it within `searchTolerance` (question-search.test.ts).
 */
export function hypothetical(
  net: Network,
  posterior: Posterior,
  finding: number,
  mass = prunedMass,
): Hypothetical {
  const power = temperingOf(net, finding);
  const n = net.conditions.length;
  const yes = new Float64Array(n + 1);
  const no = new Float64Array(n + 1);
  const slots = net.configurationSlots;
  const factor = net.absentFactor[finding] as Float64Array;
  const keep = 1 - (net.leak[finding] as number);
  const weights = posterior.weights;
  let pYes = 0;
  let totalYes = 0;
  let totalNo = 0;
  const kept = significant(posterior, mass);
  const urgency = net.configurationUrgency;
  const yesMass = new Float64Array(massLength);
  const noMass = new Float64Array(massLength);
  for (let k = 0; k < kept.length; k++) {
    const c = kept[k] as number;
    const base = c * stride;
    const a = slots[base] as number;
    const b = slots[base + 1] as number;
    const d = slots[base + 2] as number;
    const absent = keep * (factor[a] as number) * (factor[b] as number) * (factor[d] as number);
    const w = weights[c] as number;
    pYes += w * (1 - absent);
    const wy = w * temper(1 - absent, power);
    const wn = w * temper(absent, power);
    totalYes += wy;
    totalNo += wn;
    yes[a] = (yes[a] as number) + wy;
    yes[b] = (yes[b] as number) + wy;
    yes[d] = (yes[d] as number) + wy;
    no[a] = (no[a] as number) + wn;
    no[b] = (no[b] as number) + wn;
    no[d] = (no[d] as number) + wn;
    const r = urgency[c] as number;
    yesMass[r] = (yesMass[r] as number) + wy;
    noMass[r] = (noMass[r] as number) + wn;
  }
  return finish(n, pYes, yes, no, totalYes, totalNo, yesMass, noMass);
}

interface AnswerSums {
  readonly yes: Float64Array;
  readonly no: Float64Array;
  readonly yesMass: Float64Array;
  readonly noMass: Float64Array;
}

/**
 * The answers' unnormalised sums → a `Hypothetical` written into `values` from `at` (the layout of
 * `Hypothetical.values`): marginals divided by their total (not multiplied by its inverse, as the inference
 * does), masses scaled and made cumulative by rank.
 */
function normalisedInto(
  n: number,
  pYes: number,
  sums: AnswerSums,
  totalYes: number,
  totalNo: number,
  values: Float64Array,
  at: number,
): Hypothetical {
  const scaleYes = totalYes > 0 ? 1 / totalYes : 0;
  const scaleNo = totalNo > 0 ? 1 / totalNo : 0;
  const yesMassAt = at + 2 * n;
  const noMassAt = yesMassAt + massLength;
  values[yesMassAt] = (sums.yesMass[0] as number) * scaleYes;
  values[noMassAt] = (sums.noMass[0] as number) * scaleNo;
  for (let r = 1; r < massLength; r++) {
    values[yesMassAt + r] = (sums.yesMass[r] as number) * scaleYes + (values[yesMassAt + r - 1] as number);
    values[noMassAt + r] = (sums.noMass[r] as number) * scaleNo + (values[noMassAt + r - 1] as number);
  }
  divideInto(values, at, sums.yes, n, totalYes);
  divideInto(values, at + n, sums.no, n, totalNo);
  return new RangeHypothetical(pYes, values, at, n);
}

/** The first `n` sums divided by their total (copied as they are when the total is 0), into `to` from `at`. */
function divideInto(to: Float64Array, at: number, from: Float64Array, n: number, total: number): void {
  if (total > 0) for (let j = 0; j < n; j++) to[at + j] = (from[j] as number) / total;
  else for (let j = 0; j < n; j++) to[at + j] = from[j] as number;
}

function finish(
  n: number,
  pYes: number,
  yes: Float64Array,
  no: Float64Array,
  totalYes: number,
  totalNo: number,
  yesMass: Float64Array,
  noMass: Float64Array,
): Hypothetical {
  const values = new Float64Array(2 * n + 2 * massLength);
  return normalisedInto(n, pYes, { yes, no, yesMass, noMass }, totalYes, totalNo, values, 0);
}

/**
 * Agreement of the fast search with `hypothetical` (same pruning), from summation order alone: at most this
 * on P(yes), and this divided by the answer's tempered normaliser Z_a on its marginals and urgency masses
 * (Z_a ≥ P(a), so 1e-10 for an answer at least 1% likely). Tested on random cases in question-search.test.ts.
 */
export const searchTolerance = 1e-12;

/** Causes linked to each finding (link > 0), per network. */
const linkedCauses = new WeakMap<Network, readonly Int32Array[]>();

function linkedCausesOf(net: Network): readonly Int32Array[] {
  let lists = linkedCauses.get(net);
  if (!lists) {
    const n = net.conditions.length;
    lists = net.absentFactor.map((f) => {
      const out: number[] = [];
      for (let j = 0; j < n; j++) if ((f[j] as number) < 1) out.push(j);
      return Int32Array.from(out);
    });
    linkedCauses.set(net, lists);
  }
  return lists;
}

/**
 * The question search over one posterior. A configuration none of whose causes is linked to the asked
 * finding gives the answer the same likelihood (the leak alone), so its contribution is a constant times
 * sums that do not depend on the finding: those sums are formed once per posterior, and each finding walks
 * only the kept configurations that contain a cause linked to it (a few hundred of ~1,400 with 32 causes).
 * Exact up to summation order (`searchTolerance`).
 */
export class QuestionSearch {
  private readonly n: number;
  /** The kept configurations, as parallel arrays: causes (padding = n), weight, urgency rank. */
  private readonly slotA: Int32Array;
  private readonly slotB: Int32Array;
  private readonly slotD: Int32Array;
  private readonly weight: Float64Array;
  private readonly rank: Uint8Array;
  /**
   * Indices (into the kept arrays) of the kept configurations containing cause j:
   * byCause[byCauseStart[j] .. byCauseStart[j + 1]).
   */
  private readonly byCause: Int32Array;
  private readonly byCauseStart: Int32Array;
  /** Kept totals: Σw, Σw per cause (padding slot at n), Σw per urgency rank. */
  private readonly totalWeight: number;
  private readonly causeWeight: Float64Array;
  private readonly rankWeight: Float64Array;
  /**
   * Kept weight by cause and urgency rank, cumulative over ranks: causeRank[j * ranks + r] = Σw of the kept
   * configurations holding cause j whose rank is at most r (`urgencyStaysBelow`); rankCumulative likewise
   * over every kept configuration. Built on the first bound asked (only the triage posterior's search asks).
   */
  private rankSums: { readonly causeRank: Float64Array; readonly rankCumulative: Float64Array } | undefined;
  /** Working sums of the linked configurations, reused from finding to finding. */
  private readonly linkedCause: Float64Array;
  private readonly linkedRank: Float64Array;
  /** Working sums of one hypothetical (both answers' marginals with the padding slot, urgency masses). */
  private readonly yesSums: Float64Array;
  private readonly noSums: Float64Array;
  private readonly yesMassSums: Float64Array;
  private readonly noMassSums: Float64Array;
  private readonly workingSums: AnswerSums;
  /**
   * Storage of the results, handed out as ranges: one buffer per `arenaResults` hypotheticals instead of
   * four typed arrays each (small typed arrays of this size live outside the JS heap, each its own buffer),
   * and no view per result unless a cold path reads one (`RangeHypothetical`).
   */
  private arena = new Float64Array(0);
  private arenaUsed = 0;
  /** Hypotheticals already computed over this posterior, by finding. */
  private readonly answered: (Hypothetical | undefined)[] = [];

  constructor(
    readonly net: Network,
    readonly posterior: Posterior,
  ) {
    const n = net.conditions.length;
    this.n = n;
    const kept = significant(posterior);
    const count = kept.length;
    const slots = net.configurationSlots;
    const urgency = net.configurationUrgency;
    const weights = posterior.weights;
    this.slotA = new Int32Array(count);
    this.slotB = new Int32Array(count);
    this.slotD = new Int32Array(count);
    this.weight = new Float64Array(count);
    this.rank = new Uint8Array(count);
    this.causeWeight = new Float64Array(n + 1);
    this.rankWeight = new Float64Array(massLength);
    const sizes = new Int32Array(n + 1);
    let total = 0;
    for (let k = 0; k < count; k++) {
      const c = kept[k] as number;
      const base = c * stride;
      const a = slots[base] as number;
      const b = slots[base + 1] as number;
      const d = slots[base + 2] as number;
      const w = weights[c] as number;
      const r = urgency[c] as number;
      this.slotA[k] = a;
      this.slotB[k] = b;
      this.slotD[k] = d;
      this.weight[k] = w;
      this.rank[k] = r;
      total += w;
      this.causeWeight[a] = (this.causeWeight[a] as number) + w;
      this.causeWeight[b] = (this.causeWeight[b] as number) + w;
      this.causeWeight[d] = (this.causeWeight[d] as number) + w;
      this.rankWeight[r] = (this.rankWeight[r] as number) + w;
      sizes[a] = (sizes[a] as number) + 1;
      sizes[b] = (sizes[b] as number) + 1;
      sizes[d] = (sizes[d] as number) + 1;
    }
    this.totalWeight = total;
    // Start offsets per cause; `filled` then counts up from each start (the padding slot n is not filed).
    const start = new Int32Array(n + 1);
    for (let j = 0; j < n; j++) start[j + 1] = (start[j] as number) + (sizes[j] as number);
    const byCause = new Int32Array(start[n] as number);
    const filled = sizes;
    for (let j = 0; j < n; j++) filled[j] = start[j] as number;
    for (let k = 0; k < count; k++) {
      const a = this.slotA[k] as number;
      const b = this.slotB[k] as number;
      const d = this.slotD[k] as number;
      if (a !== n) byCause[(filled[a] as number)++] = k;
      if (b !== n) byCause[(filled[b] as number)++] = k;
      if (d !== n) byCause[(filled[d] as number)++] = k;
    }
    this.byCause = byCause;
    this.byCauseStart = start;
    this.linkedCause = new Float64Array(n + 1);
    this.linkedRank = new Float64Array(massLength);
    this.yesSums = new Float64Array(n + 1);
    this.noSums = new Float64Array(n + 1);
    this.yesMassSums = new Float64Array(massLength);
    this.noMassSums = new Float64Array(massLength);
    this.workingSums = {
      yes: this.yesSums,
      no: this.noSums,
      yesMass: this.yesMassSums,
      noMass: this.noMassSums,
    };
  }

  /** The start of `length` free doubles in the arena (a new arena when this one is full). */
  private take(length: number): number {
    if (this.arenaUsed + length > this.arena.length) {
      this.arena = new Float64Array(Math.max(length, arenaResults * length));
      this.arenaUsed = 0;
    }
    const at = this.arenaUsed;
    this.arenaUsed += length;
    return at;
  }

  /**
   * Both answers to one finding: the same quantities as `hypothetical(net, posterior, finding)`. Computed once
   * per finding (the candidates, the complaint checks and the bounded screens of one step ask the same ones);
   * the search lives as long as its posterior, i.e. one interview step. Callers must not modify the result.
   */
  hypothetical(finding: number): Hypothetical {
    let known = this.answered[finding];
    if (!known) {
      known = this.compute(finding);
      this.answered[finding] = known;
    }
    return known;
  }

  /** `rankSums`, built once. */
  private rankSumsOf(): { readonly causeRank: Float64Array; readonly rankCumulative: Float64Array } {
    if (this.rankSums) return this.rankSums;
    const { n, slotA, slotB, slotD, weight, rank } = this;
    const count = weight.length;
    const causeRank = new Float64Array((n + 1) * massLength);
    for (let k = 0; k < count; k++) {
      const w = weight[k] as number;
      const r = rank[k] as number;
      const a = slotA[k] as number;
      const b = slotB[k] as number;
      const d = slotD[k] as number;
      causeRank[a * massLength + r] = (causeRank[a * massLength + r] as number) + w;
      if (b !== a) causeRank[b * massLength + r] = (causeRank[b * massLength + r] as number) + w;
      if (d !== a && d !== b) causeRank[d * massLength + r] = (causeRank[d * massLength + r] as number) + w;
    }
    for (let j = 0; j <= n; j++)
      for (let r = 1; r < massLength; r++)
        causeRank[j * massLength + r] =
          (causeRank[j * massLength + r] as number) + (causeRank[j * massLength + r - 1] as number);
    const rankCumulative = new Float64Array(massLength);
    let cumulative = 0;
    for (let r = 0; r < massLength; r++) {
      cumulative += this.rankWeight[r] as number;
      rankCumulative[r] = cumulative;
    }
    this.rankSums = { causeRank, rankCumulative };
    return this.rankSums;
  }

  /**
   * Whether, for both answers to `finding`, every cumulative urgency mass `hypothetical(finding)` gives stays
   * below `limits` (by rank; Infinity where there is none), proved without computing it. Per rank r, with the
   * kept weights: the configurations without a cause linked to the finding have the leak's likelihood L0;
   * those with one have a likelihood between L0 and the largest (yes) or smallest (no) the finding's links
   * allow, Lx, and their weight at rank ≤ r (and > r) is at most the sum over the linked causes of the weight
   * of the configurations holding that cause there (a union bound). So after an answer the mass at rank ≤ r
   * is at most A / (A + B) with A the most the ranks ≤ r can hold and B the least the others can:
   * - yes (L0 the least likelihood): A = L0·W≤r + (Lx − L0)·min(C≤r, W≤r), B = L0·W>r;
   * - no (L0 the most): A = L0·W≤r, B = L0·W>r − (L0 − Lx)·min(C>r, W>r).
   * The margin (1e-9 relative, 1e-12 absolute) covers the rounding of both computations (tested in
   * question-search.test.ts: wherever this holds, the computed masses are below the limits). Linear in the
   * finding's linked causes, against a walk over their configurations.
   */
  urgencyStaysBelow(finding: number, limits: Float64Array): boolean {
    const { net } = this;
    // The product below covers three causes per configuration.
    if (stride > 3) return false;
    const power = temperingOf(net, finding);
    const factor = net.absentFactor[finding] as Float64Array;
    const keep = 1 - (net.leak[finding] as number);
    const causes = (linkedCausesOf(net)[finding] as Int32Array) ?? new Int32Array(0);
    // The least product of the factors of `stride` linked causes (a configuration holds at most that many).
    let f1 = 1;
    let f2 = 1;
    let f3 = 1;
    for (let l = 0; l < causes.length; l++) {
      const f = factor[causes[l] as number] as number;
      if (f < f1) {
        f3 = f2;
        f2 = f1;
        f1 = f;
      } else if (f < f2) {
        f3 = f2;
        f2 = f;
      } else if (f < f3) f3 = f;
    }
    const least = keep * f1 * f2 * f3;
    const yes0 = temper(1 - keep, power);
    const yesMost = temper(1 - least, power);
    const no0 = temper(keep, power);
    const noLeast = temper(least, power);
    const { causeRank, rankCumulative } = this.rankSumsOf();
    const total = this.totalWeight;
    let linkedAll = 0;
    for (let l = 0; l < causes.length; l++) {
      const j = causes[l] as number;
      linkedAll += causeRank[j * massLength + massLength - 1] as number;
    }
    for (let r = 0; r < massLength; r++) {
      const limit = limits[r] as number;
      if (!(limit < Number.POSITIVE_INFINITY)) continue;
      const upTo = Math.min(total, rankCumulative[r] as number);
      const beyond = total - upTo;
      let linkedUpTo = 0;
      for (let l = 0; l < causes.length; l++)
        linkedUpTo += causeRank[(causes[l] as number) * massLength + r] as number;
      const linkedBeyond = Math.max(0, linkedAll - linkedUpTo);
      const yesA = yes0 * upTo + (yesMost - yes0) * Math.min(linkedUpTo, upTo);
      const yesB = yes0 * beyond;
      const noA = no0 * upTo;
      const noB = no0 * beyond - (no0 - noLeast) * Math.min(linkedBeyond, beyond);
      if (!below(yesA, yesB, limit) || !below(noA, noB, limit)) return false;
    }
    return true;
  }

  /**
   * "None of these": every finding in `findings` absent at once, over the same kept configurations as one
   * answer (so the same bound, with P(none) for P(a)): the predictive probability of that answer, the
   * marginals after it (tempered like the inference) and the cumulative urgency mass.
   */
  noneOf(findings: readonly number[]): {
    readonly pNone: number;
    readonly marginals: Float64Array;
    readonly mass: Float64Array;
  } {
    const { n, net, slotA, slotB, slotD, weight, rank } = this;
    const factors = findings.map((f) => net.absentFactor[f] as Float64Array);
    const keeps = findings.map((f) => 1 - (net.leak[f] as number));
    const powers = findings.map((f) => temperingOf(net, f));
    const sums = new Float64Array(n + 1);
    const mass = new Float64Array(massLength);
    let pNone = 0;
    let total = 0;
    for (let k = 0; k < weight.length; k++) {
      const a = slotA[k] as number;
      const b = slotB[k] as number;
      const d = slotD[k] as number;
      let absent = 1;
      let tempered = 1;
      for (let f = 0; f < factors.length; f++) {
        const factor = factors[f] as Float64Array;
        const x =
          (keeps[f] as number) * (factor[a] as number) * (factor[b] as number) * (factor[d] as number);
        absent *= x;
        tempered *= temper(x, powers[f] as number);
      }
      const w = weight[k] as number;
      pNone += w * absent;
      const wn = w * tempered;
      total += wn;
      sums[a] = (sums[a] as number) + wn;
      sums[b] = (sums[b] as number) + wn;
      sums[d] = (sums[d] as number) + wn;
      const r = rank[k] as number;
      mass[r] = (mass[r] as number) + wn;
    }
    const scale = total > 0 ? 1 / total : 0;
    mass[0] = (mass[0] as number) * scale;
    for (let r = 1; r < massLength; r++) mass[r] = (mass[r] as number) * scale + (mass[r - 1] as number);
    const marginals = sums.subarray(0, n);
    for (let j = 0; j < n; j++) marginals[j] = (marginals[j] as number) * scale;
    return { pNone, marginals, mass };
  }

  private compute(finding: number): Hypothetical {
    const { n, net, slotA, slotB, slotD, weight, rank, linkedCause, linkedRank } = this;
    const power = temperingOf(net, finding);
    const factor = net.absentFactor[finding] as Float64Array;
    const keep = 1 - (net.leak[finding] as number);
    const yes = this.yesSums.fill(0);
    const no = this.noSums.fill(0);
    const yesMass = this.yesMassSums.fill(0);
    const noMass = this.noMassSums.fill(0);
    const byCause = this.byCause;
    const byCauseStart = this.byCauseStart;
    linkedCause.fill(0);
    linkedRank.fill(0);
    let linkedWeight = 0;
    let pYes = 0;
    let totalYes = 0;
    let totalNo = 0;
    const causes = (linkedCausesOf(net)[finding] as Int32Array) ?? new Int32Array(0);
    for (let l = 0; l < causes.length; l++) {
      const j = causes[l] as number;
      const end = byCauseStart[j + 1] as number;
      for (let i = byCauseStart[j] as number; i < end; i++) {
        const k = byCause[i] as number;
        const a = slotA[k] as number;
        const b = slotB[k] as number;
        const d = slotD[k] as number;
        const fa = factor[a] as number;
        const fb = factor[b] as number;
        const fd = factor[d] as number;
        // Each configuration once: under its first linked cause in slot order.
        if ((fa < 1 ? a : fb < 1 ? b : d) !== j) continue;
        const absent = keep * fa * fb * fd;
        const w = weight[k] as number;
        pYes += w * (1 - absent);
        const wy = w * temper(1 - absent, power);
        const wn = w * temper(absent, power);
        totalYes += wy;
        totalNo += wn;
        yes[a] = (yes[a] as number) + wy;
        yes[b] = (yes[b] as number) + wy;
        yes[d] = (yes[d] as number) + wy;
        no[a] = (no[a] as number) + wn;
        no[b] = (no[b] as number) + wn;
        no[d] = (no[d] as number) + wn;
        const r = rank[k] as number;
        yesMass[r] = (yesMass[r] as number) + wy;
        noMass[r] = (noMass[r] as number) + wn;
        linkedWeight += w;
        linkedCause[a] = (linkedCause[a] as number) + w;
        linkedCause[b] = (linkedCause[b] as number) + w;
        linkedCause[d] = (linkedCause[d] as number) + w;
        linkedRank[r] = (linkedRank[r] as number) + w;
      }
    }
    // The rest: configurations of unlinked causes only, whose likelihood is the leak's.
    const restWeight = Math.max(0, this.totalWeight - linkedWeight);
    const yesFactor = temper(1 - keep, power);
    const noFactor = temper(keep, power);
    pYes += restWeight * (1 - keep);
    totalYes += restWeight * yesFactor;
    totalNo += restWeight * noFactor;
    for (let j = 0; j < n; j++) {
      // A linked cause has no configuration in the rest (the difference would be rounding only).
      if ((factor[j] as number) < 1) continue;
      const rest = Math.max(0, (this.causeWeight[j] as number) - (linkedCause[j] as number));
      yes[j] = (yes[j] as number) + rest * yesFactor;
      no[j] = (no[j] as number) + rest * noFactor;
    }
    for (let r = 0; r < massLength; r++) {
      const rest = Math.max(0, (this.rankWeight[r] as number) - (linkedRank[r] as number));
      yesMass[r] = (yesMass[r] as number) + rest * yesFactor;
      noMass[r] = (noMass[r] as number) + rest * noFactor;
    }
    return this.finishInArena(pYes, totalYes, totalNo);
  }

  /** `finish` over the working sums, the result written to a range of the arena (the working sums are reused). */
  private finishInArena(pYes: number, totalYes: number, totalNo: number): Hypothetical {
    const { n } = this;
    const at = this.take(2 * n + 2 * massLength);
    return normalisedInto(n, pYes, this.workingSums, totalYes, totalNo, this.arena, at);
  }
}

/** A / (A + B), with a margin for rounding, below `limit` (an empty answer, A + B = 0, gives 0). */
function below(a: number, b: number, limit: number): boolean {
  if (!(a >= 0) || !(b >= 0)) return false;
  if (a === 0) return limit > 1e-12;
  return (a / (a + b)) * (1 + 1e-9) + 1e-12 < limit;
}

/** Hypotheticals per arena buffer (a step computes a few dozen). Model-free tuning, not a clinical number. */
const arenaResults = 16;

const searches = new WeakMap<Posterior, QuestionSearch>();

/**
 * The last search built: the common case of the next call, and an instance that is always alive. The second
 * is what it is for (speed only, no effect on results):
 * when every instance of a class has died, a full collection frees its hidden class, and V8 then discards all
 * optimised code that checks that class (`--trace-deopt`: "weak objects"). Searches live one step, so without
 * this the step after each major collection recompiled the search and its callers (measured on the 32-cause
 * catalog: about 4 MiB allocated and several ms, against about 0.3 MiB and 1–2 ms).
 */
let lastSearch: QuestionSearch | undefined;

/** The search over a posterior, built once per posterior (its sums are shared by every finding). */
export function questionSearch(net: Network, posterior: Posterior): QuestionSearch {
  if (lastSearch?.posterior === posterior && lastSearch.net === net) return lastSearch;
  let search = searches.get(posterior);
  if (!search || search.net !== net) {
    search = new QuestionSearch(net, posterior);
    searches.set(posterior, search);
    lastSearch = search;
  }
  return search;
}

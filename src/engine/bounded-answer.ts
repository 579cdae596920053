// A hypothetical answer's outcome: the exact inference (memoised per step) and the bounded estimates read
// without one ("yes" to one finding, "none of these", "no" that moves nothing), each with its tested bound.
import { type UrgencyLevel, urgencyDescriptions } from '../knowledge/index.js';
import { infer, type Posterior } from './inference.js';
import { type InterviewInput, memoOf, priorFindings } from './interview-common.js';
import { maxCoexisting, type Network } from './network.js';
import { questionSearch, significant } from './question-search.js';
import { probabilityLevel } from './triage.js';
import type { EvidenceItem } from './types.js';

/**
 * How far the exact inference after "no" to a finding that moves nothing (`absentMovesNothing`) may put any
 * marginal or cumulative urgency mass from the posterior's own: rounding only (a hundred times the
 * inference's `inferenceTolerance`, as the reweighting's bound in `yesWithBound`; tested in
 * interview-bound.test.ts).
 */
export const noChangeBound = 1e-7;

/** Per network: the findings that are a `necessary` risk factor of some cause ("no" to one lowers its prior). */
const necessaryRiskMemo = new WeakMap<Network, Set<string>>();

/**
 * Whether "no" to a finding leaves the posterior where it is: it is linked to no cause (no likelihood) and is
 * no cause's necessary risk factor (an absent risk factor moves no prior otherwise; priors.ts). Exported for
 * its test.
 */
export function absentMovesNothing(net: Network, id: string): boolean {
  const i = net.findingIndex.get(id);
  if (i === undefined || net.linked[i]) return false;
  let necessary = necessaryRiskMemo.get(net);
  if (!necessary) {
    necessary = new Set(
      net.conditions.flatMap((c) => (c.riskFactors ?? []).filter((r) => r.necessary).map((r) => r.finding)),
    );
    necessaryRiskMemo.set(net, necessary);
  }
  return !necessary.has(id);
}

/**
 * The posterior after one hypothetical answer, and the triage posterior after it (the same object when no
 * red-flag finding is involved), computed once per interview step: the complaint, history and settled
 * checks ask about the same answers (one option present, or every option absent). Exact inference, as
 * before: the memo only avoids repeating it within one step (it lives as long as the step's input).
 */
const answerMemo = new WeakMap<InterviewInput, Map<string, AfterAnswer>>();

interface AfterAnswer {
  readonly after: Posterior;
  readonly forTriage: Posterior;
}

export function afterAnswer(input: InterviewInput, answer: readonly EvidenceItem[]): AfterAnswer {
  const memo = memoOf(answerMemo, input);
  const key = answer
    .map((e) => `${e.state === 'present' ? '+' : e.state === 'absent' ? '-' : '?'}${e.id}`)
    .join(' ');
  let known = memo.get(key);
  if (!known) {
    const { net, posterior } = input;
    const person = { age: input.age, sex: input.sex };
    const evidence = [...input.evidence, ...answer];
    const after = infer({ ...person, evidence }, net);
    let forTriage: Posterior | undefined;
    // The triage posterior only when asked for (the emergency and settled checks read the causes only).
    known = {
      after,
      get forTriage() {
        forTriage ??=
          input.triagePosterior === posterior && answer.every((e) => !net.excludedFromTriage.has(e.id))
            ? after
            : infer({ ...person, evidence: evidence.filter((e) => !net.excludedFromTriage.has(e.id)) }, net);
        return forTriage;
      },
    };
    memo.set(key, known);
  }
  return known;
}

/** Posterior weight the question search leaves out (its pruning), per posterior. */
const droppedMemo = new WeakMap<Posterior, number>();

function droppedWeight(posterior: Posterior): number {
  let dropped = droppedMemo.get(posterior);
  if (dropped === undefined) {
    let kept = 0;
    for (const c of significant(posterior)) kept += posterior.weights[c] as number;
    dropped = Math.max(0, 1 - kept);
    droppedMemo.set(posterior, dropped);
  }
  return dropped;
}

/**
 * The leading cause and the probabilities' urgency level after "yes" to one finding, read from the question
 * search's hypothetical when it settles them beyond its error bound, so the exact inference is needed only
 * for close calls; undefined when it does not (then the caller infers). The bound: with D the weight the
 * search prunes, each marginal and urgency mass is off by at most D / (P(yes) − D) (question-search.ts), plus
 * the inference's own rounding (`inferenceTolerance`, 1e-9); twice that plus 1e-8 is used. The leader is
 * settled when it leads every other cause by more than twice the bound; the level when it is the same with
 * every mass and marginal moved by the bound both ways (the level only rises with the masses and falls with
 * the top marginal). For a linked finding that moves no prior, or an unlinked one (a risk factor: the
 * posterior reweighted by its odds ratios, bound 1e-7; with a red-flag finding answered, the triage posterior
 * reweighted the same way, when triage keeps the finding).
 */
export function screenedYes(
  input: InterviewInput,
  id: string,
): { readonly leader: number; readonly level: UrgencyLevel } | undefined {
  // With a red-flag finding answered, the level comes from the triage posterior's own search, or, for an
  // unlinked finding that triage keeps (a risk factor), from the triage posterior's own reweighting.
  const separate = input.triagePosterior !== input.posterior;
  const index = input.net.findingIndex.get(id);
  const reweighted =
    separate && index !== undefined && !input.net.linked[index] && !input.net.excludedFromTriage.has(id);
  const after = !separate
    ? yesWithBound(input, id)
    : reweighted
      ? yesWithBound(input, id, false)
      : yesWithBound(input, id, false, true);
  if (!after) return undefined;
  return settledOutcome(after, () =>
    separate ? yesWithBound({ ...input, posterior: input.triagePosterior }, id, false, !reweighted) : after,
  );
}

/** An estimate of the marginals and cumulative urgency mass after an answer, each within `bound`. */
interface Bounded {
  readonly marginals: Float64Array;
  readonly mass: Float64Array;
  readonly bound: number;
}

/**
 * The leader and the probabilities' level that bounded estimates settle (`screenedYes`): the leader when it
 * leads every other cause by more than twice the bound, the level when it is the same with every mass and
 * marginal of the triage estimate moved by its bound both ways; undefined when either is a close call.
 */
function settledOutcome(
  after: Bounded,
  triageOf: () => Bounded | undefined,
): { readonly leader: number; readonly level: UrgencyLevel } | undefined {
  const { marginals: m, bound } = after;
  let top = 0;
  for (let j = 1; j < m.length; j++) if ((m[j] as number) > (m[top] as number)) top = j;
  for (let j = 0; j < m.length; j++)
    if (j !== top && (m[top] as number) - (m[j] as number) <= 2 * bound) return undefined;
  const triage = triageOf();
  if (!triage) return undefined;
  // The shifted copies in reused scratch (probabilityLevel only reads them, before the next shift).
  const mass = shifted(triage.mass, -triage.bound, 0);
  const marginals = shifted(triage.marginals, triage.bound, 1);
  const least = probabilityLevel(mass, marginals);
  const most = probabilityLevel(
    shifted(triage.mass, triage.bound, 0),
    shifted(triage.marginals, -triage.bound, 1),
  );
  return least === most ? { leader: top, level: least } : undefined;
}

/** Scratch of `shifted`, by slot and length. */
const shiftScratch: Map<number, Float64Array>[] = [new Map(), new Map()];

/** Each value moved by `by` and clamped to [0, 1], into the scratch array of `slot` of the same length. */
function shifted(values: Float64Array, by: number, slot: 0 | 1): Float64Array {
  const scratch = shiftScratch[slot] as Map<number, Float64Array>;
  let out = scratch.get(values.length);
  if (!out) {
    out = new Float64Array(values.length);
    scratch.set(values.length, out);
  }
  for (let j = 0; j < values.length; j++) out[j] = Math.min(1, Math.max(0, (values[j] as number) + by));
  return out;
}

/**
 * `screenedYes` for "none of these" (every finding in `ids` absent), from `noneWithBound` on the posterior
 * and on the triage posterior.
 */
export function screenedNone(
  input: InterviewInput,
  ids: readonly string[],
): { readonly leader: number; readonly level: UrgencyLevel } | undefined {
  const after = noneWithBound(input, ids);
  if (!after) return undefined;
  return settledOutcome(after, () =>
    input.triagePosterior === input.posterior
      ? after
      : noneWithBound({ ...input, posterior: input.triagePosterior }, ids),
  );
}

/**
 * The marginals and urgency mass after "no" to every finding in `ids` at once, without a new inference, with
 * a bound on their error: the question search's `noneOf` over the linked ones (the bound of one answer with
 * P(none) for P(yes): see `screenedYes`), the others left out when their "no" moves nothing
 * (`absentMovesNothing`). Undefined when one of them moves a prior (an essential criterion, a necessary risk
 * factor), is left out of triage (a red-flag finding), or P(none) is too small for the bound. Exported for
 * its bound test (interview-bound.test.ts).
 */
export function noneWithBound(input: InterviewInput, ids: readonly string[]): Bounded | undefined {
  const { net, posterior } = input;
  const linked: number[] = [];
  for (const id of ids) {
    const i = net.findingIndex.get(id);
    if (i === undefined || net.excludedFromTriage.has(id) || priorFindings.has(id)) return undefined;
    if (net.linked[i]) linked.push(i);
    else if (!absentMovesNothing(net, id)) return undefined;
  }
  const dropped = droppedWeight(posterior) + 1e-12;
  const none = questionSearch(net, posterior).noneOf(linked);
  if (!(none.pNone > 10 * dropped)) return undefined;
  return {
    marginals: none.marginals,
    mass: none.mass,
    bound:
      2 * (dropped / (none.pNone - dropped) + 1e-9) + 1e-8 + (linked.length < ids.length ? noChangeBound : 0),
  };
}

/**
 * The marginals and urgency mass after "yes" to one finding without a new inference, with a bound on their
 * error: a linked finding through the question search (bound above), an unlinked one exactly from the
 * posterior's weights (a risk factor multiplies each configuration by its causes' odds ratios; any other
 * unlinked finding changes nothing), whose only error is rounding (1e-7 is used, a hundred times the
 * inference's `inferenceTolerance`). Undefined when a red-flag finding is in play or the answer moves a prior
 * in a way neither describes. Exported for its bound test (interview-bound.test.ts).
 */
export function yesWithBound(
  input: InterviewInput,
  id: string,
  forTriage = true,
  linkedOnly = false,
): { readonly marginals: Float64Array; readonly mass: Float64Array; readonly bound: number } | undefined {
  const { net, posterior } = input;
  // `forTriage`: the mass must be the triage posterior's too (no red-flag finding in play or asked);
  // `linkedOnly`: a linked finding, not a red-flag one, read from `input.posterior`'s own search.
  if (forTriage && (input.triagePosterior !== posterior || net.excludedFromTriage.has(id))) return undefined;
  if (linkedOnly && net.excludedFromTriage.has(id)) return undefined;
  const i = net.findingIndex.get(id);
  if (i === undefined) return undefined;
  if (linkedOnly && !net.linked[i]) return undefined;
  if (net.linked[i]) {
    if (!forTriage && !linkedOnly) return undefined;
    if (priorFindings.has(id)) return undefined;
    const after = questionSearch(net, posterior).hypothetical(i);
    const dropped = droppedWeight(posterior) + 1e-12;
    if (!(after.pYes > 10 * dropped)) return undefined;
    return {
      marginals: after.yes,
      mass: after.yesMass,
      bound: 2 * (dropped / (after.pYes - dropped) + 1e-9) + 1e-8,
    };
  }
  return reweightedYes(net, posterior, id);
}

/** `yesWithBound` for an unlinked finding, per network, posterior and finding (callers only read it). */
const reweightedMemo = new WeakMap<Network, WeakMap<Posterior, Map<string, Bounded | undefined>>>();

function reweightedYes(net: Network, posterior: Posterior, id: string): Bounded | undefined {
  let byPosterior = reweightedMemo.get(net);
  if (!byPosterior) {
    byPosterior = new WeakMap();
    reweightedMemo.set(net, byPosterior);
  }
  const memo = memoOf(byPosterior, posterior);
  if (memo.has(id)) return memo.get(id);
  const known = computeReweightedYes(net, posterior, id);
  memo.set(id, known);
  return known;
}

function computeReweightedYes(net: Network, posterior: Posterior, id: string): Bounded | undefined {
  // The posterior's sums over every configuration, corrected on the configurations that hold a cause the
  // finding is a risk factor of (a few hundred of ~5,500 with 32 causes); the others keep their weight.
  const n = net.conditions.length;
  const odds = riskOddsOf(net, id);
  const base = fullSums(net, posterior);
  const slots = net.configurationSlots;
  const urgency = net.configurationUrgency;
  const weights = posterior.weights;
  // The sums in reused scratch (only the marginals and the mass below are kept).
  if (reweightScratch.length !== base.sums.length) reweightScratch = new Float64Array(base.sums.length);
  const sums = reweightScratch;
  sums.set(base.sums);
  const mass = base.mass.slice();
  let total = base.total;
  const byCause = configurationsByCause(net);
  const stride = maxCoexisting; // read once: an imported binding is a getter call under some loaders (tsx)
  for (let j = 0; j < n; j++) {
    if (odds[j] === 1) continue;
    const list = byCause[j] as Int32Array;
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as number;
      const a = slots[c * stride] as number;
      const b = slots[c * stride + 1] as number;
      const d = slots[c * stride + 2] as number;
      // Each configuration once: under its first affected cause in slot order.
      if ((odds[a] !== 1 ? a : odds[b] !== 1 ? b : d) !== j) continue;
      const w = weights[c] as number;
      const change = w * (odds[a] as number) * (odds[b] as number) * (odds[d] as number) - w;
      total += change;
      sums[a] = (sums[a] as number) + change;
      sums[b] = (sums[b] as number) + change;
      sums[d] = (sums[d] as number) + change;
      const r = urgency[c] as number;
      mass[r] = (mass[r] as number) + change;
    }
  }
  if (!(total > 0)) return undefined;
  const marginals = new Float64Array(n);
  for (let j = 0; j < n; j++) marginals[j] = Math.min(1, Math.max(0, (sums[j] as number) / total));
  mass[0] = (mass[0] as number) / total;
  for (let r = 1; r < mass.length; r++) mass[r] = (mass[r] as number) / total + (mass[r - 1] as number);
  return { marginals, mass, bound: 1e-7 };
}

let reweightScratch = new Float64Array(0);

const urgencyLevelCount = Object.keys(urgencyDescriptions).length;

/** Per network and finding: its odds ratio on each cause's prior (1 where it is no risk factor of the cause). */
const riskOdds = new WeakMap<Network, Map<string, Float64Array>>();

function riskOddsOf(net: Network, id: string): Float64Array {
  const byFinding = memoOf(riskOdds, net);
  let odds = byFinding.get(id);
  if (!odds) {
    const n = net.conditions.length;
    odds = new Float64Array(n + 1).fill(1);
    for (let j = 0; j < n; j++)
      for (const r of (net.conditions[j] as Network['conditions'][number]).riskFactors ?? [])
        if (r.finding === id) odds[j] = (odds[j] as number) * r.oddsRatio;
    byFinding.set(id, odds);
  }
  return odds;
}

/** Per network: the configurations holding each cause. */
const byCauseMemo = new WeakMap<Network, Int32Array[]>();

function configurationsByCause(net: Network): Int32Array[] {
  let lists = byCauseMemo.get(net);
  if (!lists) {
    const n = net.conditions.length;
    const slots = net.configurationSlots;
    const found: number[][] = Array.from({ length: n }, () => []);
    const stride = maxCoexisting;
    for (let c = 0; c * stride < slots.length; c++)
      for (let s = 0; s < stride; s++) {
        const j = slots[c * stride + s] as number;
        if (j < n) (found[j] as number[]).push(c);
      }
    lists = found.map((l) => Int32Array.from(l));
    byCauseMemo.set(net, lists);
  }
  return lists;
}

/** A posterior's weight sums over every configuration: in all, per cause (padding at n), per urgency rank. */
const fullSumsMemo = new WeakMap<
  Posterior,
  { readonly total: number; readonly sums: Float64Array; readonly mass: Float64Array }
>();

function fullSums(net: Network, posterior: Posterior) {
  let known = fullSumsMemo.get(posterior);
  if (!known) {
    const slots = net.configurationSlots;
    const urgency = net.configurationUrgency;
    const weights = posterior.weights;
    const sums = new Float64Array(net.conditions.length + 1);
    const mass = new Float64Array(urgencyLevelCount);
    let total = 0;
    const stride = maxCoexisting;
    for (let c = 0; c < weights.length; c++) {
      const a = slots[c * stride] as number;
      const b = slots[c * stride + 1] as number;
      const d = slots[c * stride + 2] as number;
      const w = weights[c] as number;
      total += w;
      sums[a] = (sums[a] as number) + w;
      sums[b] = (sums[b] as number) + w;
      sums[d] = (sums[d] as number) + w;
      const r = urgency[c] as number;
      mass[r] = (mass[r] as number) + w;
    }
    known = { total, sums, mass };
    fullSumsMemo.set(posterior, known);
  }
  return known;
}

// What the interview's modules share: the step's input, the per-step memos, the rules' level with one more
// finding, the finding sets (rule, screened, complaint, risk-factor, prior-moving findings), question forms
// (group, single) and the chance an answer raises the urgency.
import {
  type AskIf,
  atLeastAsUrgent,
  complaintGroups,
  conditions as conditionDefinitions,
  historyGroups,
  type ScreeningGroup,
  screeningGroups,
  type TriageRule,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
  urgencyLevels,
} from '../knowledge/index.js';
import type { Posterior } from './inference.js';
import type { Network } from './network.js';
import { type AskContext, askIfHolds } from './preconditions.js';
import { type Hypothetical, questionSearch } from './question-search.js';
import { probabilityLevel, ruleFires, urgencyMass, urgencySettings } from './triage.js';
import type { EvidenceItem, Question, Sex } from './types.js';

const binaryEntropy = (p: number) => (p <= 0 || p >= 1 ? 0 : -(p * Math.log(p) + (1 - p) * Math.log(1 - p)));

export function entropy(marginals: Float64Array): number {
  return entropyOf(marginals, 0, marginals.length);
}

/** `entropy` of `count` marginals stored in `values` from `start` (a hypothetical's range, without a view). */
export function entropyOf(values: Float64Array, start: number, count: number): number {
  let h = 0;
  for (let j = start; j < start + count; j++) h += binaryEntropy(values[j] as number);
  return h;
}

/** Entropy of the marginals after "yes" and after "no" (`Hypothetical`'s layout: yes at `at`, no after it). */
export const entropyAfterYes = (h: Hypothetical, n: number) => entropyOf(h.values, h.at, n);
export const entropyAfterNo = (h: Hypothetical, n: number) => entropyOf(h.values, h.at + n, n);

export function levelFromRules(present: ReadonlySet<string>): UrgencyLevel {
  let level: UrgencyLevel = 'self_care';
  for (const rule of triageRules) {
    if (ruleFires(rule, present) && !atLeastAsUrgent(level, rule.level)) level = rule.level;
  }
  return level;
}

export const rank = (level: UrgencyLevel) => urgencyDescriptions[level].rank;

/** The per-key map of a memo that lives as long as its owner (a step's input, a network). */
export function memoOf<K extends object, I, V>(memos: WeakMap<K, Map<I, V>>, owner: K): Map<I, V> {
  let memo = memos.get(owner);
  if (!memo) {
    memo = new Map();
    memos.set(owner, memo);
  }
  return memo;
}

/** Whether `rule` fires with `id` present besides `present` (as `ruleFires` on the union, without building it). */
export function firesWith(rule: TriageRule, present: ReadonlySet<string>, id: string): boolean {
  const all = rule.all;
  for (let i = 0; i < all.length; i++) {
    const f = all[i] as string;
    if (f !== id && !present.has(f)) return false;
  }
  const any = rule.any;
  if (!any || any.length === 0) return true;
  for (let i = 0; i < any.length; i++) {
    const f = any[i] as string;
    if (f === id || present.has(f)) return true;
  }
  return false;
}

/** The triage rules that name a finding (in `all` or `any`): the only ones one more finding can set off. */
const rulesNaming = new Map<string, TriageRule[]>();
for (const rule of triageRules)
  for (const id of new Set([...rule.all, ...(rule.any ?? [])])) {
    const list = rulesNaming.get(id);
    if (list) list.push(rule);
    else rulesNaming.set(id, [rule]);
  }

/** The rules' level with one more finding present, per step (the candidates and checks ask the same ones). */
const levelWithYesMemo = new WeakMap<InterviewInput, Map<string, UrgencyLevel>>();
const levelNowMemo = new WeakMap<InterviewInput, UrgencyLevel>();

export function levelWithYes(input: InterviewInput, id: string): UrgencyLevel {
  const memo = memoOf(levelWithYesMemo, input);
  let level = memo.get(id);
  if (level === undefined) {
    // The most urgent level of the rules over present ∪ {id}: those that fire without `id`, and those that
    // name it (a rule that does not name `id` fires on the union exactly when it fires without it).
    level = levelNowMemo.get(input);
    if (level === undefined) {
      level = levelFromRules(input.present);
      levelNowMemo.set(input, level);
    }
    for (const rule of rulesNaming.get(id) ?? [])
      if (!atLeastAsUrgent(level, rule.level) && firesWith(rule, input.present, id)) level = rule.level;
    memo.set(id, level);
  }
  return level;
}

export interface InterviewInput {
  readonly net: Network;
  readonly evidence: readonly EvidenceItem[];
  readonly present: ReadonlySet<string>;
  readonly posterior: Posterior;
  /** The posterior without red-flag findings, which drives probability-based urgency. */
  readonly triagePosterior: Posterior;
  readonly level: UrgencyLevel;
  readonly sex: Sex;
  readonly age: number;
  /** Findings the description gave (not counted as questions asked). */
  readonly described?: ReadonlySet<string>;
}

export const askIfOf = (net: Network, id: string): AskIf | undefined =>
  net.findings[net.findingIndex.get(id) as number]?.askIf;

/** A finding may be asked: not answered yet, and its precondition holds. */
export function askable(
  net: Network,
  id: string,
  answered: ReadonlySet<string>,
  context: AskContext,
): boolean {
  return !answered.has(id) && askIfHolds(askIfOf(net, id), context);
}

/**
 * Probability that answering this finding raises the urgency level above `level`. `same` is the search's
 * own hypothetical for this finding, reused when the triage posterior is the posterior itself (no red-flag
 * finding in the evidence, the usual case).
 */
const urgencyRaiseMemo = new WeakMap<InterviewInput, Map<number, number>>();

export function urgencyRaise(
  input: InterviewInput,
  finding: number,
  pYes: number,
  same: Hypothetical,
): number {
  const memo = memoOf(urgencyRaiseMemo, input);
  let raise = memo.get(finding);
  if (raise === undefined) {
    raise = computeUrgencyRaise(input, finding, pYes, same);
    memo.set(finding, raise);
  }
  return raise;
}

/**
 * `urgencyRaise` without its memo. `skipBound` false: always the full search on the triage posterior (the
 * reference the bound's test compares against). Exported for that test.
 */
export function computeUrgencyRaise(
  input: InterviewInput,
  finding: number,
  pYes: number,
  same: Hypothetical,
  skipBound = true,
): number {
  const { net, triagePosterior, level } = input;
  const id = (net.findings[finding] as Network['findings'][number]).id;
  let raise = 0;
  const yesByRule = levelWithYes(input, id);
  if (net.excludedFromTriage.has(id)) {
    if (rank(yesByRule) < rank(level)) raise += pYes;
    return raise;
  }
  if (triagePosterior !== input.posterior) {
    // The triage posterior's own search; its hypothetical is skipped where a bound proves neither answer's
    // probabilities can reach a level above `level` (then only the rules can raise it with "yes").
    const search = questionSearch(net, triagePosterior);
    const limits = skipBound ? massLimitsAbove(level) : undefined;
    if (limits && search.urgencyStaysBelow(finding, limits)) {
      if (rank(yesByRule) < rank(level)) raise += pYes;
      return raise;
    }
  }
  const after =
    triagePosterior === input.posterior ? same : questionSearch(net, triagePosterior).hypothetical(finding);
  const n = net.conditions.length;
  const yesByProbability = levelAfter(after, n, true);
  const yesLevel = rank(yesByRule) < rank(yesByProbability) ? yesByRule : yesByProbability;
  if (rank(yesLevel) < rank(level)) raise += pYes;
  if (rank(levelAfter(after, n, false)) < rank(level)) raise += 1 - pYes;
  return raise;
}

/** Scratch copies of one answer's marginals and masses for `probabilityLevel`, by number of causes. */
const levelScratch = new Map<number, { readonly marginals: Float64Array; readonly mass: Float64Array }>();

/**
 * `probabilityLevel` after one answer, read from the hypothetical's range through reused scratch copies
 * (the same values, so the same level) rather than a view per answer.
 */
function levelAfter(after: Hypothetical, n: number, yes: boolean): UrgencyLevel {
  let scratch = levelScratch.get(n);
  if (!scratch) {
    scratch = { marginals: new Float64Array(n), mass: new Float64Array(urgencyLevels.length) };
    levelScratch.set(n, scratch);
  }
  const { values, at } = after;
  const m = urgencyLevels.length;
  const marginalsAt = yes ? at : at + n;
  const massAt = at + 2 * n + (yes ? 0 : m);
  for (let j = 0; j < n; j++) scratch.marginals[j] = values[marginalsAt + j] as number;
  for (let r = 0; r < m; r++) scratch.mass[r] = values[massAt + r] as number;
  return probabilityLevel(scratch.mass, scratch.marginals);
}

/**
 * Per level: the cumulative-mass limits (by rank) below which the probabilities give no level above it, for
 * `urgencyStaysBelow`; undefined for self-care, which the unclear-picture rule (a marginal, not a mass) can
 * also raise.
 */
const massLimitsMemo = new Map<UrgencyLevel, Float64Array | undefined>();

function massLimitsAbove(level: UrgencyLevel): Float64Array | undefined {
  if (massLimitsMemo.has(level)) return massLimitsMemo.get(level);
  let limits: Float64Array | undefined;
  if (level !== 'self_care') {
    limits = new Float64Array(urgencyLevels.length).fill(Number.POSITIVE_INFINITY);
    for (const l of urgencyLevels)
      if (l !== 'self_care' && rank(l) < rank(level)) limits[rank(l)] = urgencySettings.massThreshold[l];
  }
  massLimitsMemo.set(level, limits);
  return limits;
}

/**
 * A "which of these apply?" question over the open findings of one group. An unticked option means
 * `unknown` (not reported) in the complaint and the history, so neither is asked twice; in the red-flag
 * screen it is left open, so the screen asks it again ("do any of these also apply?") until "none of these"
 * answers it.
 */
export function groupQuestion(
  net: Network,
  group: ScreeningGroup,
  open: readonly string[],
  phase: Question['phase'],
  followUp = false,
): Question {
  // One open option is a yes / no question, not a one-item list (set 8: "do any of these apply?" over one).
  const only = open.length === 1 ? net.findingIndex.get(open[0] as string) : undefined;
  if (only !== undefined) return { ...singleQuestion(net, only), phase };
  return {
    id: group.id,
    kind: 'group',
    phase,
    text: followUp ? (group.followUpText ?? 'Do any of these also apply?') : group.text,
    why: group.why,
    // The complaint is asked once (what was not ticked was not reported); the screen until "none of these".
    unticked: phase === 'red_flag_screen' ? 'open' : 'unknown',
    options: open.map((id) => ({
      finding: id,
      text: net.findings[net.findingIndex.get(id) as number]?.question ?? id,
    })),
  };
}

/** The group's options that may be asked now. */
export function openOptions(
  net: Network,
  group: ScreeningGroup,
  answered: ReadonlySet<string>,
  context: AskContext,
): string[] {
  if (!askIfHolds(group.askIf, context)) return [];
  return group.findings.filter(
    (id) => askable(net, id, answered, context) && askIfHolds(group.optionAskIf?.[id], context),
  );
}

/**
 * Causes named by the red-flag rules that fire: the assessment they call for needs their history. Per present
 * set (a step asks it several times); callers only read it.
 */
export function suspectedByRules(present: ReadonlySet<string>): ReadonlySet<string> {
  let suspected = suspectedMemo.get(present);
  if (!suspected) {
    suspected = new Set(
      triageRules.filter((rule) => ruleFires(rule, present)).flatMap((rule) => rule.suspects ?? []),
    );
    suspectedMemo.set(present, suspected);
  }
  return suspected;
}

const suspectedMemo = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

export const leaderOf = (marginals: Float64Array) => marginals.indexOf(Math.max(...marginals));
export const probabilityLevelOf = (net: Network, p: Posterior) =>
  probabilityLevel(urgencyMass(net, p.weights), p.marginals);

/**
 * Findings whose answer moves a prior (a risk factor, or an essential criterion once reported): the question
 * search's likelihood-only update does not describe their answer, so the screen below leaves them out.
 */
export const priorFindings: ReadonlySet<string> = new Set<string>(
  conditionDefinitions.flatMap((c) => [
    ...(c.riskFactors ?? []).map((r) => r.finding),
    ...(c.links as readonly { finding: string; essential?: boolean }[])
      .filter((l) => l.essential)
      .map((l) => l.finding),
  ]),
);

export function singleQuestion(net: Network, finding: number): Question {
  const f = net.findings[finding] as Network['findings'][number];
  return {
    id: f.id,
    kind: 'single',
    phase: 'differential',
    text: f.question,
    why: f.why,
    unticked: 'open',
    options: [{ finding: f.id, text: f.question }],
  };
}

export const ruleFindings = new Set(triageRules.flatMap((r) => [...r.all, ...(r.any ?? [])]));
export const screenedFindings = new Set([...screeningGroups, ...historyGroups].flatMap((g) => g.findings));
export const complaintFindings = new Set(complaintGroups.flatMap((g) => g.findings));

/** Risk factors: findings that change a cause's prior (odds ratio) and are linked to no cause. */
export const riskFactorFindings: ReadonlySet<string> = new Set<string>(
  conditionDefinitions.flatMap((c) => (c.riskFactors ?? []).map((r) => r.finding)),
);

import {
  type AskIf,
  atLeastAsUrgent,
  complaintGroups,
  conditions as conditionDefinitions,
  type HistoryGroup,
  historyGroups,
  redFlagChecklist,
  type ScreeningGroup,
  screeningGroups,
  triageRules,
  type UrgencyLevel,
  urgencyDescriptions,
} from '../knowledge/index.js';
import { infer, type Posterior } from './inference.js';
import { maxCoexisting, type Network } from './network.js';
import { type AskContext, askIfHolds } from './preconditions.js';
import { type Hypothetical, questionSearch, significant } from './question-search.js';
import { benignSupport, probabilityLevel, ruleFires, urgencyMass, urgencySettings } from './triage.js';
import type { EvidenceItem, InterviewProgress, Question, Sex } from './types.js';

/**
 * Interview settings (see README "Interview"). These are product policy, not clinical numbers.
 * - A question whose "yes" (or "no") has at least `urgencyChangeProbability` of raising the urgency level
 *   must be asked before stopping.
 * - The ranking is settled when the leading cause reaches `clearLead`, or when no question is expected to
 *   reduce the uncertainty (sum of the causes' binary entropies, in nats) by `minimumGain`.
 * - `maxDifferentialQuestions` bounds the interview whatever happens.
 * - A risk-factor history group is asked once: straight after the screen when a red-flag rule that fires
 *   suspects one of its causes; otherwise when the differential is done, if its causes together reach
 *   `historyRelevance` and one of them is among the `historyLeadingCauses`.
 */
export const interviewSettings = {
  urgencyChangeProbability: 0.05,
  clearLead: 0.8,
  minimumGain: 0.04,
  urgencyWeight: 1,
  maxDifferentialQuestions: 12,
  historyRelevance: 0.1,
  /**
   * …and one of those causes is among the `historyLeadingCauses` most probable: cramp-trigger medicines are
   * not asked when cramps trail a bone or clot story. Product setting, like the others here.
   */
  historyLeadingCauses: 2,
  /** Largest rise of the remaining-questions estimate between two steps (when the client sends the last one). */
  maxEstimateRise: 2,
  /** Differential questions expected before the differential starts (the simulated interviews' mean, 2.0). */
  expectedDifferential: 2,
  /** Urgency questions counted in the estimate at most (each answer usually settles the others). */
  urgentEstimateCap: 3,
  /**
   * A complaint group ("where is it", "what eases it"…) is asked only when one of its open options is worth
   * a question by itself: information gain plus the chance it raises the urgency at least this much
   * (the differential's own `minimumGain`). Model setting.
   */
  complaintMinimumValue: 0.04,
  /**
   * …and only when its answer has at least this chance of changing the leading cause or the urgency (see
   * `outcomeChangeReaches`): a group whose likely answers change nothing the person is told is left to the
   * differential's single questions. Model setting.
   */
  complaintChangeChance: 0.3,
  /**
   * At `emergency` (set by a red-flag rule, not yet an ambulance) with the cause still open (no cause at
   * `clearLead`), at most this many history or warning-sign questions are asked before stopping, and only one
   * whose answer would change which cause leads or move the leader's probability by at least
   * `emergencyHistoryShift` (cancer, injecting drugs, a wound, a recent infection: what tells the emergency
   * team where to look). Product settings, not clinical numbers.
   */
  emergencyHistoryQuestions: 2,
  emergencyHistoryShift: 0.15,
  /**
   * Once the ranking is settled (clear leader, or no gain left), one more single question is still asked while
   * one has at least this chance of changing the leading cause or of bringing a cause that needs a doctor within
   * a day into the top three: the sum of P(answer) over the answers that would. A risk factor (its prevalence is
   * not in the model) counts as 1 when its "yes" would (a recent operation, a replaced knee, a statin started).
   * Model setting: 0.1 and `maxSettledSingles` 4 measured on the simulated interviews (median 3, p90 7, max 12)
   * and the set-5 role-play replays (max 12); 0.3 asked almost nothing, a top-three change of any cause asked
   * 16-20 questions (README "Interview").
   */
  settledChangeChance: 0.1,
  /**
   * …while fewer than this many findings outside every group question are known (single answers, and the
   * description's own findings outside the groups). Model setting.
   */
  maxSettledSingles: 4,
} as const;

// The search's arithmetic lives in question-search.ts; these names are re-exported for existing importers.
export { type Hypothetical, hypothetical, prunedMass, significant } from './question-search.js';

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

function levelFromRules(present: ReadonlySet<string>): UrgencyLevel {
  let level: UrgencyLevel = 'self_care';
  for (const rule of triageRules) {
    if (ruleFires(rule, present) && !atLeastAsUrgent(level, rule.level)) level = rule.level;
  }
  return level;
}

const rank = (level: UrgencyLevel) => urgencyDescriptions[level].rank;

/** The per-key map of a memo that lives as long as its owner (a step's input, a network). */
function memoOf<K extends object, I, V>(memos: WeakMap<K, Map<I, V>>, owner: K): Map<I, V> {
  let memo = memos.get(owner);
  if (!memo) {
    memo = new Map();
    memos.set(owner, memo);
  }
  return memo;
}

/** The rules' level with one more finding present, per step (the candidates and checks ask the same ones). */
const levelWithYesMemo = new WeakMap<InterviewInput, Map<string, UrgencyLevel>>();

function levelWithYes(input: InterviewInput, id: string): UrgencyLevel {
  const memo = memoOf(levelWithYesMemo, input);
  let level = memo.get(id);
  if (level === undefined) {
    level = levelFromRules(new Set(input.present).add(id));
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
}

const askIfOf = (net: Network, id: string): AskIf | undefined =>
  net.findings[net.findingIndex.get(id) as number]?.askIf;

/** A finding may be asked: not answered yet, and its precondition holds. */
function askable(net: Network, id: string, answered: ReadonlySet<string>, context: AskContext): boolean {
  return !answered.has(id) && askIfHolds(askIfOf(net, id), context);
}

/**
 * Probability that answering this finding raises the urgency level above `level`. `same` is the search's
 * own hypothetical for this finding, reused when the triage posterior is the posterior itself (no red-flag
 * finding in the evidence, the usual case).
 */
const urgencyRaiseMemo = new WeakMap<InterviewInput, Map<number, number>>();

function urgencyRaise(input: InterviewInput, finding: number, pYes: number, same: Hypothetical): number {
  const memo = memoOf(urgencyRaiseMemo, input);
  let raise = memo.get(finding);
  if (raise === undefined) {
    raise = computeUrgencyRaise(input, finding, pYes, same);
    memo.set(finding, raise);
  }
  return raise;
}

function computeUrgencyRaise(
  input: InterviewInput,
  finding: number,
  pYes: number,
  same: Hypothetical,
): number {
  const { net, triagePosterior, level } = input;
  const id = (net.findings[finding] as Network['findings'][number]).id;
  let raise = 0;
  const yesByRule = levelWithYes(input, id);
  if (net.excludedFromTriage.has(id)) {
    if (rank(yesByRule) < rank(level)) raise += pYes;
    return raise;
  }
  const after =
    triagePosterior === input.posterior ? same : questionSearch(net, triagePosterior).hypothetical(finding);
  const yesByProbability = probabilityLevel(after.yesMass, after.yes);
  const yesLevel = rank(yesByRule) < rank(yesByProbability) ? yesByRule : yesByProbability;
  if (rank(yesLevel) < rank(level)) raise += pYes;
  if (rank(probabilityLevel(after.noMass, after.no)) < rank(level)) raise += 1 - pYes;
  return raise;
}

function evaluateCandidates(input: InterviewInput, answered: ReadonlySet<string>): Candidate[] {
  const { net, posterior } = input;
  const currentEntropy = entropy(posterior.marginals);
  const out: Candidate[] = [];
  const search = questionSearch(net, posterior);
  net.findings.forEach((f, i) => {
    if (!askable(net, f.id, answered, input)) return;
    if (!net.linked[i] && !ruleFindings.has(f.id)) return;
    const after = search.hypothetical(i);
    const pYes = after.pYes;
    const gain = net.linked[i]
      ? currentEntropy - (pYes * entropy(after.yes) + (1 - pYes) * entropy(after.no))
      : 0;
    out.push({ finding: i, pYes, gain, raisesUrgency: urgencyRaise(input, i, pYes, after) });
  });
  return out;
}

/**
 * A "which of these apply?" question over the open findings of one group. An unticked option means
 * `unknown` (not reported) in the complaint and the history, so neither is asked twice; in the red-flag
 * screen it is left open, so the screen asks it again ("do any of these also apply?") until "none of these"
 * answers it.
 */
function groupQuestion(
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
function openOptions(
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
 * The first complaint group with open options whose answer is worth it. A group the description answered in
 * part ("my foot hurts" gives the feet, not the heel) still asks its open options, worded as "anything
 * else?": one matched option must not hide the others (a heel, walking pain eased by standing still).
 */
function complaintQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const partly = (g: ScreeningGroup) => g.findings.some((id) => answered.has(id));
  // A group known in part has given its main answer: its other options are asked only when one of them could
  // change what the person is told (the leading cause or the urgency), not for a small gain in certainty.
  // Every group is asked only when its answer could change what the person is told or the causes shown: the
  // top three or the urgency (an opening that already points to one area leaves little for "what eases it").
  const group = pendingComplaintGroups(input, answered).find((g) => {
    const open = openOptions(input.net, g, answered, input);
    return (
      complaintGroupWorthAsking(input, open) &&
      (partly(g)
        ? canChangeOutcome(input, open)
        : outcomeChangeReaches(input, open, interviewSettings.complaintChangeChance))
    );
  });
  if (!group) return null;
  // "Does anything else ease it?" only once something was said to (a denial or a "don't know" is no answer
  // to build on: set 5 was asked "anything else?" before any easing had been said).
  const partlyKnown = group.findings.some((id) => input.present.has(id));
  return groupQuestion(
    input.net,
    group,
    openOptions(input.net, group, answered, input),
    'complaint',
    partlyKnown,
  );
}

/** Complaint groups with an option still open (each is asked once: its unticked options become unknown). */
function pendingComplaintGroups(input: InterviewInput, answered: ReadonlySet<string>): ScreeningGroup[] {
  return complaintGroups.filter((group) => openOptions(input.net, group, answered, input).length > 0);
}

/**
 * Expected value of a complaint group: worth asking when one of its options, asked alone, could change the
 * ranking (information gain) or the urgency enough (`complaintMinimumValue`). A group whose every option
 * the description has made moot (e.g. what eases it, once the cause is clear) is left out.
 */
function complaintGroupWorthAsking(input: InterviewInput, open: readonly string[]): boolean {
  const { net, posterior } = input;
  const currentEntropy = entropy(posterior.marginals);
  const search = questionSearch(net, posterior);
  return open.some((id) => {
    const i = net.findingIndex.get(id) as number;
    if (!net.linked[i] && !ruleFindings.has(id)) return false;
    const after = search.hypothetical(i);
    const gain = net.linked[i]
      ? currentEntropy - (after.pYes * entropy(after.yes) + (1 - after.pYes) * entropy(after.no))
      : 0;
    return gain + urgencyRaise(input, i, after.pYes, after) >= interviewSettings.complaintMinimumValue;
  });
}

/** Screens still open, those whose cues the story gives first (the order is otherwise the screens' own). */
function pendingScreens(input: InterviewInput, answered: ReadonlySet<string>): ScreeningGroup[] {
  const open = screeningGroups.filter((group) => openOptions(input.net, group, answered, input).length > 0);
  return [...open.filter((g) => cued(g, input.present)), ...open.filter((g) => !cued(g, input.present))];
}

const cued = (group: ScreeningGroup, present: ReadonlySet<string>) =>
  group.cues?.some((id) => present.has(id)) ?? false;

function screeningQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const pending = pendingScreens(input, answered);
  const first = pending[0];
  if (!first) return null;
  // A screen the story cues is asked alone (its emergency is the plausible one). The screens nothing cues are
  // asked together as one checklist, as a clinician runs through the red flags of a low-risk story: every
  // open option of every screen is still offered, and "none of these" is still an explicit no for each.
  const together = cued(first, input.present) ? [first] : pending;
  const group = together.length === 1 ? first : redFlagChecklist;
  // Back after a partial tick: the rest of the same screen, worded as a follow-up.
  const followUp = together.some((g) => g.findings.some((id) => input.present.has(id)));
  const open = together.flatMap((g) => openOptions(input.net, g, answered, input));
  return groupQuestion(input.net, group, open, 'red_flag_screen', followUp);
}

/**
 * The first open screen with an option that, answered yes, would fire an ambulance-level rule given what is
 * present now; only its options that could are asked. Null when no open answer could call for an ambulance.
 */
function ambulanceScreen(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const raises = (id: string) =>
    triageRules.some(
      (rule) =>
        rule.level === 'emergency_ambulance' &&
        !ruleFires(rule, input.present) &&
        ruleFires(rule, new Set([...input.present, id])),
    );
  for (const group of pendingScreens(input, answered)) {
    const open = openOptions(input.net, group, answered, input).filter(raises);
    if (open.length > 0) return groupQuestion(input.net, group, open, 'red_flag_screen', true);
  }
  return null;
}

/** History and warning-sign findings asked one by one at an emergency (not in any group question). */
const emergencyHistoryKinds = new Set(['history']);
const warningScreen = screeningGroups.find((g) => g.id === 'screen_warning_signs') as ScreeningGroup;

/**
 * At an emergency a red-flag rule has set, with the cause still uncertain: the warning-sign screen, or the
 * one history question, whose answer would best tell the causes apart (a leader that changes, or moves by at
 * least `emergencyHistoryShift`), at most `emergencyHistoryQuestions` of them. The level cannot fall: the
 * rule that set it tests only present findings, and answers only add findings. Never at
 * `emergency_ambulance` (the caller stops first): there the ambulance must not wait for a history.
 */
function emergencyHistoryQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const { net, posterior, present, evidence } = input;
  if (levelFromRules(present) !== 'emergency') return null;
  if (Math.max(...posterior.marginals) >= interviewSettings.clearLead) return null;
  const singles = net.findings.filter(
    (f) => emergencyHistoryKinds.has(f.group) && !screenedFindings.has(f.id) && !complaintFindings.has(f.id),
  );
  const singleIds = new Set(singles.map((f) => f.id));
  const asked =
    (warningScreen.findings.some((id) => answered.has(id)) ? 1 : 0) +
    evidence.filter((e) => singleIds.has(e.id)).length;
  if (asked >= interviewSettings.emergencyHistoryQuestions) return null;

  // The suspects: causes that need care within a day or sooner, and those a firing rule names. A question
  // that would only reorder harmless causes (known fibromyalgia?) does not tell the emergency team anything.
  const named = suspectedByRules(present);
  const suspects = net.conditions.flatMap((c, j) =>
    named.has(c.id) || atLeastAsUrgent(c.usualUrgency, 'consultation_24') ? [j] : [],
  );
  const leaderOf = (m: Float64Array) =>
    suspects.reduce((best, j) => ((m[j] as number) > (m[best] as number) ? j : best), suspects[0] as number);
  const leader = leaderOf(posterior.marginals);
  const now = posterior.marginals[leader] as number;
  /** How far one answer moves the suspects: 1 when the leading suspect changes, else the leader's shift. */
  const shift = (answer: readonly EvidenceItem[]): number => {
    const after = afterAnswer(input, answer).after.marginals;
    const top = leaderOf(after);
    return top !== leader ? 1 : Math.abs((after[top] as number) - now);
  };
  /**
   * "Yes" read from the bounded reweighting (`yesWithBound`) where that settles it: `leader` when the leading
   * suspect certainly changes (a shift of exactly 1), `below` when it certainly stays and certainly moves by
   * less than the setting; undefined for a close call (then the exact inference decides).
   */
  const yesSettled = (id: string): 'leader' | 'below' | undefined => {
    const screened = yesWithBound(input, id, false);
    if (!screened) return undefined;
    const { marginals: m, bound } = screened;
    const top = leaderOf(m);
    for (const j of suspects)
      if (j !== top && (m[top] as number) - (m[j] as number) <= 2 * bound) return undefined;
    if (top !== leader) return 'leader';
    const margin = 1e-9;
    return Math.abs((m[top] as number) - now) + bound + margin < interviewSettings.emergencyHistoryShift
      ? 'below'
      : undefined;
  };
  // The screen once only: its unticked options stay open, but at an emergency they are not asked again.
  const screenOpen = warningScreen.findings.some((id) => answered.has(id))
    ? []
    : openOptions(net, warningScreen, answered, input);
  if (screenOpen.length > 0) {
    // Whether the largest shift reaches the setting: stop at the first that does.
    const reaches = (id: string) => {
      const settled = yesSettled(id);
      if (settled) return settled === 'leader';
      return shift([{ id, state: 'present' }]) >= interviewSettings.emergencyHistoryShift;
    };
    if (screenOpen.some(reaches)) return groupQuestion(net, warningScreen, screenOpen, 'red_flag_screen');
  }
  // "No" to a finding that moves nothing (`absentMovesNothing`) leaves the marginals within `noChangeBound` of
  // now: with the leading suspect ahead of the others by more than twice that, its shift is below the setting.
  const noneMoves = suspects.every(
    (j) => j === leader || now - (posterior.marginals[j] as number) > 2 * noChangeBound,
  );
  let best: { id: string; value: number } | undefined;
  for (const f of singles) {
    // A shift is at most 1 (a changed leader): once a question reaches 1, no later one can beat it.
    if ((best?.value ?? 0) >= 1) break;
    if (!askable(net, f.id, answered, input)) continue;
    // When "yes" gives 1, "no" cannot give more. When "yes" certainly moves less than the setting, the
    // question's fate is its "no" alone (kept when "no" reaches the setting, and then "no" is the larger).
    const settled = yesSettled(f.id);
    // A "no" that certainly moves the leader less than the setting never decides (the "yes" then does).
    const noBelow = noneMoves && absentMovesNothing(net, f.id);
    let value: number;
    if (settled === 'leader') value = 1;
    else if (settled === 'below') value = noBelow ? 0 : shift([{ id: f.id, state: 'absent' }]);
    else {
      const yes = shift([{ id: f.id, state: 'present' }]);
      value = yes >= 1 || noBelow ? yes : Math.max(yes, shift([{ id: f.id, state: 'absent' }]));
    }
    if (value >= interviewSettings.emergencyHistoryShift && value > (best?.value ?? 0))
      best = { id: f.id, value };
  }
  if (!best) return null;
  return { ...singleQuestion(net, net.findingIndex.get(best.id) as number), phase: 'history' };
}

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

/** Causes named by the red-flag rules that fire: the assessment they call for needs their history. */
function suspectedByRules(present: ReadonlySet<string>): Set<string> {
  return new Set(
    triageRules.filter((rule) => ruleFires(rule, present)).flatMap((rule) => rule.suspects ?? []),
  );
}

/**
 * History groups whose causes are in play (together at least `historyRelevance`, or suspected by a red-flag
 * rule that fires, e.g. one swollen leg calls for a Wells score whatever the clot's probability) and most of
 * which is still open.
 */
function pendingHistory(input: InterviewInput, answered: ReadonlySet<string>): HistoryGroup[] {
  const { net, posterior } = input;
  const suspected = suspectedByRules(input.present);
  return historyGroups.filter((group) => {
    const weight = group.relevantTo.reduce(
      (sum, id) => sum + (posterior.marginals[net.conditionIndex.get(id) as number] as number),
      0,
    );
    const leading = leadingCauses(input);
    const inPlay =
      (weight >= interviewSettings.historyRelevance && group.relevantTo.some((id) => leading.has(id))) ||
      group.relevantTo.some((id) => suspected.has(id));
    if (!inPlay || !askIfHolds(group.askIf, input)) return false;
    const eligible = group.findings.filter((id) => askIfHolds(askIfOf(net, id), input));
    const open = eligible.filter((id) => !answered.has(id));
    // Asked once: when most of it is already known (from free text or an earlier answer), skip it.
    return open.length > 0 && open.length >= eligible.length / 2;
  });
}

/** The `historyLeadingCauses` most probable causes (`other` excluded: it has no risk factors). */
function leadingCauses(input: InterviewInput): Set<string> {
  const { net, posterior } = input;
  return new Set(
    net.conditions
      .map((c, j) => ({ id: c.id, p: posterior.marginals[j] as number }))
      .filter((c) => c.id !== 'other')
      .sort((a, b) => b.p - a.p)
      .slice(0, interviewSettings.historyLeadingCauses)
      .map((c) => c.id),
  );
}

/** The most probable cause (`other` excluded, as in `leadingCauses`). */
function leadingCause(input: InterviewInput): string {
  return [...leadingCauses(input)][0] as string;
}

/**
 * Whether a group's open options could change what the person is told (a history group, whose risk factors
 * have no prevalence in the model, so no information gain; a complaint group known in part): with any one
 * open option present (or every one absent), the leading cause or the urgency the probabilities set would
 * differ from now, or a red-flag rule would raise the urgency.
 */
function canChangeOutcome(input: InterviewInput, open: readonly string[]): boolean {
  const { net, posterior, present, level } = input;
  const leader = leaderOf(posterior.marginals);
  const nowByProbability = probabilityLevelOf(net, input.triagePosterior);
  const withAll = new Set(present);
  for (const id of open) withAll.add(id);
  if (rank(levelFromRules(withAll)) < rank(level)) return true;
  // Each option alone (a person usually has one or two of them), then none: every option present at once
  // is a person who hardly exists, and it made nearly every group look worth asking.
  const answers: EvidenceItem[][] = [
    ...open.map((id) => [{ id, state: 'present' as const }]),
    open.map((id) => ({ id, state: 'absent' as const })),
  ];
  for (const answer of answers) {
    const screened =
      answer.length === 1 && answer[0]?.state === 'present'
        ? screenedYes(input, answer[0].id)
        : screenedNone(
            input,
            answer.map((e) => e.id),
          );
    if (screened) {
      if (screened.leader !== leader || screened.level !== nowByProbability) return true;
      continue;
    }
    const { after, forTriage } = afterAnswer(input, answer);
    if (leaderOf(after.marginals) !== leader) return true;
    if (probabilityLevelOf(net, forTriage) !== nowByProbability) return true;
  }
  return false;
}

const leaderOf = (marginals: Float64Array) => marginals.indexOf(Math.max(...marginals));
const probabilityLevelOf = (net: Network, p: Posterior) =>
  probabilityLevel(urgencyMass(net, p.weights), p.marginals);

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

function afterAnswer(input: InterviewInput, answer: readonly EvidenceItem[]): AfterAnswer {
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

/**
 * Findings whose answer moves a prior (a risk factor, or an essential criterion once reported): the question
 * search's likelihood-only update does not describe their answer, so the screen below leaves them out.
 */
const priorFindings: ReadonlySet<string> = new Set<string>(
  conditionDefinitions.flatMap((c) => [
    ...(c.riskFactors ?? []).map((r) => r.finding),
    ...(c.links as readonly { finding: string; essential?: boolean }[])
      .filter((l) => l.essential)
      .map((l) => l.finding),
  ]),
);

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
function screenedYes(
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
  const shifted = (values: Float64Array, by: number) => values.map((v) => Math.min(1, Math.max(0, v + by)));
  const least = probabilityLevel(
    shifted(triage.mass, -triage.bound),
    shifted(triage.marginals, triage.bound),
  );
  const most = probabilityLevel(shifted(triage.mass, triage.bound), shifted(triage.marginals, -triage.bound));
  return least === most ? { leader: top, level: least } : undefined;
}

/**
 * `screenedYes` for "none of these" (every finding in `ids` absent), from `noneWithBound` on the posterior
 * and on the triage posterior.
 */
function screenedNone(
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
  // The posterior's sums over every configuration, corrected on the configurations that hold a cause the
  // finding is a risk factor of (a few hundred of ~5,500 with 32 causes); the others keep their weight.
  const n = net.conditions.length;
  const odds = riskOddsOf(net, id);
  const base = fullSums(net, posterior);
  const slots = net.configurationSlots;
  const urgency = net.configurationUrgency;
  const weights = posterior.weights;
  const sums = base.sums.slice();
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
  const marginals = sums.subarray(0, n).map((x) => Math.min(1, Math.max(0, x / total)));
  mass[0] = (mass[0] as number) / total;
  for (let r = 1; r < mass.length; r++) mass[r] = (mass[r] as number) / total + (mass[r - 1] as number);
  return { marginals, mass, bound: 1e-7 };
}

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

/**
 * The chance that a complaint group's answer changes what the person is told: the sum, over its open options,
 * of the chance the option is present times whether it alone would change the leading cause or the urgency
 * (the probabilities' level, or a red-flag rule), plus the chance none is present times whether that would.
 * A group whose likely answers leave the outcome where it is (the opening already points to one area) is
 * skipped; its options stay open for the differential, which asks any one of them that is worth it alone.
 * Returns whether that chance reaches `threshold` (the same answer as computing the chance in full).
 */
function outcomeChangeReaches(input: InterviewInput, open: readonly string[], threshold: number): boolean {
  const { net, posterior, present, level } = input;
  const leader = leaderOf(posterior.marginals);
  const nowByProbability = probabilityLevelOf(net, input.triagePosterior);
  const search = questionSearch(net, posterior);
  const supportsBenign = (p: ReadonlySet<string>) =>
    (benignSupport(net, p)?.support ?? Number.NEGATIVE_INFINITY) >= urgencySettings.benignSupport;
  const supportedNow = supportsBenign(present);
  const changes = (answer: readonly EvidenceItem[]): boolean => {
    const withYes = new Set(present);
    for (const e of answer) if (e.state === 'present') withYes.add(e.id);
    const single = answer.length === 1 && answer[0]?.state === 'present' ? answer[0].id : undefined;
    if (rank(single ? levelWithYes(input, single) : levelFromRules(withYes)) < rank(level)) return true;
    const screened =
      answer.length === 1 && answer[0]?.state === 'present'
        ? screenedYes(input, answer[0].id)
        : answer.every((e) => e.state === 'absent')
          ? screenedNone(
              input,
              answer.map((e) => e.id),
            )
          : undefined;
    if (screened && screened.leader !== leader) return true;
    let levelAfter = screened?.level;
    if (!screened) {
      const { after, forTriage } = afterAnswer(input, answer);
      if (leaderOf(after.marginals) !== leader) return true;
      levelAfter = probabilityLevelOf(net, forTriage);
    }
    if (levelAfter !== nowByProbability) return true;
    // Self-care is earned by a harmless cause's own findings: an answer that would earn it changes the level.
    return levelAfter === 'self_care' && !supportedNow && supportsBenign(withYes);
  };
  // The chance: P(option) summed over the options whose "yes" changes the outcome, plus P(none) if "none"
  // does. Each answer costs an inference, so they are tried most likely first and the search stops as soon
  // as the threshold is certainly reached or certainly out of reach (bounds with a margin far above the
  // rounding of the sums); the chance itself is then summed in the original order, as before.
  const pYes = open.map((id) => search.hypothetical(net.findingIndex.get(id) as number).pYes);
  let noneChance = 1;
  for (const p of pYes) noneChance *= 1 - p;
  const answers: { answer: EvidenceItem[]; p: number; option: number }[] = open.map((id, k) => ({
    answer: [{ id, state: 'present' }],
    p: pYes[k] as number,
    option: k,
  }));
  answers.push({ answer: open.map((id) => ({ id, state: 'absent' as const })), p: noneChance, option: -1 });
  const changed = new Map<number, boolean>();
  let reached = 0;
  let undecided = answers.reduce((sum, a) => sum + a.p, 0);
  const margin = 1e-9;
  for (const a of [...answers].sort((x, y) => y.p - x.p)) {
    if (reached >= threshold + margin || reached + undecided < threshold - margin) break;
    const c = changes(a.answer);
    changed.set(a.option, c);
    undecided -= a.p;
    if (c) reached += a.p;
  }
  if (reached >= threshold + margin) return true;
  if (reached + Math.max(0, undecided) < threshold - margin) return false;
  // Close to the threshold: every answer decided, the chance summed exactly as the plain definition does.
  let chance = 0;
  open.forEach((_, k) => {
    if (changed.get(k) ?? changes(answers[k]?.answer as EvidenceItem[])) chance += pYes[k] as number;
  });
  if (changed.get(-1) ?? changes(answers[answers.length - 1]?.answer as EvidenceItem[])) chance += noneChance;
  return Math.min(1, chance) >= threshold;
}

/**
 * `suspectedOnly`: just the groups a firing red-flag rule calls for (asked straight after the screen, e.g.
 * Wells needs the clot history) and the `early` ones whose cause leads (the regular medicines); the others wait until the differential has nothing left worth asking, so
 * the risk factors asked are those of the causes that still lead once the story's own questions are in.
 */
function historyQuestion(
  input: InterviewInput,
  answered: ReadonlySet<string>,
  suspectedOnly: boolean,
): Question | null {
  // In play and mostly open (cheap), then worth asking: suspected by a rule, or could change the outcome.
  const suspected = suspectedByRules(input.present);
  const group = pendingHistory(input, answered).find(
    (g) =>
      g.relevantTo.some((id) => suspected.has(id)) ||
      (g.early === true && g.relevantTo.includes(leadingCause(input))) ||
      (!suspectedOnly &&
        canChangeOutcome(
          input,
          g.findings.filter((id) => askable(input.net, id, answered, input)),
        )),
  );
  if (!group) return null;
  return groupQuestion(input.net, group, openOptions(input.net, group, answered, input), 'history');
}

function singleQuestion(net: Network, finding: number): Question {
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

const ruleFindings = new Set(triageRules.flatMap((r) => [...r.all, ...(r.any ?? [])]));
const screenedFindings = new Set([...screeningGroups, ...historyGroups].flatMap((g) => g.findings));
const complaintFindings = new Set(complaintGroups.flatMap((g) => g.findings));

/**
 * The estimate a client shows: the raw estimate, but never more than `maxEstimateRise` above the one it
 * showed last (sent back as `lastEstimate`), so "about 4 more" is not followed by "about 12 more".
 */
export function smoothEstimate(raw: number, lastEstimate: number | undefined): number {
  if (lastEstimate === undefined || raw === 0) return raw;
  return Math.max(1, Math.min(raw, lastEstimate + interviewSettings.maxEstimateRise));
}

/**
 * The next question and whether to stop. Order, as a clinician takes a history: stop at once on an
 * emergency; otherwise the complaint's shape where the description did not give it and its answer is worth
 * it (where, what like, when, what eases it; at most two groups before the screen); then the red-flag screen
 * (first, when the description tells of a recent onset or a warning sign); then the risk-factor history a red-flag rule calls for; then the single
 * question of highest value (information gain plus the chance it changes the urgency) until the stop rule
 * holds, and then the other risk-factor history of the causes still leading, if it could change the
 * outcome. No question is asked whose precondition (`askIf`) is false.
 */
export function nextQuestion(input: InterviewInput): InterviewDecision {
  const { posterior, level } = input;
  const answered = new Set(input.evidence.map((e) => e.id));
  // The gain-driven differential keeps its count (complaint options included: counting single questions only
  // doubled its length, median 8 and max 27 on the set-5 replays). The settled-ranking questions below count
  // single questions only (`singlesAnswered`), so the complaint groups no longer use up their allowance.
  const differentialAnswered = input.evidence.filter((e) => !screenedFindings.has(e.id)).length;
  const singlesAnswered = input.evidence.filter(
    (e) => !screenedFindings.has(e.id) && !complaintFindings.has(e.id),
  ).length;
  const stop: InterviewDecision = { question: null, shouldStop: true, progress: progress(answered, 0) };
  if (level === 'emergency') {
    // Emergency, not yet an ambulance: one more screen only when an open answer of it would complete an
    // ambulance rule with what is already present (a confused person with a painful leg: is the leg red or
    // hot, is there a fever?), since "go to A&E" and "call an ambulance" differ for someone who is unwell.
    const escalation = ambulanceScreen(input, answered) ?? emergencyHistoryQuestion(input, answered);
    return escalation ? { question: escalation, shouldStop: false, progress: progress(answered, 1) } : stop;
  }
  if (atLeastAsUrgent(level, 'emergency')) return stop;

  // Fixed-order phases: the questions left in them, plus the differential's usual length after them.
  const complaint = pendingComplaintGroups(input, answered);
  const screens = pendingScreens(input, answered);
  const history = pendingHistory(input, answered);
  const ahead = (n: number) =>
    progress(
      answered,
      n + Math.min(interviewSettings.expectedDifferential, differentialLeft(differentialAnswered)),
    );
  // A sudden or recent problem, or a warning sign already told, is screened before the complaint's shape:
  // a clinician rules out the emergency first, and "what eases it" does not fit one continuous episode.
  const phased =
    screenFirst(input, answered) || complaintShapeKnown(answered)
      ? (screeningQuestion(input, answered) ??
        complaintQuestion(input, answered) ??
        historyQuestion(input, answered, true))
      : (complaintQuestion(input, answered) ??
        screeningQuestion(input, answered) ??
        historyQuestion(input, answered, true));
  if (phased)
    return {
      question: phased,
      shouldStop: false,
      progress: ahead(complaint.length + screenQuestionsLeft(screens, input.present) + history.length),
    };

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
  if (!best || bestScore <= 0) {
    const settled =
      singlesAnswered < interviewSettings.maxSettledSingles ? settledQuestion(input, answered) : null;
    if (settled) return { question: settled, shouldStop: false, progress: progress(answered, 1) };
    const history = historyQuestion(input, answered, false);
    return history ? { question: history, shouldStop: false, progress: progress(answered, 1) } : stop;
  }
  // Expected remaining from the stop rule: the questions that could still change the urgency (at most
  // `urgentEstimateCap`: each answer settles others), plus, while the ranking is unsettled, a third of those
  // still worth asking. Fitted on the simulated interviews (mean error 0.3 questions; see README).
  const worthAsking = candidates.filter((c) => c.gain >= interviewSettings.minimumGain).length;
  const remaining =
    Math.min(urgent.length, interviewSettings.urgentEstimateCap) +
    (rankingSettled ? 0 : Math.min(differentialLeft(differentialAnswered), Math.ceil(worthAsking / 3)));
  return {
    question: differentialQuestion(input, answered, best.finding),
    shouldStop: false,
    progress: progress(answered, Math.max(1, remaining)),
  };
}

/**
 * The differential's best finding, asked through its complaint group while that group is still open: "does
 * walking ease it?" alone and then "what eases it?" with walking again read as one question asked twice
 * (role-play set 8). The group offers the same option, with the others still open beside it.
 */
function differentialQuestion(
  input: InterviewInput,
  answered: ReadonlySet<string>,
  finding: number,
): Question {
  const id = (input.net.findings[finding] as Network['findings'][number]).id;
  const group = complaintFindings.has(id)
    ? pendingComplaintGroups(input, answered).find((g) => g.findings.includes(id))
    : undefined;
  if (!group) return singleQuestion(input.net, finding);
  const partlyKnown = group.findings.some((f) => input.present.has(f));
  return groupQuestion(
    input.net,
    group,
    openOptions(input.net, group, answered, input),
    'complaint',
    partlyKnown,
  );
}

/** The three most probable causes, most probable first. */
function topThree(marginals: Float64Array): number[] {
  return leading(marginals, 3);
}

/**
 * The `count` highest entries, highest first, ties by index (what a stable descending sort gives), in one pass.
 * Marginals are never NaN.
 */
function leading(values: Float64Array, count: number): number[] {
  const top: number[] = [];
  for (let j = 0; j < values.length; j++) {
    const v = values[j] as number;
    let k = top.length;
    while (k > 0 && (values[top[k - 1] as number] as number) < v) k--;
    if (k < count) {
      top.splice(k, 0, j);
      if (top.length > count) top.pop();
    }
  }
  return top;
}

/** Causes that must not be missed: those that need a doctor within a day or sooner. */
const mustNotMiss = (net: Network, j: number) =>
  atLeastAsUrgent((net.conditions[j] as Network['conditions'][number]).usualUrgency, 'consultation_24');

/**
 * Whether the leader differs, or a must-not-miss cause enters the top three, or, while "a cause this tool
 * does not cover" leads (it names nothing to look for), a cause a doctor should see enters the top three: a
 * bone growth or a stress fracture behind a vague shin ache is what the person needs named, cramps are not.
 */
function shownChanges(net: Network, before: readonly number[], marginals: Float64Array): boolean {
  const after = topThree(marginals);
  const unnamedLeads = before[0] === net.conditionIndex.get('other');
  return (
    after[0] !== before[0] ||
    after.some((j) => !before.includes(j) && (mustNotMiss(net, j) || (unnamedLeads && needsDoctor(net, j))))
  );
}

/** A cause a doctor should see, not one a person looks after alone (cramps, a pressed nerve). */
const needsDoctor = (net: Network, j: number) =>
  atLeastAsUrgent((net.conditions[j] as Network['conditions'][number]).usualUrgency, 'consultation');

/**
 * `shownChanges` after "yes" to an unlinked finding: from the posterior's weights reweighted by its odds
 * ratios (`yesWithBound`) when the leader and the top three are apart by more than the rounding bound,
 * otherwise from the exact inference.
 */
function shownChangesAfterYes(input: InterviewInput, before: readonly number[], id: string): boolean {
  const screened = yesWithBound(input, id, false);
  if (screened) {
    const m = screened.marginals;
    const order = leading(m, 4);
    const gap = (k: number) =>
      order[k + 1] === undefined ||
      (m[order[k] as number] as number) - (m[order[k + 1] as number] as number) > 2 * screened.bound;
    if (gap(0) && gap(2)) return shownChanges(input.net, before, m);
  }
  return shownChanges(input.net, before, afterAnswer(input, [{ id, state: 'present' }]).after.marginals);
}

/** Risk factors: findings that change a cause's prior (odds ratio) and are linked to no cause. */
const riskFactorFindings: ReadonlySet<string> = new Set<string>(
  conditionDefinitions.flatMap((c) => (c.riskFactors ?? []).map((r) => r.finding)),
);

/**
 * With the ranking settled, the single question (a symptom, or a risk factor such as a recent operation, a
 * replaced joint or a statin started) whose answer has the highest chance of changing the leading cause or
 * the top three, if that chance reaches `settledChangeChance`. A symptom's chance is P(answer) summed over
 * the answers that change them (or whose "yes" completes a red-flag rule that raises the level); a risk
 * factor's or an unlinked rule finding's (its prevalence is not in the model) is 1 when its "yes" would.
 * Group findings are left to their groups, which the caller asks next.
 */
function settledQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const { net, posterior } = input;
  const before = topThree(posterior.marginals);
  const search = questionSearch(net, posterior);
  let best: { finding: number; value: number } | undefined;
  net.findings.forEach((f, i) => {
    if (screenedFindings.has(f.id) || complaintFindings.has(f.id)) return;
    if (!askable(net, f.id, answered, input)) return;
    // A "yes" that completes a red-flag rule raising the level (a replaced joint under a hot swollen knee).
    const raisesByRule = rank(levelWithYes(input, f.id)) < rank(input.level);
    let value = 0;
    if (net.linked[i]) {
      const after = search.hypothetical(i);
      if (raisesByRule || shownChanges(net, before, after.yes)) value += after.pYes;
      if (shownChanges(net, before, after.no)) value += 1 - after.pYes;
    } else if ((riskFactorFindings.has(f.id) || ruleFindings.has(f.id)) && (best?.value ?? 0) < 1) {
      // Its value is 0 or 1, so once a question of value 1 is found the inference cannot change the choice.
      value = raisesByRule || shownChangesAfterYes(input, before, f.id) ? 1 : 0;
    }
    if (value >= interviewSettings.settledChangeChance && value > (best?.value ?? 0))
      best = { finding: i, value };
  });
  return best ? singleQuestion(net, best.finding) : null;
}

/**
 * The description tells of a recent onset, of a warning sign (an alarm finding present), or of a cue that
 * makes an open screen's emergency plausible.
 */
function screenFirst(input: InterviewInput, answered: ReadonlySet<string>): boolean {
  const { net, present } = input;
  if (pendingScreens(input, answered).some((g) => cued(g, present))) return true;
  for (const id of present) {
    if (id === 'onset_within_two_weeks') return true;
    if (net.findings[net.findingIndex.get(id) as number]?.group === 'alarm') return true;
  }
  return false;
}

/**
 * Two complaint groups answered (or told) — where it is and what it is like, usually — are enough shape to
 * screen for red flags: a clinician does not ask when it comes and what eases it before ruling out the
 * emergency (role-play sets 5-7 asked three or four shape groups before the screen). The rest of the shape
 * follows the screen. Product setting.
 */
const complaintShapeKnown = (answered: ReadonlySet<string>) =>
  complaintGroups.filter((g) => g.findings.some((id) => answered.has(id))).length >= shapeBeforeScreen;
const shapeBeforeScreen = 2;

/** Screen questions left: each cued screen alone, the uncued ones together as one checklist. */
const screenQuestionsLeft = (screens: readonly ScreeningGroup[], present: ReadonlySet<string>) => {
  const alone = screens.filter((g) => cued(g, present)).length;
  return alone + (alone < screens.length ? 1 : 0);
};

const differentialLeft = (answered: number) =>
  Math.max(0, interviewSettings.maxDifferentialQuestions - answered);

const progress = (answered: ReadonlySet<string>, remaining: number): InterviewProgress => ({
  answered: answered.size,
  remainingEstimate: remaining,
});

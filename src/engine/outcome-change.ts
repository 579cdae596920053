// The three outcome-change paths: whether a complaint or history group's answer could change what the
// person is told, the settled-ranking single question, and the history question at an emergency.
import { atLeastAsUrgent, type ScreeningGroup, screeningGroups } from '../knowledge/index.js';
import {
  absentMovesNothing,
  afterAnswer,
  noChangeBound,
  screenedNone,
  screenedYes,
  yesWithBound,
} from './bounded-answer.js';
import {
  askable,
  complaintFindings,
  groupQuestion,
  type InterviewInput,
  leaderOf,
  levelFromRules,
  levelWithYes,
  openOptions,
  probabilityLevelOf,
  rank,
  riskFactorFindings,
  ruleFindings,
  screenedFindings,
  singleQuestion,
  suspectedByRules,
} from './interview-common.js';
import { interviewSettings } from './interview-settings.js';
import type { Network } from './network.js';
import { questionSearch } from './question-search.js';
import { selfCareSupported } from './triage.js';
import type { EvidenceItem, Question } from './types.js';

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
export function emergencyHistoryQuestion(
  input: InterviewInput,
  answered: ReadonlySet<string>,
): Question | null {
  const { net, posterior, present, evidence } = input;
  if (levelFromRules(present) !== 'emergency') return null;
  // A clear lead ends it only when the lead is a cause the firing rule suspects (or the rule names none): a
  // hot swollen knee with a fever sent to the emergency department as a possible joint infection, with gout
  // leading at 0.9, still needs the question that tells the team where to look (role-play set 15: a replaced
  // knee on methotrexate was never asked about).
  const named = suspectedByRules(present);
  const top = posterior.marginals.indexOf(Math.max(...posterior.marginals));
  const leadSuspected = named.size === 0 || named.has(net.conditions[top]?.id ?? '');
  if ((posterior.marginals[top] as number) >= interviewSettings.clearLead && leadSuspected) return null;
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
 * Whether a group's open options could change what the person is told (a history group, whose risk factors
 * have no prevalence in the model, so no information gain; a complaint group known in part): with any one
 * open option present (or every one absent), the leading cause or the urgency the probabilities set would
 * differ from now, or a red-flag rule would raise the urgency.
 */
export function canChangeOutcome(input: InterviewInput, open: readonly string[]): boolean {
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

/**
 * The chance that a complaint group's answer changes what the person is told: the sum, over its open options,
 * of the chance the option is present times whether it alone would change the leading cause or the urgency
 * (the probabilities' level, or a red-flag rule), plus the chance none is present times whether that would.
 * A group whose likely answers leave the outcome where it is (the opening already points to one area) is
 * skipped; its options stay open for the differential, which asks any one of them that is worth it alone.
 * Returns whether that chance reaches `threshold` (the same answer as computing the chance in full).
 */
export function outcomeChangeReaches(
  input: InterviewInput,
  open: readonly string[],
  threshold: number,
): boolean {
  const { net, posterior, present, level } = input;
  const leader = leaderOf(posterior.marginals);
  const nowByProbability = probabilityLevelOf(net, input.triagePosterior);
  const search = questionSearch(net, posterior);
  const supportsBenign = (p: ReadonlySet<string>) => selfCareSupported(net, p);
  const supportedNow = supportsBenign(present);
  const changes = (answer: readonly EvidenceItem[]): boolean => {
    const single = answer.length === 1 && answer[0]?.state === 'present' ? answer[0].id : undefined;
    // The present set with this answer's "yes" findings, built only where it is read.
    const withYesOf = () => {
      const withYes = new Set(present);
      for (const e of answer) if (e.state === 'present') withYes.add(e.id);
      return withYes;
    };
    if (rank(single ? levelWithYes(input, single) : levelFromRules(withYesOf())) < rank(level)) return true;
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
    return levelAfter === 'self_care' && !supportedNow && supportsBenign(withYesOf());
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

/** The three most probable causes, most probable first. */
function topThree(marginals: Float64Array): number[] {
  return leading(marginals, 3);
}

/**
 * The `count` highest entries, highest first, ties by index (what a stable descending sort gives), in one pass.
 * Marginals are never NaN.
 */
export function leading(values: Float64Array, count: number, top: number[] = []): number[] {
  top.length = 0;
  for (let j = 0; j < values.length; j++) {
    const v = values[j] as number;
    let k = top.length;
    while (k > 0 && (values[top[k - 1] as number] as number) < v) k--;
    if (k < count) {
      // Insert at k; with `count` entries already, the last one falls off.
      for (let i = Math.min(top.length, count - 1); i > k; i--) top[i] = top[i - 1] as number;
      top[k] = j;
    }
  }
  return top;
}

/** Reused result arrays of `leading` where the result is read and dropped at once. */
const shownScratch: number[] = [];
const orderScratch: number[] = [];

/** Causes that must not be missed: those that need a doctor within a day or sooner. */
const mustNotMiss = (net: Network, j: number) =>
  atLeastAsUrgent((net.conditions[j] as Network['conditions'][number]).usualUrgency, 'consultation_24');

/**
 * Whether the leader differs, or a must-not-miss cause enters the top three, or, while "a cause this tool
 * does not cover" leads (it names nothing to look for), a cause a doctor should see enters the top three: a
 * bone growth or a stress fracture behind a vague shin ache is what the person needs named, cramps are not.
 */
function shownChanges(net: Network, before: readonly number[], marginals: Float64Array): boolean {
  const after = leading(marginals, 3, shownScratch);
  if (after[0] !== before[0]) return true;
  const unnamedLeads = before[0] === net.conditionIndex.get('other');
  for (let k = 0; k < after.length; k++) {
    const j = after[k] as number;
    if (!before.includes(j) && (mustNotMiss(net, j) || (unnamedLeads && needsDoctor(net, j)))) return true;
  }
  return false;
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
    const order = leading(m, 4, orderScratch);
    const gap = (k: number) =>
      order[k + 1] === undefined ||
      (m[order[k] as number] as number) - (m[order[k + 1] as number] as number) > 2 * screened.bound;
    if (gap(0) && gap(2)) return shownChanges(input.net, before, m);
  }
  return shownChanges(input.net, before, afterAnswer(input, [{ id, state: 'present' }]).after.marginals);
}

/**
 * The leader is beyond doubt (at `decidedLeader`) and the advice already answers for it (the level is at least
 * its usual urgency): which causes trail it in second and third place, at a few per cent, changes nothing the
 * person is told (set 10: a joint-pain question after a clot at 0.99 with same-day advice already given).
 */
function leaderDecided(input: InterviewInput, leader: number): boolean {
  const condition = input.net.conditions[leader];
  return (
    condition !== undefined &&
    (input.posterior.marginals[leader] as number) >= interviewSettings.decidedLeader &&
    atLeastAsUrgent(input.level, condition.usualUrgency)
  );
}

/**
 * With the ranking settled, the single question (a symptom, or a risk factor such as a recent operation, a
 * replaced joint or a statin started) whose answer has the highest chance of changing the leading cause or
 * the top three, if that chance reaches `settledChangeChance`. A symptom's chance is P(answer) summed over
 * the answers that change them (or whose "yes" completes a red-flag rule that raises the level); a risk
 * factor's or an unlinked rule finding's (its prevalence is not in the model) is 1 when its "yes" would.
 * Group findings are left to their groups, which the caller asks next.
 */
export function settledQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const { net, posterior } = input;
  const before = topThree(posterior.marginals);
  const search = questionSearch(net, posterior);
  const decided = leaderDecided(input, before[0] as number);
  let best: { finding: number; value: number } | undefined;
  net.findings.forEach((f, i) => {
    if (screenedFindings.has(f.id) || complaintFindings.has(f.id)) return;
    if (!askable(net, f.id, answered, input)) return;
    // A "yes" that completes a red-flag rule raising the level (a replaced joint under a hot swollen knee).
    const raisesByRule = rank(levelWithYes(input, f.id)) < rank(input.level);
    // Once the leader is decided (see `leaderDecided`), only a "yes" that raises the urgency still counts.
    if (decided && !raisesByRule) return;
    let value = 0;
    if (net.linked[i]) {
      const after = search.hypothetical(i);
      if (raisesByRule || shownChanges(net, before, after.yes)) value += after.pYes;
      if (!decided && shownChanges(net, before, after.no)) value += 1 - after.pYes;
    } else if ((riskFactorFindings.has(f.id) || ruleFindings.has(f.id)) && (best?.value ?? 0) < 1) {
      // Its value is 0 or 1, so once a question of value 1 is found the inference cannot change the choice.
      value = raisesByRule || shownChangesAfterYes(input, before, f.id) ? 1 : 0;
    }
    if (value >= interviewSettings.settledChangeChance && value > (best?.value ?? 0))
      best = { finding: i, value };
  });
  return best ? singleQuestion(net, best.finding) : null;
}

// The clinician's order: the complaint's shape, the red-flag screen (cued screens first, the rest as one
// checklist), the ambulance screen at an emergency, the risk-factor history, and the differential's question
// asked through its complaint group.
import {
  complaintGroups,
  type HistoryGroup,
  historyGroups,
  redFlagChecklist,
  type ScreeningGroup,
  screeningGroups,
  triageRules,
} from '../knowledge/index.js';
import {
  askable,
  askIfOf,
  complaintFindings,
  entropy,
  entropyAfterNo,
  entropyAfterYes,
  firesWith,
  groupQuestion,
  type InterviewInput,
  openOptions,
  ruleFindings,
  singleQuestion,
  suspectedByRules,
  urgencyRaise,
} from './interview-common.js';
import { interviewSettings } from './interview-settings.js';
import type { Network } from './network.js';
import { canChangeOutcome, outcomeChangeReaches } from './outcome-change.js';
import { askIfHolds } from './preconditions.js';
import { questionSearch } from './question-search.js';
import { ruleFires } from './triage.js';
import type { Question } from './types.js';

/**
 * The first complaint group with open options whose answer is worth it. A group the description answered in
 * part ("my foot hurts" gives the feet, not the heel) still asks its open options, worded as "anything
 * else?": one matched option must not hide the others (a heel, walking pain eased by standing still).
 */
export function complaintQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
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
  return group ? complaintGroupQuestion(input, group, answered) : null;
}

/** A complaint group asked with its open options. */
function complaintGroupQuestion(input: InterviewInput, group: ScreeningGroup, answered: ReadonlySet<string>) {
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
export function pendingComplaintGroups(
  input: InterviewInput,
  answered: ReadonlySet<string>,
): ScreeningGroup[] {
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
      ? currentEntropy -
        (after.pYes * entropyAfterYes(after, net.conditions.length) +
          (1 - after.pYes) * entropyAfterNo(after, net.conditions.length))
      : 0;
    return gain + urgencyRaise(input, i, after.pYes, after) >= interviewSettings.complaintMinimumValue;
  });
}

/** Screens still open, those whose cues the story gives first (the order is otherwise the screens' own). */
export function pendingScreens(input: InterviewInput, answered: ReadonlySet<string>): ScreeningGroup[] {
  const open = screeningGroups.filter((group) => openOptions(input.net, group, answered, input).length > 0);
  return [...open.filter((g) => cued(g, input.present)), ...open.filter((g) => !cued(g, input.present))];
}

export const cued = (group: ScreeningGroup, present: ReadonlySet<string>) =>
  group.cues?.some((id) => present.has(id)) ?? false;

export function screeningQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
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
export function ambulanceScreen(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const raises = (id: string) =>
    triageRules.some(
      (rule) =>
        rule.level === 'emergency_ambulance' &&
        !ruleFires(rule, input.present) &&
        firesWith(rule, input.present, id),
    );
  for (const group of pendingScreens(input, answered)) {
    const open = openOptions(input.net, group, answered, input).filter(raises);
    if (open.length > 0) return groupQuestion(input.net, group, open, 'red_flag_screen', true);
  }
  return null;
}

/**
 * History groups whose causes are in play (together at least `historyRelevance`, or suspected by a red-flag
 * rule that fires, e.g. one swollen leg calls for a Wells score whatever the clot's probability) and most of
 * which is still open.
 */
export function pendingHistory(input: InterviewInput, answered: ReadonlySet<string>): HistoryGroup[] {
  const { net, posterior } = input;
  const suspected = suspectedByRules(input.present);
  const leading = leadingCauses(input);
  return historyGroups.filter((group) => {
    const weight = group.relevantTo.reduce(
      (sum, id) => sum + (posterior.marginals[net.conditionIndex.get(id) as number] as number),
      0,
    );
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

/** The `historyLeadingCauses` most probable causes (`other` excluded: it has no risk factors), per step. */
const leadingCausesMemo = new WeakMap<InterviewInput, ReadonlySet<string>>();

function leadingCauses(input: InterviewInput): ReadonlySet<string> {
  let leading = leadingCausesMemo.get(input);
  if (!leading) {
    leading = computeLeadingCauses(input);
    leadingCausesMemo.set(input, leading);
  }
  return leading;
}

function computeLeadingCauses(input: InterviewInput): Set<string> {
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
 * `suspectedOnly`: just the groups a firing red-flag rule calls for (asked straight after the screen, e.g.
 * Wells needs the clot history) and the `early` ones whose cause leads (the regular medicines); the others wait until the differential has nothing left worth asking, so
 * the risk factors asked are those of the causes that still lead once the story's own questions are in.
 */
export function historyQuestion(
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

/**
 * The differential's best finding, asked through its complaint group while that group is still open: "does
 * walking ease it?" alone and then "what eases it?" with walking again read as one question asked twice
 * (role-play set 8). The group offers the same option, with the others still open beside it.
 */
export function differentialQuestion(
  input: InterviewInput,
  answered: ReadonlySet<string>,
  finding: number,
): Question {
  const id = (input.net.findings[finding] as Network['findings'][number]).id;
  const group = complaintFindings.has(id)
    ? pendingComplaintGroups(input, answered).find((g) => g.findings.includes(id))
    : undefined;
  return group ? complaintGroupQuestion(input, group, answered) : singleQuestion(input.net, finding);
}

/**
 * The description tells of a recent onset, of a warning sign (an alarm finding present), or of a cue that
 * makes an open screen's emergency plausible.
 */
export function screenFirst(input: InterviewInput, answered: ReadonlySet<string>): boolean {
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
export const complaintShapeKnown = (answered: ReadonlySet<string>) =>
  complaintGroups.filter((g) => g.findings.some((id) => answered.has(id))).length >= shapeBeforeScreen;
const shapeBeforeScreen = 2;

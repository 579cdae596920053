// Before the interview stops: the must-not-miss history question a clinician would never skip (issue 14,
// role-play set 11: a thigh ache at 70 on nine years of alendronate stopped after two questions, never asked
// about bone medicines). Only findings flagged `askBeforeStopping` in src/knowledge/findings are candidates,
// and only when a "yes" would bring a cause the flag guards into the top three or raise the urgency. A wider
// pool (every risk factor and medicine) fixed that case but asked low-value history (training, fibromyalgia
// triggers), lengthening the simulated interviews (branch iq14: median 3 → 4, max 10 → 11).
import { askBeforeStopping } from '../knowledge/index.js';
import { afterAnswer, screenedYes, yesWithBound } from './bounded-answer.js';
import {
  askable,
  askIfOf,
  type InterviewInput,
  levelFromRules,
  probabilityLevelOf,
  rank,
  screenedFindings,
  singleQuestion,
} from './interview-common.js';
import { interviewSettings } from './interview-settings.js';
import { leading } from './outcome-change.js';
import type { Question } from './types.js';

/** The flagged findings, in the findings' order, with the causes each guards. */
const guarded: ReadonlyMap<string, readonly string[]> = new Map(
  [...askBeforeStopping].map(([id, marker]) => [id, marker.causes]),
);

/** A follow-up a told "yes" opened ranks above any change (a raised urgency scores 100 and more). */
const followUpFirst = 1000;

/**
 * The flagged history question whose "yes" would bring a cause it guards into the top three (from outside
 * it) or raise the urgency (a red-flag rule it completes, or the probabilities' level), asked before
 * stopping; at most `mustNotMissQuestions`, counted as flagged findings known that no group asks (a screen's
 * own options, such as a cancer history, are answered there). Its precondition (`askIf`) must hold, so thin
 * bones come before the bone medicine; an opener counts the change its "yes" plus the follow-up it opens
 * would make. The chance of a "yes" is not modelled (risk factors have no prevalence), so the criterion is
 * whether a "yes" would change what the person is told. Among several: a raised urgency first (by levels),
 * then the largest rise in log-odds of a guarded cause entering the top three; ties to the finding listed
 * first.
 */
export function mustNotMissQuestion(input: InterviewInput, answered: ReadonlySet<string>): Question | null {
  const { net, posterior, level } = input;
  const pool = [...guarded.keys()].filter((id) => net.findingIndex.has(id));
  // A follow-up a "yes" opened (the bone medicine after thin bones) belongs to its opener's question.
  const known = pool.filter(
    (id) => answered.has(id) && !screenedFindings.has(id) && !askIfOf(net, id)?.anyPresent,
  ).length;
  if (known >= interviewSettings.mustNotMissQuestions) return null;
  const before = leading(posterior.marginals, 3);
  /** The change a "yes" to each of `ids` makes (0 when none): see the function's comment. */
  const change = (ids: readonly string[]): number => {
    const withYes = new Set(input.present);
    for (const id of ids) withYes.add(id);
    const raisedByRule = rank(level) - rank(levelFromRules(withYes));
    // Only the causes these findings guard, outside the top three now, are what a "yes" brings forward.
    const targets = ids
      .flatMap((id) => guarded.get(id) ?? [])
      .flatMap((c) => {
        const j = net.conditionIndex.get(c);
        return j === undefined || before.includes(j) ? [] : [j];
      });
    if (raisedByRule <= 0 && targets.length === 0) return 0;
    if (raisedByRule <= 0 && ids.length === 1 && certainlyNoChange(input, ids[0] as string, targets))
      return 0;
    const { after, forTriage } = afterAnswer(
      input,
      ids.map((id) => ({ id, state: 'present' as const })),
    );
    const raised = Math.max(raisedByRule, rank(level) - rank(probabilityLevelOf(net, forTriage)));
    const top = leading(after.marginals, 3);
    // Through an opener (thin bones, then the bone medicine) a raise counts only while a cause the pair
    // guards would then stand in the top three: the rule a double "yes" completes (a thigh ache on the
    // medicine) would otherwise send the bone questions to anyone with thigh pain, a burning patch at 36 or
    // sciatica at 40 (role-play replays of sets 10-14), where no clinician would ask them.
    if (raised > 0 && (ids.length === 1 || guardedIn(ids, top))) return 100 + raised;
    if (raised > 0) return 0;
    return targets
      .filter((j) => top.includes(j))
      .reduce(
        (m, j) =>
          Math.max(m, logOdds(after.marginals[j] as number) - logOdds(posterior.marginals[j] as number)),
        0,
      );
  };
  /** Whether a cause that one of `ids` guards is among `top`. */
  const guardedIn = (ids: readonly string[], top: readonly number[]): boolean =>
    ids.some((id) => (guarded.get(id) ?? []).some((c) => top.includes(net.conditionIndex.get(c) ?? -1)));
  let best: { id: string; value: number } | undefined;
  for (const id of pool) {
    if (!askable(net, id, answered, input)) continue;
    const alone = change([id]);
    // A follow-up a told "yes" opened is asked next, as a clinician would.
    const followUp = askIfOf(net, id)?.anyPresent?.some((gate) => input.present.has(gate));
    let value = alone > 0 && followUp ? followUpFirst + alone : alone;
    // The flagged question its "yes" opens (thin bones, then the bone medicine): the pair's change counts for
    // the opener, whose question names the follow-up ("…or do you take a bone-strengthening medicine?").
    const opened = { ...input, present: new Set(input.present).add(id) };
    for (const next of pool)
      if (next !== id && !askable(net, next, answered, input) && askable(net, next, answered, opened))
        value = Math.max(value, change([id, next]));
    if (value > 0 && value > (best?.value ?? 0)) best = { id, value };
  }
  if (!best) return null;
  return { ...singleQuestion(net, net.findingIndex.get(best.id) as number), phase: 'history' };
}

/**
 * Whether a "yes" to `id` certainly changes nothing `change` counts, read from the bounded estimates
 * (`screenedYes`, `yesWithBound`: within their tested bounds of the exact inference) so that the exact
 * inference is needed only when it might: the probabilities' level settled and no more urgent than now, and
 * every target behind at least three causes by more than twice the bound (so outside the top three, ties by
 * index included). Returns false (not known) otherwise.
 */
function certainlyNoChange(input: InterviewInput, id: string, targets: readonly number[]): boolean {
  const settled = screenedYes(input, id);
  if (!settled || rank(settled.level) < rank(input.level)) return false;
  const estimate = yesWithBound(input, id, false) ?? yesWithBound(input, id, false, true);
  if (!estimate) return false;
  const { marginals: m, bound } = estimate;
  for (const j of targets) {
    const t = m[j] as number;
    let ahead = 0;
    for (let k = 0; k < m.length && ahead < 3; k++) if (k !== j && (m[k] as number) - t > 2 * bound) ahead++;
    if (ahead < 3) return false;
  }
  return true;
}

const logOdds = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

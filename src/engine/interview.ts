import { atLeastAsUrgent } from '../knowledge/index.js';
import {
  askable,
  complaintFindings,
  entropy,
  entropyAfterNo,
  entropyAfterYes,
  type InterviewInput,
  ruleFindings,
  screenedFindings,
  singleQuestion,
  urgencyRaise,
} from './interview-common.js';
import { questionsAsked, questionsLeft } from './interview-length.js';
import { mustNotMissQuestion } from './interview-must-not-miss.js';
import {
  ambulanceScreen,
  complaintQuestion,
  complaintShapeKnown,
  differentialQuestion,
  historyQuestion,
  pendingComplaintGroups,
  pendingHistory,
  pendingScreens,
  screenFirst,
  screeningQuestion,
} from './interview-order.js';
import { interviewSettings } from './interview-settings.js';
import { emergencyHistoryQuestion, settledQuestion } from './outcome-change.js';
import { differentialLeft, progress, screenQuestionsLeft } from './progress.js';
import { questionSearch } from './question-search.js';
import type { InterviewProgress, Question } from './types.js';

// The search's arithmetic lives in question-search.ts, the settings in interview-settings.ts, the progress
// estimate in progress.ts; these names are re-exported for existing importers.
export type { InterviewInput } from './interview-common.js';
export { interviewSettings } from './interview-settings.js';
export { smoothEstimate } from './progress.js';
export { type Hypothetical, hypothetical, prunedMass, significant } from './question-search.js';

export interface InterviewDecision {
  readonly question: Question | null;
  readonly shouldStop: boolean;
  readonly progress: InterviewProgress;
}

const noneDescribed: ReadonlySet<string> = new Set();

interface Candidate {
  readonly finding: number;
  readonly pYes: number;
  readonly gain: number;
  readonly raisesUrgency: number;
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
      ? currentEntropy -
        (pYes * entropyAfterYes(after, net.conditions.length) +
          (1 - pYes) * entropyAfterNo(after, net.conditions.length))
      : 0;
    out.push({ finding: i, pYes, gain, raisesUrgency: urgencyRaise(input, i, pYes, after) });
  });
  return out;
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
  // The whole interview stops at `maxQuestions`; past it only a question that could raise the urgency (an
  // unanswered red-flag screen, an ambulance screen item, an urgent single) is still asked.
  const left = questionsLeft(questionsAsked(input.evidence, input.described ?? noneDescribed));
  const capped = left === 0;
  const ask = (question: Question, remaining: number): InterviewDecision => ({
    question,
    shouldStop: false,
    progress: progress(answered, Math.max(1, Math.min(remaining, left))),
  });
  if (level === 'emergency') {
    // Emergency, not yet an ambulance: one more screen only when an open answer of it would complete an
    // ambulance rule with what is already present (a confused person with a painful leg: is the leg red or
    // hot, is there a fever?), since "go to A&E" and "call an ambulance" differ for someone who is unwell.
    const escalation =
      ambulanceScreen(input, answered) ?? (capped ? null : emergencyHistoryQuestion(input, answered));
    return escalation ? ask(escalation, 1) : stop;
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
  const phased = capped
    ? screeningQuestion(input, answered)
    : screenFirst(input, answered) || complaintShapeKnown(answered)
      ? (screeningQuestion(input, answered) ??
        complaintQuestion(input, answered) ??
        historyQuestion(input, answered, true))
      : (complaintQuestion(input, answered) ??
        screeningQuestion(input, answered) ??
        historyQuestion(input, answered, true));
  if (phased)
    return ask(
      phased,
      ahead(complaint.length + screenQuestionsLeft(screens, input.present) + history.length)
        .remainingEstimate,
    );

  const candidates = evaluateCandidates(input, answered);
  const urgent = candidates.filter((c) => c.raisesUrgency >= interviewSettings.urgencyChangeProbability);
  const leader = Math.max(...posterior.marginals);
  const bestGain = candidates.reduce((m, c) => Math.max(m, c.gain), 0);
  const rankingSettled =
    leader >= interviewSettings.clearLead ||
    bestGain < interviewSettings.minimumGain ||
    differentialAnswered >= interviewSettings.maxDifferentialQuestions;
  // Questions that could change the urgency are always asked; the cap only ends questions about the ranking.
  const pool = urgent.length > 0 ? urgent : rankingSettled || capped ? [] : candidates;
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
    if (capped) return stop;
    const settled =
      singlesAnswered < interviewSettings.maxSettledSingles ? settledQuestion(input, answered) : null;
    if (settled) return ask(settled, 1);
    const history = historyQuestion(input, answered, false) ?? mustNotMissQuestion(input, answered);
    return history ? ask(history, 1) : stop;
  }
  // Expected remaining from the stop rule: the questions that could still change the urgency (at most
  // `urgentEstimateCap`: each answer settles others), plus, while the ranking is unsettled, a third of those
  // still worth asking. Fitted on the simulated interviews (mean error 0.3 questions; see README).
  const worthAsking = candidates.filter((c) => c.gain >= interviewSettings.minimumGain).length;
  const remaining =
    Math.min(urgent.length, interviewSettings.urgentEstimateCap) +
    (rankingSettled ? 0 : Math.min(differentialLeft(differentialAnswered), Math.ceil(worthAsking / 3)));
  // Past the cap the urgent finding is asked alone, not with the rest of its complaint group.
  const question = capped
    ? singleQuestion(input.net, best.finding)
    : differentialQuestion(input, answered, best.finding);
  return ask(question, remaining);
}

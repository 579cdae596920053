/**
 * Interview settings (see README "Interview"). These are product policy, not clinical numbers.
 * - A question whose "yes" (or "no") has at least `urgencyChangeProbability` of raising the urgency level
 *   must be asked before stopping.
 * - The ranking is settled when the leading cause reaches `clearLead`, or when no question is expected to
 *   reduce the uncertainty (sum of the causes' binary entropies, in nats) by `minimumGain`.
 * - `maxDifferentialQuestions` bounds the differential's ranking questions.
 * - `maxQuestions` bounds the whole interview (complaint, screens, history, singles, must-not-miss), counted by
 *   `questionsAsked`. Past it only the safety exception is asked: a question with at least
 *   `urgencyChangeProbability` of raising the urgency level (the rule above), or a red-flag screen not yet
 *   answered (self-care needs every screen item). Product setting: issue 14's "max 12 questions".
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
  maxQuestions: 12,
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
  /**
   * A leading cause at this probability, with the advice already at least its usual urgency, ends the
   * settled-ranking questions but those whose "yes" raises the urgency. Model setting (set-10 replays).
   */
  decidedLeader: 0.95,
  /**
   * Before stopping, at most this many must-not-miss history questions (findings flagged `askBeforeStopping`,
   * `mustNotMissQuestion`), counted as flagged findings known outside the groups. Two lets "thin bones?" be
   * followed by "a bone-strengthening medicine?" (its precondition, not counted) and one more. Model setting.
   */
  mustNotMissQuestions: 2,
} as const;

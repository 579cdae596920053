// The remaining-questions estimate a client shows, and its smoothing between steps.
import type { ScreeningGroup } from '../knowledge/index.js';
import { cued } from './interview-order.js';
import { interviewSettings } from './interview-settings.js';
import type { InterviewProgress } from './types.js';

/**
 * The estimate a client shows: the raw estimate, but never more than `maxEstimateRise` above the one it
 * showed last (sent back as `lastEstimate`), so "about 4 more" is not followed by "about 12 more".
 */
export function smoothEstimate(raw: number, lastEstimate: number | undefined): number {
  if (lastEstimate === undefined || raw === 0) return raw;
  return Math.max(1, Math.min(raw, lastEstimate + interviewSettings.maxEstimateRise));
}

/** Screen questions left: each cued screen alone, the uncued ones together as one checklist. */
export const screenQuestionsLeft = (screens: readonly ScreeningGroup[], present: ReadonlySet<string>) => {
  const alone = screens.filter((g) => cued(g, present)).length;
  return alone + (alone < screens.length ? 1 : 0);
};

export const differentialLeft = (answered: number) =>
  Math.max(0, interviewSettings.maxDifferentialQuestions - answered);

export const progress = (answered: ReadonlySet<string>, remaining: number): InterviewProgress => ({
  answered: answered.size,
  remainingEstimate: remaining,
});

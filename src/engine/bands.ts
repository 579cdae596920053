import type { ConditionBand } from './types.js';

/**
 * Verbal bands a person sees instead of a percentage. Model settings (product policy), not clinical numbers:
 * - `likely` from 0.5: more likely than not;
 * - `possible` from 0.1: about one in ten or more, enough that a clinician would keep it in mind;
 * - `less_likely` below 0.1.
 * A cause that a fired red-flag rule names (its `suspects`) is `rule_out_first` whatever its probability:
 * a low figure there would read as reassurance, and the red flag outranks the model.
 */
export const bandSettings = { likely: 0.5, possible: 0.1 } as const;

export function bandOf(probability: number, ruleOutFirst: boolean): ConditionBand {
  if (ruleOutFirst) return 'rule_out_first';
  if (probability >= bandSettings.likely) return 'likely';
  if (probability >= bandSettings.possible) return 'possible';
  return 'less_likely';
}

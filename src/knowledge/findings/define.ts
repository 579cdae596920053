import type { Citation } from '../sources.js';
import type { AskBeforeStopping, AskIf, FindingDefinition, FindingGroup } from '../types.js';

/** What walking or standing does is not asked of someone who cannot put weight on the leg. */
export const canWalk: AskIf = { nonePresent: ['unable_to_bear_weight'] };

export function finding(
  id: string,
  group: FindingGroup,
  question: string,
  clinicianTerm: string,
  why: string,
  sources: readonly Citation[],
  options?: { readonly askIf?: AskIf; readonly askBeforeStopping?: AskBeforeStopping },
): FindingDefinition {
  return {
    id,
    group,
    question,
    clinicianTerm,
    why,
    sources,
    answerType: 'boolean',
    ...(options?.askIf ? { askIf: options.askIf } : {}),
    ...(options?.askBeforeStopping ? { askBeforeStopping: options.askBeforeStopping } : {}),
  };
}

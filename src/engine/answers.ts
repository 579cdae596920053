import type { EvidenceItem, Question } from './types.js';

/** An answer to a question: yes / no / don't know, or for a group question the options chosen. */
export type Answer = 'yes' | 'no' | 'unknown' | { readonly chosen: readonly string[] };

/**
 * Turn an answer into evidence. Single: yes → present, no → absent, don't know → unknown.
 * Group: `{chosen: []}` is "none of these", an explicit no for every option; otherwise the chosen options
 * are present and an unticked one was not reported: unknown, or left out when the question says
 * `unticked: 'open'` (so a red-flag screen asks it again). 'unknown' marks every option unknown so it is not
 * asked again; 'yes' / 'no' on a group apply to all.
 */
export function answerEvidence(question: Question, answer: Answer): EvidenceItem[] {
  const ids = question.options.map((o) => o.finding);
  if (typeof answer === 'object') {
    const chosen = new Set(answer.chosen);
    if (chosen.size === 0) return ids.map((id) => ({ id, state: 'absent' }));
    return ids.flatMap((id): EvidenceItem[] => {
      if (chosen.has(id)) return [{ id, state: 'present' }];
      return question.unticked === 'open' ? [] : [{ id, state: 'unknown' }];
    });
  }
  const state = answer === 'yes' ? 'present' : answer === 'no' ? 'absent' : 'unknown';
  return ids.map((id) => ({ id, state }));
}

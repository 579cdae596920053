import type { EvidenceItem, Question } from './types.js';

/** An answer to a question: yes / no / don't know, or for a group question the options chosen. */
export type Answer = 'yes' | 'no' | 'unknown' | { readonly chosen: readonly string[] };

/**
 * Turn an answer into evidence. Single: yes → present, no → absent, don't know → unknown.
 * Group: chosen options present, the others absent; `{chosen: []}` is "none of these";
 * 'unknown' marks every option unknown so it is not asked again. 'yes' / 'no' on a group apply to all.
 */
export function answerEvidence(question: Question, answer: Answer): EvidenceItem[] {
  const ids = question.options.map((o) => o.finding);
  if (typeof answer === 'object') {
    const chosen = new Set(answer.chosen);
    return ids.map((id) => ({ id, state: chosen.has(id) ? 'present' : 'absent' }));
  }
  const state = answer === 'yes' ? 'present' : answer === 'no' ? 'absent' : 'unknown';
  return ids.map((id) => ({ id, state }));
}

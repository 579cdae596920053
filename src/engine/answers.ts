import type { EvidenceState } from '../knowledge/index.js';
import type { EvidenceItem, Question } from './types.js';

/** One option's state in a per-item group answer. */
export type ItemState = EvidenceState;

/**
 * An answer to a question: yes / no / don't know; for a group question either the options chosen
 * (`{chosen}`: a tick list) or each option's own state (`{items}`: yes / no / don't know per option, so one
 * answer can say "no" to some options and "don't know" to others).
 */
export type Answer =
  | 'yes'
  | 'no'
  | 'unknown'
  | { readonly chosen: readonly string[] }
  | { readonly items: Readonly<Record<string, ItemState>> };

/**
 * Turn an answer into evidence. Single: yes → present, no → absent, don't know → unknown.
 * Group `{chosen}`: `[]` is "none of these", an explicit no for every option; otherwise the chosen options
 * are present and an unticked one was not reported: unknown, or left out when the question says
 * `unticked: 'open'` (so a red-flag screen asks it again). Group `{items}`: each listed option takes its
 * state as given (never inferred); an option not listed is treated like an unticked one. Ids that are not
 * options of the question are ignored here (faces reject them before). 'unknown' marks every option
 * unknown so it is not asked again; 'yes' / 'no' on a group apply to all.
 */
export function answerEvidence(question: Question, answer: Answer): EvidenceItem[] {
  const ids = question.options.map((o) => o.finding);
  const unticked = (id: string): EvidenceItem[] =>
    question.unticked === 'open' ? [] : [{ id, state: 'unknown' }];
  if (typeof answer === 'object' && 'items' in answer) {
    return ids.flatMap((id): EvidenceItem[] => {
      const state = Object.hasOwn(answer.items, id) ? answer.items[id] : undefined;
      return state ? [{ id, state }] : unticked(id);
    });
  }
  if (typeof answer === 'object') {
    const chosen = new Set(answer.chosen);
    if (chosen.size === 0) return ids.map((id) => ({ id, state: 'absent' }));
    return ids.flatMap((id): EvidenceItem[] => (chosen.has(id) ? [{ id, state: 'present' }] : unticked(id)));
  }
  const state = answer === 'yes' ? 'present' : answer === 'no' ? 'absent' : 'unknown';
  return ids.map((id) => ({ id, state }));
}

/**
 * What is wrong with a group answer for this question, or null when it is valid: every id must be one of
 * the question's options and every state present / absent / unknown. Shared by the API and the CLI.
 */
export function groupAnswerProblem(question: Question, answer: unknown): string | null {
  const ids = new Set(question.options.map((o) => o.finding));
  const list = [...ids].join(', ');
  if (!answer || typeof answer !== 'object') return 'a group answer must be an object';
  if ('items' in answer) {
    const items = (answer as { items: unknown }).items;
    if (!items || typeof items !== 'object' || Array.isArray(items))
      return `items must be an object {"<option id>": "present" | "absent" | "unknown"} over ${list}`;
    for (const [id, state] of Object.entries(items)) {
      if (!ids.has(id)) return `"${id}" is not an option of this question (options: ${list})`;
      if (state !== 'present' && state !== 'absent' && state !== 'unknown')
        return `items.${id} must be "present", "absent" or "unknown"`;
    }
    return null;
  }
  if ('chosen' in answer) {
    const chosen = (answer as { chosen: unknown }).chosen;
    if (!Array.isArray(chosen)) return `chosen must be a list of option ids from ${list}`;
    for (const id of chosen)
      if (typeof id !== 'string' || !ids.has(id))
        return `${JSON.stringify(id)} is not an option of this question (options: ${list})`;
    return null;
  }
  return 'a group answer is {"chosen": [ids]} or {"items": {"<id>": state}}';
}

import type { AskIf } from '../knowledge/index.js';
import type { Sex } from './types.js';

/** What a question's precondition is checked against: the person and the findings present so far. */
export interface AskContext {
  readonly age: number;
  readonly sex: Sex;
  readonly present: ReadonlySet<string>;
  /** The answers so far, for `noneAbsent` (without them no finding counts as said absent). */
  readonly evidence?: readonly { readonly id: string; readonly state: string }[];
}

/** True when every clause of the precondition holds (no precondition always holds). */
export function askIfHolds(askIf: AskIf | undefined, context: AskContext): boolean {
  if (!askIf) return true;
  if (askIf.sex && askIf.sex !== context.sex) return false;
  if (askIf.age?.min !== undefined && context.age < askIf.age.min) return false;
  if (askIf.age?.max !== undefined && context.age > askIf.age.max) return false;
  if (askIf.anyPresent && !askIf.anyPresent.some((id) => context.present.has(id))) return false;
  if (askIf.allPresent && !askIf.allPresent.every((id) => context.present.has(id))) return false;
  if (askIf.nonePresent?.some((id) => context.present.has(id))) return false;
  if (askIf.noneAbsent?.some((id) => context.evidence?.some((e) => e.id === id && e.state === 'absent')))
    return false;
  const denied = (id: string) => context.evidence?.some((e) => e.id === id && e.state === 'absent') ?? false;
  if (askIf.notAllAbsent && askIf.notAllAbsent.length > 0 && askIf.notAllAbsent.every(denied)) return false;
  if (askIf.anyOf && !askIf.anyOf.some((alternative) => askIfHolds(alternative, context))) return false;
  return true;
}

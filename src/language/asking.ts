import type { MatchToken } from './pattern.js';

/** "what do I do", "should I call…", "can I take him in": the writer asking what to do. */
const askingBefore: ReadonlySet<string> = new Set(['do', 'should', 'shall', 'can', 'could', 'would', 'must']);
/** …about what to do for the other person, not about the writer's own health ("could I have a clot?"). */
const askingWhat: ReadonlySet<string> = new Set([
  'do',
  'call',
  'ring',
  'phone',
  'take',
  'bring',
  'get',
  'give',
  'help',
  'go',
  'worry',
]);

/** The first-person word at `i` is the writer asking what to do for someone else, not their own account. */
export function askingWhatToDo(toks: readonly MatchToken[], i: number): boolean {
  return askingBefore.has(toks[i - 1]?.m ?? '') && askingWhat.has(toks[i + 1]?.m ?? '');
}

// How many questions an interview has asked so far, read from its evidence (the engine keeps no session), and
// the whole-interview length cap (`maxQuestions`, interview-settings.ts).
import { complaintGroups, historyGroups, type ScreeningGroup, screeningGroups } from '../knowledge/index.js';
import { interviewSettings } from './interview-settings.js';
import type { EvidenceItem } from './types.js';

/** The question a finding can be asked in: its complaint or history groups, or the red-flag screen (one key). */
const groupsOf = new Map<string, string[]>();
for (const [groups, screen] of [
  [screeningGroups, true],
  [complaintGroups, false],
  [historyGroups, false],
] as const)
  for (const group of groups as readonly ScreeningGroup[])
    for (const id of group.findings) {
      const key = screen ? 'screen' : group.id;
      const list = groupsOf.get(id) ?? [];
      if (!list.includes(key)) list.push(key);
      groupsOf.set(id, list);
    }

/**
 * Questions asked so far, counted from the answers in the order they were given (evidence the description did
 * not give): a single finding is one question; a group answer is one run of its options (a client appends a
 * question's answers together); a red-flag screen answer is one run of the screens' options in one state (ticked
 * options present, "none of these" absent, "don't know" unknown), so a screen that came back after a tick
 * ("do any of these also apply?") counts twice, as the checklist over several screens counts once. An
 * estimate: two single questions from one group answered one after the other count as one.
 */
export function questionsAsked(evidence: readonly EvidenceItem[], described: ReadonlySet<string>): number {
  let count = 0;
  // The current run: its group, and for the screen the state its options were answered in.
  let run: string | undefined;
  let runState: EvidenceItem['state'] | undefined;
  for (const e of evidence) {
    if (described.has(e.id)) continue;
    const groups = groupsOf.get(e.id);
    if (run !== undefined && groups && continuesRun(groups, e.state, run, runState)) continue;
    count++;
    run = groups ? (groups[0] as string) : undefined;
    runState = run === 'screen' ? e.state : undefined;
  }
  return count;
}

/** An answer continues the run when one of its groups is the run's (the screen's in the same state). */
function continuesRun(
  groups: readonly string[],
  state: EvidenceItem['state'],
  run: string,
  runState: EvidenceItem['state'] | undefined,
): boolean {
  for (const g of groups) if (g === run && (g !== 'screen' || state === runState)) return true;
  return false;
}

/** Questions the cap still allows (the urgency exception aside). */
export const questionsLeft = (asked: number) => Math.max(0, interviewSettings.maxQuestions - asked);

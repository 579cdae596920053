// Replays a role-play set against the current interview (a proxy, not a new role-play): each patient answers
// from what they said in their recorded transcript (every item and single answer they gave, plus read-back
// edits), "don't know" for anything they were never asked. Usage: npx tsx eval/roleplay/replay.ts eval/roleplay/set2
// With --story, a question the player was never asked is answered from the reader's reading of their whole
// story (stories.json), as a player would answer it from the story: a rougher proxy (the reader's misses and
// errors become answers), used to see whether questions the first run never asked would now be asked.
import { readdirSync, readFileSync } from 'node:fs';
import { isFindingId, type UrgencyLevel, urgencyDescriptions } from '../../src/knowledge/index.js';
import { assessInput } from '../../src/pipeline/assess-input.js';
import { simulateInterview } from '../simulate.js';

interface Story {
  id: string;
  expectedCondition: string;
  alsoAcceptable?: string[];
  acceptableTriage: { min: UrgencyLevel; max: UrgencyLevel };
  story?: string;
}
const fromStory = process.argv.includes('--story');

/** The findings the reader takes from a whole story (present or absent), or none when it refuses the text. */
function storyFindings(story: Story, age: number, sex: 'female' | 'male'): Map<string, State> {
  if (!story.story) return new Map();
  try {
    const read = assessInput({ age, sex, text: story.story, evidence: [] });
    return new Map(
      (read.understood?.findings ?? [])
        .filter((f) => f.state !== 'unknown')
        .map((f) => [f.id, f.state as State]),
    );
  } catch {
    return new Map();
  }
}
type State = 'present' | 'absent' | 'unknown';

/**
 * The finding a single question n asked, from the player's log. Players wrote their logs in several layouts
 * ("## Q3 (id, single)", "Q3 (single, id)", "Q3 [id] single", "3. **text** (id, single)", a table row
 * "| 3 | id (single) |"), so the question's
 * line (and the line after it, for the numbered layout) is searched for the first word that is a finding id.
 * Reading only the first layout lost most single answers of sets 10–13 and 15 (found in the twelfth session).
 */
function singleQuestionOf(log: string, n: number): string | null | undefined {
  const lines = log.split('\n');
  const heading = new RegExp(`^(?:[#\\s*-]*(?:Q${n}\\b|${n}\\.\\s|Question ${n}\\b)|\\|\\s*${n}\\s*\\|)`);
  const at = lines.findIndex((l) => heading.test(l));
  if (at < 0) return undefined;
  for (const line of [lines[at] ?? '', lines[at + 1] ?? '']) {
    if (/\bgroup\b/.test(line)) return null; // a group answered "don't know" as a whole: nothing to record
    // The id right after "Qn", then any id in brackets ("(id, single)", "[id]"), then any id with an underscore
    // (a plain word such as "fever" in the question's text is not taken for its id).
    const after = line.match(/^[#\s*-]*Q\d+\s+([a-z][a-z0-9_]*)/)?.[1];
    if (after && isFindingId(after)) return after;
    for (const [, inner] of line.matchAll(/[([]([^)\]]*)[)\]]/g))
      for (const w of (inner ?? '').split(/[\s,;:]+/)) if (isFindingId(w)) return w;
    const id = line.match(/[a-z][a-z0-9]*(?:_[a-z0-9]+)+/g)?.find((w) => isFindingId(w));
    if (id) return id;
  }
  return undefined;
}
const dir = `${(process.argv[2] ?? 'eval/roleplay/set2').replace(/\/$/, '')}/`;
const stories = new Map(
  (JSON.parse(readFileSync(`${dir}stories.json`, 'utf8')) as Story[]).map((s) => [s.id, s]),
);
const rank = (l: string) => (urgencyDescriptions as Record<string, { rank: number }>)[l]?.rank ?? 99;
const lengths: number[] = [];
let top1 = 0;
let top3 = 0;
let under = 0;
let over = 0;
let said = 0;
let singles = 0;
let singlesRead = 0;
const lines: string[] = [];
for (const file of readdirSync(`${dir}transcripts`)
  .filter((f) => /^rp.*\.json$/.test(f))
  .sort()) {
  const played = JSON.parse(readFileSync(`${dir}transcripts/${file}`, 'utf8')) as {
    id: string;
    age: number;
    sex: 'female' | 'male';
    opening: string;
    edits: { id: string; state: State }[];
    answers: ({ items: Record<string, State> } | { answer: string })[];
  };
  const story = stories.get(played.id);
  if (!story) continue;
  const log = readFileSync(`${dir}transcripts/${file.replace(/\.json$/, '.log.md')}`, 'utf8');
  const known = new Map<string, State>();
  played.answers.forEach((a, i) => {
    if ('items' in a) for (const [id, s] of Object.entries(a.items)) known.set(id, s);
    else {
      const id = singleQuestionOf(log, i + 1);
      if (id !== null) singles++;
      if (id) singlesRead++;
      if (id) known.set(id, a.answer === 'yes' ? 'present' : a.answer === 'no' ? 'absent' : 'unknown');
    }
  });
  for (const e of played.edits ?? []) known.set(e.id, e.state);
  if (fromStory)
    for (const [id, state] of storyFindings(story, played.age, played.sex))
      if ((known.get(id) ?? 'unknown') === 'unknown') known.set(id, state);
  const run = simulateInterview({
    age: played.age,
    sex: played.sex,
    text: played.opening,
    evidence: [...known].map(([id, state]) => ({ id, state })),
  });
  const top = run.result.conditions.slice(0, 3).map((c) => c.id);
  const ok = [story.expectedCondition, ...(story.alsoAcceptable ?? [])];
  const triage = run.result.triage.level as string;
  lengths.push(run.questions);
  said += run.askedAlreadySaid.length;
  if (ok.includes(top[0] ?? '')) top1++;
  if (top.some((t) => ok.includes(t))) top3++;
  const u = rank(triage) > rank(story.acceptableTriage.min);
  const o = rank(triage) < rank(story.acceptableTriage.max);
  if (u) under++;
  if (o) over++;
  lines.push(
    `${played.id} q=${run.questions} ${run.asked.join(',')} → ${top.join(',')} ${triage}${u ? ' UNDER' : ''}${o ? ' over' : ''}${ok.includes(top[0] ?? '') ? '' : ` (expected ${ok.join('|')})`}`,
  );
}
const sorted = [...lengths].sort((a, b) => a - b);
const n = lengths.length;
if (process.argv.includes('--each')) console.log(lines.join('\n'));
console.log(
  `replayed ${n}: top-1 ${((100 * top1) / n).toFixed(1)} %, top-3 ${((100 * top3) / n).toFixed(1)} %, under ${under}, over ${over}, median ${sorted[Math.floor(n / 2)]}, max ${sorted[n - 1]}, already-said (reader) ${said}; single answers matched to their question ${singlesRead}/${singles}`,
);

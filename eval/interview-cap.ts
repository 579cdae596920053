// The whole-interview length cap (interviewSettings.maxQuestions): how often its safety exception fires (a
// question asked past the cap because its "yes" could raise the urgency) on the simulated interviews and on the
// role-play replays' own answers, and the longest interviews. Usage: npx tsx eval/interview-cap.ts
import { readdirSync, readFileSync } from 'node:fs';
import { interviewSettings } from '../src/engine/index.js';
import { parseCase } from '../src/schema/case.js';
import { loadVignettes } from './scoring.js';
import { simulateInterview } from './simulate.js';

const cap = interviewSettings.maxQuestions;
type State = 'present' | 'absent' | 'unknown';
const runs: { name: string; questions: number; asked: readonly string[] }[] = [];
for (const v of loadVignettes('eval/vignettes').filter(
  (v) => parseCase({ age: v.age, sex: v.sex, evidence: v.evidence }).ok,
)) {
  const run = simulateInterview({ age: v.age, sex: v.sex, text: v.text, evidence: v.evidence });
  runs.push({ name: `sim ${v.id}`, questions: run.questions, asked: run.asked });
}
const simulated = runs.length;
for (const set of readdirSync('eval/roleplay').filter((d) => /^set/.test(d))) {
  const dir = `eval/roleplay/${set}/transcripts/`;
  for (const file of readdirSync(dir).filter((f) => /^rp.*\.json$/.test(f))) {
    const played = JSON.parse(readFileSync(dir + file, 'utf8'));
    const log = readFileSync(dir + file.replace(/\.json$/, '.log.md'), 'utf8');
    const asked = [...log.matchAll(/^## Q\d+ \(([a-z_0-9]+), (group|single)\)/gm)].map((m) => m[1] as string);
    const known = new Map<string, State>();
    (played.answers as ({ items: Record<string, State> } | { answer: string })[]).forEach((a, i) => {
      if ('items' in a) for (const [id, s] of Object.entries(a.items)) known.set(id, s);
      else if (asked[i])
        known.set(asked[i], a.answer === 'yes' ? 'present' : a.answer === 'no' ? 'absent' : 'unknown');
    });
    for (const e of played.edits ?? []) known.set(e.id, e.state);
    const run = simulateInterview({
      age: played.age,
      sex: played.sex,
      text: played.opening,
      evidence: [...known].map(([id, state]) => ({ id, state })),
    });
    runs.push({ name: `${set} ${played.id}`, questions: run.questions, asked: run.asked });
  }
}
const past = runs.filter((r) => r.questions > cap);
console.log(
  `interviews ${runs.length} (${simulated} simulated, ${runs.length - simulated} role-play replays); cap ${cap}; max ${Math.max(...runs.map((r) => r.questions))}`,
);
console.log(
  `past the cap (safety exception fired): ${past.length} interviews, ${past.reduce((n, r) => n + r.questions - cap, 0)} questions`,
);
for (const r of past) console.log(`  ${r.name} q=${r.questions}: ${r.asked.slice(cap).join(', ')}`);
for (const r of runs.filter((r) => r.questions === cap)) console.log(`  at the cap: ${r.name}`);

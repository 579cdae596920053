// Scores the role-played interviews (eval/roleplay/transcripts): each patient was played by a helper from a
// held-out story (eval/roleplay/stories.json), opening with its first sentence and answering each question from
// the rest. Usage: npx tsx eval/roleplay/score.ts [set folder]  (default: this folder, the first set; later
// sets live in sub-folders such as eval/roleplay/set2, each with its own stories.json and transcripts/).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type UrgencyLevel, urgencyDescriptions } from '../../src/knowledge/index.js';

interface Story {
  id: string;
  expectedCondition: string;
  alsoAcceptable?: string[];
  acceptableTriage: { min: UrgencyLevel; max: UrgencyLevel };
}
interface Played {
  id: string;
  questions: number;
  already_said: number;
  unanswerable: number;
  triage: string;
  top: string[];
  notes: string;
}
const here = process.argv[2]
  ? `${process.argv[2].replace(/\/$/, '')}/`
  : fileURLToPath(new URL('.', import.meta.url));
const stories = new Map(
  (JSON.parse(readFileSync(`${here}stories.json`, 'utf8')) as Story[]).map((s) => [s.id, s]),
);
const played: Played[] = readdirSync(`${here}transcripts`)
  .filter((f) => /^summary-.*\.jsonl$/.test(f))
  .flatMap((f) =>
    readFileSync(`${here}transcripts/${f}`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Played),
  )
  .sort((a, b) => a.id.localeCompare(b.id));
const rank = (l: string) => (urgencyDescriptions as Record<string, { rank: number }>)[l]?.rank ?? 99;
let top1 = 0;
let top3 = 0;
let under = 0;
let over = 0;
let unfinished = 0;
let alreadySaid = 0;
let unanswerable = 0;
const lengths: number[] = [];
const misses: string[] = [];
for (const p of played) {
  const s = stories.get(p.id);
  if (!s) continue;
  lengths.push(p.questions);
  alreadySaid += p.already_said;
  unanswerable += p.unanswerable;
  if (p.triage === 'unfinished') {
    unfinished++;
    misses.push(`${p.id}: unfinished after ${p.questions} questions (expected ${s.expectedCondition})`);
    continue;
  }
  const ok = [s.expectedCondition, ...(s.alsoAcceptable ?? [])];
  const t1 = ok.includes(p.top[0] ?? '');
  const t3 = p.top.slice(0, 3).some((id) => ok.includes(id));
  if (t1) top1++;
  if (t3) top3++;
  const tooLow = rank(p.triage) > rank(s.acceptableTriage.min);
  const tooHigh = rank(p.triage) < rank(s.acceptableTriage.max);
  if (tooLow) under++;
  if (tooHigh) over++;
  if (!t1 || tooLow || tooHigh)
    misses.push(
      `${p.id}: expected ${ok.join('|')} (${s.acceptableTriage.min}…${s.acceptableTriage.max}); got ${p.top.join(', ')}; ${p.triage}${tooLow ? ' UNDER-TRIAGE' : ''}${tooHigh ? ' over-triage' : ''}`,
    );
}
lengths.sort((a, b) => a - b);
const n = played.length;
const pct = (x: number, d: number) => `${((100 * x) / Math.max(1, d)).toFixed(1)} %`;
console.log(
  `Role-played interviews: ${n} patients (${unfinished} unfinished at the 12-question stop of the role-play)`,
);
console.log(
  `top-1 ${pct(top1, n)}, top-3 ${pct(top3, n)}, under-triage ${under}, over-triage ${over} (unfinished count as misses)`,
);
console.log(
  `questions: median ${lengths[Math.floor((lengths.length - 1) / 2)]}, max ${lengths.at(-1)}; already said in the opening: ${alreadySaid}; marked unanswerable: ${unanswerable}`,
);
for (const m of misses) console.log(`  ${m}`);

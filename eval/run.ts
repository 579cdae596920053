// npm run eval — scores the engine on the project's own vignettes and texts:
//  1. structured vignettes with full evidence (top-1, top-3, under- and over-triage);
//  2. simulated patients: the interview from each vignette's own words to the stop (length, accuracy at stop);
//  3. free text: the annotated corpus (per-finding precision/recall, micro-F1, red-flag negation errors) and
//     narrative vignettes assessed from understood text alone.
import { fileURLToPath } from 'node:url';
import { assess } from '../src/engine/index.js';
import { parseCase } from '../src/schema/case.js';
import {
  type AssessFn,
  formatReport,
  loadVignettes,
  type Score,
  scoreVignettes,
  type Vignette,
} from './scoring.js';
import { alreadySaidFromCorpus, loadCorpus, simulateInterview } from './simulate.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

function section(title: string) {
  console.log(`\n=== ${title} ===`);
}

// A vignette the product's own input check refuses (a child: nightleg is for adults) is scored as what the
// product does with it — a refusal that sends the person to a doctor — and reported apart, not ranked.
const everyVignette = loadVignettes(`${here}vignettes`);
const refused = everyVignette.filter((v) => !parseCase({ age: v.age, sex: v.sex, evidence: v.evidence }).ok);
const vignettes = everyVignette.filter((v) => !refused.includes(v));
if (refused.length > 0)
  console.log(
    `Outside the product's scope, refused by its input check with the adults-only message: ${refused.length} (${refused.map((v) => `${v.id}, age ${v.age}`).join('; ')})`,
  );

section('1. Vignettes, full evidence');
const full = scoreVignettes(vignettes, (input) => assess(input));
console.log(formatReport(full));

/** One line per vignette set: the held-out file apart from the development files, then file by file. */
function setLine(name: string, set: readonly Vignette[], score: (s: readonly Vignette[]) => Score): string {
  const s = score(set);
  return `  ${name.padEnd(28)} n=${String(s.n).padStart(3)}  top-1 ${pct(s.top1).padStart(7)}  top-3 ${pct(s.top3).padStart(7)}  under ${s.underTriage.count}  over ${s.overTriage.count}`;
}
function printBySet(score: (s: readonly Vignette[]) => Score): void {
  const heldout = vignettes.filter((v) => v.file === 'heldout.json');
  const dev = vignettes.filter((v) => v.file !== 'heldout.json');
  console.log('By set:');
  console.log(setLine('development (all but heldout)', dev, score));
  console.log(setLine('held-out (heldout.json)', heldout, score));
  for (const file of [...new Set(vignettes.map((v) => v.file ?? '?'))])
    console.log(
      setLine(
        `  ${file}`,
        vignettes.filter((v) => v.file === file),
        score,
      ),
    );
}
printBySet((set) => scoreVignettes(set, (input) => assess(input)));

section(
  '2. Simulated interviews (start from the description, answer from the vignette, "don\'t know" when silent)',
);
// scoreVignettes hands the vignette's own evidence array to assessFn; map it back to the vignette.
const byEvidence = new Map<object, Vignette>(vignettes.map((v) => [v.evidence, v]));
const lengths: number[] = [];
const alreadySaid: string[] = [];
let hedgedAsked = 0;
let largestRise = 0;
const interviewFn: AssessFn = (input) => {
  const v = byEvidence.get(input.evidence) as Vignette;
  const run = simulateInterview({ age: v.age, sex: v.sex, text: v.text, evidence: v.evidence });
  lengths.push(run.questions);
  alreadySaid.push(...run.askedAlreadySaid.map((id) => `${v.id}:${id}`));
  hedgedAsked += run.askedHedged.length;
  run.estimates.forEach((e, i) => {
    if (i > 0) largestRise = Math.max(largestRise, e - (run.estimates[i - 1] as number));
  });
  return run.result;
};
const atStop: Score = scoreVignettes(vignettes, interviewFn);
const sorted = [...lengths].sort((a, b) => a - b);
console.log(
  `Interview length (questions): median ${quantile(sorted, 0.5)}, p90 ${quantile(sorted, 0.9)}, max ${sorted.at(-1)}`,
);
console.log(
  `Questions about something the description already said (as read): ${alreadySaid.length}${alreadySaid.length ? ` (${alreadySaid.join(', ')})` : ''}   target 0; hedged mentions asked to confirm: ${hedgedAsked}`,
);
const said = alreadySaidFromCorpus(loadCorpus(`${here}language/corpus.json`));
console.log(
  `Corpus descriptions as openings (${said.descriptions}, answered from their annotation): ${said.questions.length} questions about an annotated finding the reader missed${said.questions.length ? ` (${said.questions.slice(0, 12).join(', ')}${said.questions.length > 12 ? ', …' : ''})` : ''}   target 0`,
);
console.log(
  `Largest rise of the remaining-questions estimate between two questions: ${largestRise}   target ≤ 2`,
);
console.log(formatReport(atStop));
// The per-set lines re-run the simulated interviews (deterministic) without collecting their statistics again.
printBySet((set) =>
  scoreVignettes(set, (input) => {
    const v = byEvidence.get(input.evidence) as Vignette;
    return simulateInterview({ age: v.age, sex: v.sex, text: v.text, evidence: v.evidence }).result;
  }),
);
console.log(
  `Accuracy at stop vs full evidence: top-1 ${pct(atStop.top1)} vs ${pct(full.top1)} (${((atStop.top1 - full.top1) * 100).toFixed(1)} points), top-3 ${pct(atStop.top3)} vs ${pct(full.top3)}`,
);

const language = await import('./language/report.js').catch(() => null);
if (language && typeof language.printLanguageReport === 'function') {
  section('3. Free text');
  await language.printLanguageReport();
}

section('Summary');
const rows: [string, string, string][] = [
  ['full evidence top-1', pct(full.top1), '≥ 90 %'],
  ['full evidence top-3', pct(full.top3), '≥ 98 %'],
  ['under-triage', String(full.underTriage.count), '0'],
  ['over-triage', pct(full.overTriage.rate), '≤ 10 %'],
  ['interview median / p90 questions', `${quantile(sorted, 0.5)} / ${quantile(sorted, 0.9)}`, '≤ 8 / ≤ 12'],
  ['at-stop top-1 / top-3', `${pct(atStop.top1)} / ${pct(atStop.top3)}`, 'within 3 points of full'],
  ['at-stop under-triage', String(atStop.underTriage.count), '0'],
  ['questions already answered', `${alreadySaid.length} / ${said.questions.length} (corpus)`, '0'],
];
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(34)} ${value.padStart(16)}   target ${target}`);

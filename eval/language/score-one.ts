import { readFileSync } from 'node:fs';
import { assess } from '../../src/engine/index.js';
import { understand } from '../../src/language/index.js';
import { type Narrative, scoreNarratives } from './score.js';

/** One narrative file scored on its own (a new held-out set's first run): `npx tsx eval/language/score-one.ts <file>`. */
const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx eval/language/score-one.ts <narratives.json>');
const set = JSON.parse(readFileSync(file, 'utf8')) as Narrative[];
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const n = scoreNarratives(set, understand, (input) => assess(input));
console.log(
  `Narratives, ${file.split('/').pop()} (${n.n}): top-1 ${pct(n.top1)} (target ≥ 85 %), top-3 ${pct(n.top3)} (≥ 95 %), under-triage ${n.underTriage} (0), over-triage ${n.overTriage}`,
);
for (const f of n.failures) {
  const got = f.got.map((g) => `${g.id} ${(g.probability * 100).toFixed(0)}%`).join(', ');
  console.log(
    `  ${f.id} [${f.kinds.join(', ')}] expected ${f.expected} (${f.acceptable.min}…${f.acceptable.max}); got ${got}; triage ${f.triage}`,
  );
  console.log(`      understood: ${f.understood.join(' ')}`);
}

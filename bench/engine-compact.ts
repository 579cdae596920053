// Engine cost per case for the compact view (issue 15): assessParts without explanations, criteria, question
// or self-care text, on the batch bench's synthetic cases. Prints CPU µs per case (fastest of the repeats).
//   npx tsx bench/engine-compact.ts [cases] [repeats]
import { assessParts } from '../src/engine/assess.js';
import type { Case } from '../src/engine/types.js';
import { syntheticCases } from './cases.js';

const [count = '20000', repeats = '5'] = process.argv.slice(2);
const cases = syntheticCases(Number(count)) as Case[];
const parts = { explain: false, criteria: false, question: false, selfCare: false, clinician: false };
let best = Number.POSITIVE_INFINITY;
let sink = 0;
for (let r = 0; r < Number(repeats); r++) {
  // CPU time of this process, not wall-clock: the machine is shared, and a descheduled run is not slower code.
  const start = process.cpuUsage();
  for (const c of cases) sink += assessParts(c, parts).conditions.length;
  const used = process.cpuUsage(start);
  const us = (used.user + used.system) / cases.length;
  best = Math.min(best, us);
  console.log(`repeat ${r + 1}: ${us.toFixed(1)} µs/case`);
}
console.log(
  `compact assessParts: ${best.toFixed(1)} µs/case (fastest of ${repeats}, ${cases.length} cases; ${sink})`,
);

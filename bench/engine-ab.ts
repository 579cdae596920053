// Engine cost of the compact view, this tree against a baseline tree, in one process: short rounds taken in
// turn, the fastest round of each side kept (CPU µs per case). On a shared, loaded machine two separate runs
// differ by more than most engine changes; rounds in turn see the same load. Also prints how much of this
// tree's cost is the inference (both posteriors, `inferMarginalsWithTriage`) and how much the rest.
//   git archive HEAD src | tar -x -C /tmp/engine-base     (a baseline: any revision's src/)
//   npx tsx bench/engine-ab.ts /tmp/engine-base [cases=1000] [rounds=40]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assessParts, normaliseEvidence } from '../src/engine/assess.js';
import { inferMarginalsWithTriage, presentSet } from '../src/engine/inference.js';
import type { Case } from '../src/engine/types.js';
import { syntheticCases } from './cases.js';

const [baseDir, count = '1000', rounds = '40'] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: npx tsx bench/engine-ab.ts <baseline tree with src/> [cases] [rounds]');
const baseline = (await import(pathToFileURL(resolve(baseDir, 'src/engine/assess.ts')).href)) as {
  assessParts: typeof assessParts;
};
const cases = syntheticCases(Number(count)) as Case[];
const normalised = cases.map((c) => ({ ...c, evidence: normaliseEvidence(c.evidence) }));
const parts = { explain: false, criteria: false, question: false, selfCare: false, clinician: false };

let sink = 0;
const sides: Record<string, () => void> = {
  baseline: () => {
    for (const c of cases) sink += baseline.assessParts(c, parts).conditions.length;
  },
  'this tree': () => {
    for (const c of cases) sink += assessParts(c, parts).conditions.length;
  },
  'this tree, inference only': () => {
    for (const c of normalised)
      sink += inferMarginalsWithTriage(c, undefined, presentSet(c.evidence)).posterior.mass.length;
  },
};
const best: Record<string, number> = {};
for (let r = 0; r < Number(rounds); r++) {
  for (const [name, run] of Object.entries(sides)) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, (used.user + used.system) / cases.length);
  }
}
const us = (name: string) => best[name] as number;
for (const name of Object.keys(sides)) console.log(`${name.padEnd(27)} ${us(name).toFixed(1)} µs/case`);
console.log(`this tree / baseline: ${(us('this tree') / us('baseline')).toFixed(3)}`);
console.log(
  `inference share of this tree: ${((100 * us('this tree, inference only')) / us('this tree')).toFixed(0)} % ` +
    `(fastest of ${rounds} rounds of ${cases.length} cases; ${sink})`,
);

// Bounded pruning of three-cause configurations (`prunedMassTolerance`, inference.ts), measured for the
// record: per tolerance ε, the inference's CPU µs per case (both posteriors, `inferMarginalsWithTriage`)
// against the exact weighing in the same rounds, how many three-cause configurations were skipped, the largest
// realised error bound, and in how many cases some marginal's compact 4-significant-digit cut differs from the
// exact one (what would break a byte-identical compact output).
//   npx tsx bench/pruning.ts [cases=1000] [rounds=20]
import { normaliseEvidence } from '../src/engine/assess.js';
import { inferMarginalsWithTriage, presentSet, prunedMassTolerance } from '../src/engine/inference.js';
import type { Case } from '../src/engine/types.js';
import { compactProbability } from '../src/pipeline/views.js';
import { syntheticCases } from './cases.js';

const [count = '1000', rounds = '20'] = process.argv.slice(2);
const cases = (syntheticCases(Number(count)) as Case[]).map((c) => ({
  ...c,
  evidence: normaliseEvidence(c.evidence),
}));
const presents = cases.map((c) => presentSet(c.evidence));
const tolerances = [0, prunedMassTolerance, 1e-6, 1e-3];

const exact = cases.map((c, k) => {
  const r = inferMarginalsWithTriage(c, undefined, presents[k]);
  return [Float64Array.from(r.posterior.marginals), Float64Array.from(r.forTriage.marginals)];
});
for (const tolerance of tolerances.slice(1)) {
  let skipped = 0;
  let worst = 0;
  let cutDiffers = 0;
  cases.forEach((c, k) => {
    const r = inferMarginalsWithTriage(c, undefined, presents[k], tolerance);
    let differs = false;
    for (const [side, p] of [r.posterior, r.forTriage].entries()) {
      skipped += p.prunedConfigurations;
      worst = Math.max(worst, p.pruningError);
      p.marginals.forEach((x, j) => {
        if (compactProbability(x) !== compactProbability(exact[k]?.[side]?.[j] as number)) differs = true;
      });
    }
    if (differs) cutDiffers++;
  });
  console.log(
    `ε ${String(tolerance).padEnd(6)} skipped ${(skipped / cases.length).toFixed(1)} three-cause configurations/case, ` +
      `largest bound ${worst.toExponential(2)}, compact cut differs in ${cutDiffers} of ${cases.length} cases`,
  );
}
let sink = 0;
const best = new Map<number, number>();
for (let r = 0; r < Number(rounds); r++)
  for (const tolerance of tolerances) {
    const start = process.cpuUsage();
    cases.forEach((c, k) => {
      sink += inferMarginalsWithTriage(c, undefined, presents[k], tolerance).posterior.mass.length;
    });
    const used = process.cpuUsage(start);
    const us = (used.user + used.system) / cases.length;
    best.set(tolerance, Math.min(best.get(tolerance) ?? Number.POSITIVE_INFINITY, us));
  }
const base = best.get(0) as number;
for (const [tolerance, us] of best)
  console.log(
    `inference ε ${String(tolerance).padEnd(6)} ${us.toFixed(1)} µs/case  ${(us / base).toFixed(3)} × exact` +
      ` (fastest of ${rounds} rounds; ${sink})`,
  );

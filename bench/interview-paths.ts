// Interview step tail: which steps are slow and what they asked, on the simulated interviews of
// bench/interview.ts (32-cause synthetic catalog by default). Per step the fastest of REPEATS runs, grouped by
// the decision taken (phase of the question asked, or stop at which level), with the slowest steps listed.
// Run: npx tsx bench/interview-paths.ts   (env: BENCH_PATIENTS=150, BENCH_SIZE=32, REPEATS=5)
import { assessParts } from '../src/engine/assess.js';
import type { Case, EvidenceItem } from '../src/engine/types.js';
import { syntheticNetwork } from '../test/synthetic-network.js';
import { random, simulatedAnswer, simulatedPatient } from './cases.js';

const net = syntheticNetwork(Number(process.env.BENCH_SIZE ?? 32));
const repeats = Number(process.env.REPEATS ?? 5);
const opts = { explain: false, criteria: false, question: true, selfCare: false, clinician: false };
const next = random(99);
const steps: { ms: number; path: string; n: number; step: number }[] = [];
for (let n = 0; n < Number(process.env.BENCH_PATIENTS ?? 150); n++) {
  const { age, sex, truth } = simulatedPatient(net, next);
  const evidence: EvidenceItem[] = [];
  for (let step = 0; step < 60; step++) {
    const c: Case = { age, sex, evidence: [...evidence] };
    let best = Number.POSITIVE_INFINITY;
    let result: ReturnType<typeof assessParts> | undefined;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      result = assessParts(c, opts, net);
      best = Math.min(best, performance.now() - t0);
    }
    const d = result?.interview;
    const level = result?.triage.level;
    const path = d?.question ? `${level} ${d.question.phase}` : `${level} stop`;
    steps.push({ ms: best, path, n, step });
    if (!d || d.shouldStop || !d.question) break;
    evidence.push(...simulatedAnswer(truth, d.question));
  }
}
const sorted = [...steps].sort((a, b) => a.ms - b.ms);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]?.ms ?? 0;
console.log(
  `${steps.length} steps, fastest of ${repeats}: p50 ${q(0.5).toFixed(2)} p99 ${q(0.99).toFixed(2)} ms`,
);
const byPath = new Map<string, number[]>();
for (const s of steps) byPath.set(s.path, [...(byPath.get(s.path) ?? []), s.ms]);
for (const [path, ms] of [...byPath].sort()) {
  ms.sort((a, b) => a - b);
  console.log(
    `${path.padEnd(40)} ${String(ms.length).padStart(5)}  p50 ${(ms[Math.floor(ms.length / 2)] ?? 0).toFixed(2)}  max ${(ms.at(-1) ?? 0).toFixed(2)} ms`,
  );
}
console.log('slowest steps:');
for (const s of sorted.slice(-Math.ceil(steps.length / 50)).reverse())
  console.log(`  ${s.ms.toFixed(2)} ms  patient ${s.n} step ${s.step}  ${s.path}`);

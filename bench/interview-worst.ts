// Interview steps ranked by cost: for each step of the simulated interviews (bench/interview.ts's patients), the
// fastest of REPEATS runs and the bytes allocated (a full collection, then the heap growth over one step), then
// the costliest steps with what they returned (phase, kind, first finding), to see where the p99 steps go.
// Run: npx tsx bench/interview-worst.ts   (env: BENCH_PATIENTS=150, BENCH_SIZES=32, REPEATS=5, TOP=25)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { assessParts } from '../src/engine/assess.js';
import { type Network, network as realNetwork } from '../src/engine/network.js';
import type { Case, EvidenceItem } from '../src/engine/types.js';
import { syntheticNetwork } from '../test/synthetic-network.js';
import { simulatedPatient as patient, random, simulatedAnswer } from './cases.js';

const patients = Number(process.env.BENCH_PATIENTS ?? 150);
const repeats = Number(process.env.REPEATS ?? 5);
const top = Number(process.env.TOP ?? 25);
const sizes = (process.env.BENCH_SIZES ?? `${realNetwork.conditions.length}`).split(',').map(Number);
const opts = { explain: false, criteria: false, question: true, selfCare: false, clinician: false };
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

for (const size of sizes) {
  const net: Network = size === realNetwork.conditions.length ? realNetwork : syntheticNetwork(size);
  const next = random(99);
  const steps: { n: number; step: number; c: Case; what: string }[] = [];
  for (let n = 0; n < patients; n++) {
    const p = patient(net, next);
    const evidence: EvidenceItem[] = [];
    for (let step = 0; step < 60; step++) {
      const c: Case = { age: p.age, sex: p.sex, evidence: [...evidence] };
      const d = assessParts(c, opts, net).interview;
      const q = d?.question;
      steps.push({ n, step, c, what: q ? `${q.phase} ${q.kind} ${q.options[0]?.finding}` : 'stop' });
      if (!d || d.shouldStop || !q) break;
      evidence.push(...simulatedAnswer(p.truth, q));
    }
  }
  const rows = steps.map((s) => {
    let best = Infinity;
    for (let r = 0; r < repeats; r++) {
      const t = performance.now();
      assessParts(s.c, opts, net);
      best = Math.min(best, performance.now() - t);
    }
    collect();
    const h0 = process.memoryUsage().heapUsed;
    assessParts(s.c, opts, net);
    return { ...s, ms: best, kib: (process.memoryUsage().heapUsed - h0) / 1024 };
  });
  const sorted = [...rows].sort((a, b) => b.ms - a.ms);
  const q = (p: number) => sorted[Math.floor((1 - p) * sorted.length)]?.ms.toFixed(3);
  const byKib = [...rows].sort((a, b) => b.kib - a.kib);
  console.log(
    `${size} causes: ${rows.length} steps, fastest-of-${repeats} p50 ${q(0.5)} p99 ${q(0.99)} ms; bytes p99 ${byKib[Math.floor(0.01 * rows.length)]?.kib.toFixed(0)} KiB`,
  );
  for (const r of sorted.slice(0, top))
    console.log(
      `  ${r.ms.toFixed(3)} ms ${r.kib.toFixed(0).padStart(6)} KiB  patient ${r.n} step ${r.step} (${r.c.evidence.length} answers) → ${r.what}`,
    );
  const byWhat = new Map<string, number[]>();
  for (const r of rows) {
    const k = r.what.split(' ').slice(0, 2).join(' ');
    byWhat.set(k, [...(byWhat.get(k) ?? []), r.ms]);
  }
  for (const [k, v] of byWhat) {
    v.sort((a, b) => a - b);
    console.log(
      `  ${k.padEnd(30)} ${String(v.length).padStart(5)} steps  p50 ${v[Math.floor(v.length / 2)]?.toFixed(3)} max ${v.at(-1)?.toFixed(3)} ms`,
    );
  }
}

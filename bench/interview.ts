// Interview speed: time per interview step (one POST /v1/interview/next without HTTP: inference, triage and
// the next-question search) over simulated interviews, on the real catalog and on a synthetic enlarged one
// (test/synthetic-network.ts: the real causes plus perturbed clones, ~32 causes, ~5,500 configurations).
// Printed per step: wall-clock time, CPU time (process.cpuUsage: the whole process, so it includes the
// garbage collector's and tsx's loader threads) and the fastest of BENCH_REPEATS repeats of the same step
// (nothing is cached across calls, so a repeat redoes all the work): on a shared machine the wall-clock p99
// mostly measures the scheduler; the fastest repeat is what the step itself costs. Bytes allocated per step
// (load-independent, what the garbage collector has to clear) are measured in a separate untimed pass over the
// same steps: the step, a full collection, then the heap growth over the step run again (no collection runs within a step that
// allocates less than the young generation; BENCH_ALLOC=0 leaves it out, e.g. under a profiler).
// Run: npm run bench:interview   (env: BENCH_PATIENTS=150, BENCH_SIZES=32,40: the real catalog, a synthetic 40)
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { assessParts } from '../src/engine/assess.js';
import { type Network, network as realNetwork } from '../src/engine/network.js';
import type { Case, EvidenceItem } from '../src/engine/types.js';
import { syntheticNetwork } from '../test/synthetic-network.js';
import { simulatedPatient as patient, random, simulatedAnswer } from './cases.js';

const patients = Number(process.env.BENCH_PATIENTS ?? 150);
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? `${realNetwork.conditions.length},40`).split(',').map(Number);
const target = { p99Ms: 5 };

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

function run(net: Network, label: string) {
  const next = random(99);
  const steps: number[] = [];
  const cpuSteps: number[] = [];
  const fastestSteps: number[] = [];
  const searchSteps: number[] = [];
  const cases: Case[] = [];
  let questions = 0;
  for (let n = 0; n < patients; n++) {
    const p = patient(net, next);
    const evidence: EvidenceItem[] = [];
    for (let step = 0; step < 60; step++) {
      const person: Case = { age: p.age, sex: p.sex, evidence };
      cases.push({ ...person, evidence: [...evidence] });
      const c0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      const result = assessParts(
        person,
        { explain: false, criteria: false, question: true, selfCare: false, clinician: false },
        net,
      );
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = process.cpuUsage(c0);
      steps.push(ms);
      cpuSteps.push((cpu.user + cpu.system) / 1000);
      let fastest = ms;
      for (let r = 1; r < repeats; r++) {
        const t1 = process.hrtime.bigint();
        assessParts(
          person,
          { explain: false, criteria: false, question: true, selfCare: false, clinician: false },
          net,
        );
        fastest = Math.min(fastest, Number(process.hrtime.bigint() - t1) / 1e6);
      }
      fastestSteps.push(fastest);
      const decision = result.interview;
      if (!decision || decision.shouldStop || !decision.question) break;
      if (decision.question.phase === 'differential') searchSteps.push(ms);
      questions++;
      evidence.push(...simulatedAnswer(p.truth, decision.question));
    }
  }
  // Allocation pass, after the timed ones so its collections do not tidy the heap for them.
  const bytes: number[] = [];
  for (const person of process.env.BENCH_ALLOC === '0' ? [] : cases) {
    // The step once first, so no code that the collection flushes is compiled again inside the measured call.
    assessParts(
      person,
      { explain: false, criteria: false, question: true, selfCare: false, clinician: false },
      net,
    );
    collect();
    const h0 = process.memoryUsage().heapUsed;
    assessParts(
      person,
      { explain: false, criteria: false, question: true, selfCare: false, clinician: false },
      net,
    );
    bytes.push(process.memoryUsage().heapUsed - h0);
  }
  bytes.sort((a, b) => a - b);
  steps.sort((a, b) => a - b);
  cpuSteps.sort((a, b) => a - b);
  fastestSteps.sort((a, b) => a - b);
  searchSteps.sort((a, b) => a - b);
  const fmt = (x: number) => x.toFixed(2).padStart(6);
  console.log(
    `${label.padEnd(44)} ${String(steps.length).padStart(5)} steps  p50 ${fmt(quantile(steps, 0.5))} ms  p99 ${fmt(quantile(steps, 0.99))} ms  max ${fmt(steps.at(-1) ?? 0)} ms`,
  );
  console.log(
    `${'  differential steps (question search)'.padEnd(44)} ${String(searchSteps.length).padStart(5)} steps  p50 ${fmt(quantile(searchSteps, 0.5))} ms  p99 ${fmt(quantile(searchSteps, 0.99))} ms  max ${fmt(searchSteps.at(-1) ?? 0)} ms`,
  );
  console.log(
    `${'  CPU time per step (whole process)'.padEnd(44)} ${String(cpuSteps.length).padStart(5)} steps  p50 ${fmt(quantile(cpuSteps, 0.5))} ms  p99 ${fmt(quantile(cpuSteps, 0.99))} ms  max ${fmt(cpuSteps.at(-1) ?? 0)} ms`,
  );
  console.log(
    `${`  fastest of ${repeats} repeats per step`.padEnd(44)} ${String(fastestSteps.length).padStart(5)} steps  p50 ${fmt(quantile(fastestSteps, 0.5))} ms  p99 ${fmt(quantile(fastestSteps, 0.99))} ms  max ${fmt(fastestSteps.at(-1) ?? 0)} ms`,
  );
  const kb = (x: number) => (x / 1024).toFixed(1).padStart(6);
  console.log(
    `${'  bytes allocated per step'.padEnd(44)} ${String(bytes.length).padStart(5)} steps  p50 ${kb(quantile(bytes, 0.5))} KiB p99 ${kb(quantile(bytes, 0.99))} KiB max ${kb(bytes.at(-1) ?? 0)} KiB, mean ${kb(bytes.reduce((s, x) => s + x, 0) / Math.max(1, bytes.length))} KiB`,
  );
  return {
    p99: quantile(steps, 0.99),
    cpuP99: quantile(cpuSteps, 0.99),
    fastestP99: quantile(fastestSteps, 0.99),
    questions,
  };
}

console.log(
  `Interview steps: ${patients} simulated interviews per catalog, Node ${process.version}, ${cpus().length} CPUs (one step = inference, triage and the next-question search, no HTTP)`,
);
for (const size of sizes) {
  const net = size === realNetwork.conditions.length ? realNetwork : syntheticNetwork(size);
  const label = `${net.conditions.length} causes, ${net.configurations.length} configurations${net === realNetwork ? '' : ' (synthetic)'}`;
  run(net, `${label} warm-up`);
  const { p99, cpuP99, fastestP99 } = run(net, label);
  const verdict = (x: number) => (x <= target.p99Ms ? 'met' : 'NOT met');
  console.log(
    `  p99 per step (target ≤ ${target.p99Ms} ms): ${p99.toFixed(2)} ms wall-clock (${verdict(p99)}), ${cpuP99.toFixed(2)} ms CPU (${verdict(cpuP99)}), ${fastestP99.toFixed(2)} ms fastest repeat (${verdict(fastestP99)}); load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
  );
}

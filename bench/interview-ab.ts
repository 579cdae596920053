// Interview step A/B: a baseline engine against this tree in the same run, on the same simulated interviews
// (32-cause synthetic catalog), alternating step by step for ROUNDS rounds; per step the fastest round, and
// the CPU time of each side; every round's wall-clock and CPU time per step (p50 / p99 over all rounds: one
// heap, so a collection lands on the side whose allocation triggers it); bytes allocated per step (an untimed
// pass after the rounds: a full collection, then the heap growth over one step). On a shared machine the
// ratios are what to read, not the absolute times.
// Run: git archive <baseline> | tar -x -C /tmp/base && ln -s $PWD/node_modules /tmp/base/node_modules
//      BASE=/tmp/base npx tsx bench/interview-ab.ts   (env: BENCH_PATIENTS=60, ROUNDS=7)
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as newAssess from '../src/engine/assess.js';
import type { Case, EvidenceItem } from '../src/engine/types.js';
import * as newSyn from '../test/synthetic-network.js';
import { random, simulatedAnswer, simulatedPatient } from './cases.js';

const base = process.env.BASE as string;
const oldAssess = await import(`${base}/src/engine/assess.ts`);
const oldSyn = await import(`${base}/test/synthetic-network.ts`);
const opts = { explain: false, criteria: false, question: true, selfCare: false, clinician: false };
const netNew = newSyn.syntheticNetwork(32);
const netOld = oldSyn.syntheticNetwork(32);
const cases: Case[] = [];
const next = random(99);
for (let n = 0; n < Number(process.env.BENCH_PATIENTS ?? 60); n++) {
  const { age, sex, truth } = simulatedPatient(netNew, next);
  const evidence: EvidenceItem[] = [];
  for (let step = 0; step < 60; step++) {
    const c = { age, sex, evidence: [...evidence] };
    cases.push(c);
    const d = newAssess.assessParts(c, opts, netNew).interview;
    if (!d || d.shouldStop || !d.question) break;
    evidence.push(...simulatedAnswer(truth, d.question));
  }
}
const rounds = Number(process.env.ROUNDS ?? 7);
const bestOld = new Array(cases.length).fill(Infinity);
const bestNew = new Array(cases.length).fill(Infinity);
let cpuOld = 0;
let cpuNew = 0;
const wallOld: number[] = [];
const wallNew: number[] = [];
const cpuStepOld: number[] = [];
const cpuStepNew: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < cases.length; i++) {
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    oldAssess.assessParts(cases[i], opts, netOld);
    let ms = performance.now() - t0;
    bestOld[i] = Math.min(bestOld[i], ms);
    wallOld.push(ms);
    let c = process.cpuUsage(c0);
    cpuOld += c.user + c.system;
    cpuStepOld.push((c.user + c.system) / 1000);
    c0 = process.cpuUsage();
    t0 = performance.now();
    newAssess.assessParts(cases[i] as Case, opts, netNew);
    ms = performance.now() - t0;
    bestNew[i] = Math.min(bestNew[i], ms);
    wallNew.push(ms);
    c = process.cpuUsage(c0);
    cpuNew += c.user + c.system;
    cpuStepNew.push((c.user + c.system) / 1000);
  }
}
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const bytesOf = (assess: (c: Case) => unknown) =>
  cases.map((c) => {
    assess(c); // first, so no code the collection flushed is compiled again inside the measured call
    collect();
    const h0 = process.memoryUsage().heapUsed;
    assess(c);
    return process.memoryUsage().heapUsed - h0;
  });
const bytesOld = bytesOf((c) => oldAssess.assessParts(c, opts, netOld));
const bytesNew = bytesOf((c) => newAssess.assessParts(c, opts, netNew));
const q = (a: number[], p: number) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))] as number;
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
console.log(
  `${cases.length} steps, ${rounds} interleaved rounds, load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
);
for (const [name, b, cpu, wall, cpuStep, bytes] of [
  ['before', bestOld, cpuOld, wallOld, cpuStepOld, bytesOld],
  ['after', bestNew, cpuNew, wallNew, cpuStepNew, bytesNew],
] as const) {
  console.log(
    `${name.padEnd(7)} fastest-of-${rounds} p50 ${q(b, 0.5).toFixed(3)} p99 ${q(b, 0.99).toFixed(3)} max ${q(b, 1).toFixed(3)} sum ${sum(b).toFixed(1)} ms; CPU ${(cpu / 1000 / rounds).toFixed(0)} ms per round`,
  );
  console.log(
    `${''.padEnd(7)} wall-clock (all rounds) p50 ${q(wall, 0.5).toFixed(3)} p99 ${q(wall, 0.99).toFixed(3)} ms; CPU per step p99 ${q(cpuStep, 0.99).toFixed(3)} ms; bytes per step p50 ${(q(bytes, 0.5) / 1024).toFixed(1)} p99 ${(q(bytes, 0.99) / 1024).toFixed(1)} mean ${(sum(bytes) / bytes.length / 1024).toFixed(1)} KiB`,
  );
}
console.log(
  `ratio after/before: fastest p99 ${(q(bestNew, 0.99) / q(bestOld, 0.99)).toFixed(3)}, sum ${(sum(bestNew) / sum(bestOld)).toFixed(3)}; wall p99 ${(q(wallNew, 0.99) / q(wallOld, 0.99)).toFixed(3)}; CPU p99 ${(q(cpuStepNew, 0.99) / q(cpuStepOld, 0.99)).toFixed(3)}; mean bytes ${(sum(bytesNew) / sum(bytesOld)).toFixed(3)}`,
);

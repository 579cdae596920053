// Interview step A/B: a baseline engine against this tree in the same run, on the same simulated interviews
// (32-cause synthetic catalog), alternating step by step for ROUNDS rounds; per step the fastest round, and
// the CPU time of each side. On a shared machine the ratio is what to read, not the absolute times.
// Run: git archive <baseline> | tar -x -C /tmp/base && ln -s $PWD/node_modules /tmp/base/node_modules
//      BASE=/tmp/base npx tsx bench/interview-ab.ts   (env: BENCH_PATIENTS=60, ROUNDS=7)
import { cpus, loadavg } from 'node:os';
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
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < cases.length; i++) {
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    oldAssess.assessParts(cases[i], opts, netOld);
    bestOld[i] = Math.min(bestOld[i], performance.now() - t0);
    let c = process.cpuUsage(c0);
    cpuOld += c.user + c.system;
    c0 = process.cpuUsage();
    t0 = performance.now();
    newAssess.assessParts(cases[i] as Case, opts, netNew);
    bestNew[i] = Math.min(bestNew[i], performance.now() - t0);
    c = process.cpuUsage(c0);
    cpuNew += c.user + c.system;
  }
}
const q = (a: number[], p: number) =>
  [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(p * a.length))] as number;
const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
console.log(
  `${cases.length} steps, ${rounds} interleaved rounds, load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
);
for (const [name, b, cpu] of [
  ['before', bestOld, cpuOld],
  ['after', bestNew, cpuNew],
] as const)
  console.log(
    `${name.padEnd(7)} fastest-of-${rounds} p50 ${q(b, 0.5).toFixed(3)} p99 ${q(b, 0.99).toFixed(3)} max ${q(b, 1).toFixed(3)} sum ${sum(b).toFixed(1)} ms; CPU ${(cpu / 1000 / rounds).toFixed(0)} ms per round`,
  );
console.log(
  `ratio after/before: p99 ${(q(bestNew, 0.99) / q(bestOld, 0.99)).toFixed(3)}, sum ${(sum(bestNew) / sum(bestOld)).toFixed(3)}`,
);

// Interview trace: every decision (question, stop, progress) of the simulated interviews that
// bench/interview.ts runs, printed one per line, so a speed change can be diffed for identical output.
// Run: npx tsx bench/interview-trace.ts > trace.txt   (env: BENCH_PATIENTS=60, BENCH_SIZES=<real>,32)
import { assessParts } from '../src/engine/assess.js';
import { type Network, network as realNetwork } from '../src/engine/network.js';
import type { EvidenceItem } from '../src/engine/types.js';
import { syntheticNetwork } from '../test/synthetic-network.js';
import { random, simulatedAnswer, simulatedPatient } from './cases.js';

const patients = Number(process.env.BENCH_PATIENTS ?? 60);
const sizes = (process.env.BENCH_SIZES ?? `${realNetwork.conditions.length},32`).split(',').map(Number);

for (const size of sizes) {
  const net: Network = size === realNetwork.conditions.length ? realNetwork : syntheticNetwork(size);
  const next = random(99);
  for (let n = 0; n < patients; n++) {
    const { age, sex, truth } = simulatedPatient(net, next);
    const evidence: EvidenceItem[] = [];
    for (let step = 0; step < 60; step++) {
      const result = assessParts(
        { age, sex, evidence },
        { explain: false, criteria: false, question: true, selfCare: false, clinician: false },
        net,
      );
      const d = result.interview;
      console.log(
        `${size} ${n} ${step} ${result.triage.level} ${JSON.stringify(d?.progress)} ${d?.shouldStop} ${d?.question ? JSON.stringify(d.question) : '-'}`,
      );
      if (!d || d.shouldStop || !d.question) break;
      evidence.push(...simulatedAnswer(truth, d.question));
    }
  }
}

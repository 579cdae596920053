import type { Network } from '../src/engine/network.js';
import type { Case, EvidenceItem } from '../src/engine/types.js';
import { conditions } from '../src/knowledge/index.js';

/** Deterministic pseudo-random generator (mulberry32), so every run uses the same cases. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Realistic-looking cases: pick a cause, report each of its findings with its link probability, add negatives. */
export function syntheticCases(count: number, seed = 42) {
  const next = random(seed);
  return Array.from({ length: count }, (_, n) => {
    const condition = conditions[Math.floor(next() * conditions.length)] as (typeof conditions)[number];
    const evidence = condition.links
      .filter(() => next() < 0.7)
      .map((l) => ({ id: l.finding, state: next() < l.probability ? 'present' : 'absent' }));
    return {
      id: `bench-${n}`,
      age: 18 + Math.floor(next() * 80),
      sex: next() < 0.5 ? 'female' : 'male',
      evidence,
    };
  });
}

/** A simulated person with one true cause: each finding present with the model's own probability. */
export function simulatedPatient(net: Network, next: () => number) {
  const modelled = net.conditions.filter((c) => c.id !== 'other');
  const j = net.conditionIndex.get(
    (modelled[Math.floor(next() * modelled.length)] as { id: string }).id,
  ) as number;
  const truth = new Map<string, EvidenceItem['state']>();
  net.findings.forEach((f, i) => {
    const q = (net.link[i] as Float64Array)[j] as number;
    const p = 1 - (1 - (net.leak[i] as number)) * (1 - q);
    const u = next();
    truth.set(f.id, u < 0.08 ? 'unknown' : next() < p ? 'present' : 'absent');
  });
  return {
    age: 18 + Math.floor(next() * 80),
    sex: (next() < 0.5 ? 'female' : 'male') as Case['sex'],
    truth,
  };
}

/**
 * The simulated person's answer to a question: each option from their truth; an option they do not know is
 * left unticked in a group (recorded as absent, as the interview's bench has always counted it).
 */
export function simulatedAnswer(
  truth: ReadonlyMap<string, EvidenceItem['state']>,
  question: { readonly kind: string; readonly options: readonly { readonly finding: string }[] },
): EvidenceItem[] {
  return question.options.map((o) => {
    const state = truth.get(o.finding) ?? 'unknown';
    return { id: o.finding, state: question.kind === 'group' && state === 'unknown' ? 'absent' : state };
  });
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomCase } from '../../test/case-arbitrary.js';
import { findings } from '../knowledge/index.js';
import {
  coexistencePenalty,
  evidenceTempering,
  infer,
  inferenceTolerance,
  inferMarginalsWithTriage,
  inferWithTriage,
  type Posterior,
  presentProbability,
  presentSet,
  temperingOf,
} from './inference.js';
import { network } from './network.js';
import { priorProbability } from './priors.js';
import { urgencyMass } from './triage.js';
import type { Case } from './types.js';

/**
 * The plain definition of the inference (configuration by configuration, finding by finding), as `infer`
 * was first written. The optimised `infer` factorises absent findings by cause, so it agrees with this up to
 * rounding: within `inferenceTolerance` (relative on weights, absolute on marginals).
 */
function plainInfer(person: Case): Posterior {
  const net = network;
  const present = presentSet(person.evidence);
  const n = net.conditions.length;
  const priors = new Float64Array(n);
  const logPriorOdds = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const p = priorProbability(net.conditions[j] as (typeof net.conditions)[number], person, present);
    priors[j] = p;
    logPriorOdds[j] = Math.log(p / (1 - p));
  }
  const observed: { index: number; present: boolean; alarm: boolean }[] = [];
  const seen = new Set<number>();
  for (const e of person.evidence) {
    if (e.state === 'unknown') continue;
    const index = net.findingIndex.get(e.id);
    if (index === undefined || !net.linked[index] || seen.has(index)) continue;
    seen.add(index);
    observed.push({ index, present: e.state === 'present', alarm: temperingOf(net, index) === 1 });
  }
  const configs = net.configurations;
  const logWeights = configs.map((config) => {
    let logPrior = (config.length - 1) * Math.log(coexistencePenalty);
    for (const j of config) logPrior += logPriorOdds[j] as number;
    let tempered = 1;
    let full = 1;
    for (const o of observed) {
      // (1 - leak) · Π (1 - q_j), padded to three factors as the network stores configurations.
      const padded = [...config, n, n, n].slice(0, 3);
      const f = net.absentFactor[o.index] as Float64Array;
      const p =
        1 -
        (1 - (net.leak[o.index] as number)) *
          (f[padded[0] as number] as number) *
          (f[padded[1] as number] as number) *
          (f[padded[2] as number] as number);
      if (o.alarm) full *= o.present ? p : 1 - p;
      else tempered *= o.present ? p : 1 - p;
    }
    return logPrior + evidenceTempering * Math.log(tempered) + Math.log(full);
  });
  const maxLog = Math.max(...logWeights);
  const weights = new Float64Array(logWeights.map((lw) => Math.exp(lw - maxLog)));
  const total = weights.reduce((a, b) => a + b, 0);
  const sums = new Float64Array(n + 1);
  configs.forEach((config, c) => {
    const w = (weights[c] as number) / total;
    weights[c] = w;
    for (const j of [...config, n, n, n].slice(0, 3)) sums[j] = (sums[j] as number) + w;
  });
  const marginals = sums.subarray(0, n).map((m) => Math.min(1, Math.max(0, m)));
  return { marginals, weights, priors };
}

const findingIds = findings.map((f) => f.id);

const bits = (a: Float64Array) => [...a].map((x) => (Object.is(x, -0) ? '-0' : String(x)));

describe('inference', () => {
  it('agrees with the plain definition within the documented bound (marginals, weights; priors to the bit), linear and log forms', () => {
    fc.assert(
      fc.property(randomCase, fc.boolean(), (c, forceLogs) => {
        const fast = infer(c, network, forceLogs);
        const plain = plainInfer(c);
        let marginalError = 0;
        for (let j = 0; j < plain.marginals.length; j++)
          marginalError = Math.max(
            marginalError,
            Math.abs((fast.marginals[j] as number) - (plain.marginals[j] as number)),
          );
        // Relative error on weights (weights that underflow to 0 in one must be below 1e-300 in the other).
        let weightError = 0;
        for (let k = 0; k < plain.weights.length; k++) {
          const w = plain.weights[k] as number;
          const e = Math.abs((fast.weights[k] as number) - w);
          weightError = Math.max(weightError, w > 1e-290 ? e / w : e > 1e-300 ? 1 : 0);
        }
        expect(marginalError).toBeLessThanOrEqual(inferenceTolerance);
        expect(weightError).toBeLessThanOrEqual(inferenceTolerance);
        expect(bits(fast.priors)).toEqual(bits(plain.priors));
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the plain definition on extreme evidence (every finding present, every finding absent)', () => {
    for (const state of ['present', 'absent'] as const) {
      for (const age of [20, 90]) {
        const c: Case = { age, sex: 'female', evidence: findingIds.map((id) => ({ id, state })) };
        const plain = plainInfer(c);
        for (const forceLogs of [false, true]) {
          const fast = infer(c, network, forceLogs);
          for (let j = 0; j < plain.marginals.length; j++)
            expect(
              Math.abs((fast.marginals[j] as number) - (plain.marginals[j] as number)),
            ).toBeLessThanOrEqual(inferenceTolerance);
        }
      }
    }
  });

  it('inferWithTriage: the posterior and the triage posterior from one pass equal two separate inferences', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const { posterior, forTriage } = inferWithTriage(c);
        const withoutExcluded = {
          ...c,
          evidence: c.evidence.filter((e) => !network.excludedFromTriage.has(e.id)),
        };
        const answeredExcluded = c.evidence.some(
          (e) => e.state !== 'unknown' && network.excludedFromTriage.has(e.id),
        );
        if (!answeredExcluded) expect(forTriage).toBe(posterior);
        for (const [fast, plain] of [
          [posterior, plainInfer(c)],
          [forTriage, plainInfer(withoutExcluded)],
        ] as const) {
          for (let j = 0; j < plain.marginals.length; j++)
            expect(
              Math.abs((fast.marginals[j] as number) - (plain.marginals[j] as number)),
            ).toBeLessThanOrEqual(inferenceTolerance);
          expect(bits(fast.priors)).toEqual(bits(plain.priors));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('inferMarginalsWithTriage: the marginals and urgency mass of the plain definition, without enumerating', () => {
    const maxError = (a: Float64Array, b: Float64Array) =>
      a.reduce((m, x, k) => Math.max(m, Math.abs(x - (b[k] as number))), 0);
    const check = (c: Case) => {
      const grouped = inferMarginalsWithTriage(c);
      const withoutExcluded = {
        ...c,
        evidence: c.evidence.filter((e) => !network.excludedFromTriage.has(e.id)),
      };
      for (const [lean, plain] of [
        [grouped.posterior, plainInfer(c)],
        [grouped.forTriage, plainInfer(withoutExcluded)],
      ] as const) {
        expect(maxError(lean.marginals, plain.marginals)).toBeLessThanOrEqual(inferenceTolerance);
        expect(maxError(lean.mass, urgencyMass(network, plain.weights))).toBeLessThanOrEqual(
          inferenceTolerance,
        );
        expect(bits(lean.priors)).toEqual(bits(plain.priors));
      }
    };
    fc.assert(fc.property(randomCase, check), { numRuns: 200 });
    // Extreme evidence takes the enumeration (and its log form) instead; the result is the same.
    for (const state of ['present', 'absent'] as const)
      for (const age of [20, 90])
        check({ age, sex: 'male', evidence: findingIds.map((id) => ({ id, state })) });
  });

  it('keeps each result independent of later calls (working arrays are reused, results are not)', () => {
    const a = infer({ age: 70, sex: 'female', evidence: [{ id: 'pain_calf', state: 'present' }] });
    const before = [bits(a.marginals), bits(a.weights), bits(a.priors)];
    infer({ age: 30, sex: 'male', evidence: [{ id: 'pain_calf', state: 'absent' }] });
    expect([bits(a.marginals), bits(a.weights), bits(a.priors)]).toEqual(before);
  });

  it('weights sum to 1 and a configuration’s presence probability matches the noisy-OR definition', () => {
    const p = infer({ age: 55, sex: 'male', evidence: [] });
    expect(p.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const i = network.findingIndex.get('pain_calf') as number;
    const q = network.link[i] as Float64Array;
    const leak = network.leak[i] as number;
    expect(presentProbability(network, i, [0, 1])).toBeCloseTo(
      1 - (1 - leak) * (1 - (q[0] as number)) * (1 - (q[1] as number)),
      15,
    );
  });
});

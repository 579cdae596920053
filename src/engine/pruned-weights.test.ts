import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomCase } from '../../test/case-arbitrary.js';
import { inferMarginalsWithTriage, type MarginalPosterior, prunedMassTolerance } from './inference.js';
import type { Case } from './types.js';

// Bounded pruning of three-cause configurations (`prunedMassTolerance`, inference.ts): every marginal and
// urgency mass within the realised bound of the exact weighing's, the bound within the tolerance, and the
// exact numbers up to rounding when nothing was skipped. Not used by the assessment (see README "Inference").

/** A copy: results are carved from shared slabs, and the next call must not be compared with itself. */
const copy = (p: MarginalPosterior) => ({
  marginals: Float64Array.from(p.marginals),
  mass: Float64Array.from(p.mass),
  pruningError: p.pruningError,
  prunedConfigurations: p.prunedConfigurations,
});

function compare(c: Case, tolerance: number): number {
  const exact = inferMarginalsWithTriage(c);
  const exactSides = [copy(exact.posterior), copy(exact.forTriage)];
  const pruned = inferMarginalsWithTriage(c, undefined, undefined, tolerance);
  let skipped = 0;
  for (const [k, side] of [pruned.posterior, pruned.forTriage].entries()) {
    const reference = exactSides[k] as ReturnType<typeof copy>;
    expect(reference.pruningError).toBe(0);
    expect(side.pruningError).toBeGreaterThanOrEqual(0);
    // Δ / total' ≤ ε / (1 − ε), plus the bound's allowance for rounding.
    expect(side.pruningError).toBeLessThanOrEqual((1 + 1e-5) * (tolerance / (1 - tolerance)) + 1e-12);
    if (side.prunedConfigurations === 0) {
      // Nothing skipped: the exact numbers up to rounding (the pruning walk keeps its bounds in the same loop,
      // which can move the last bit).
      expect(side.pruningError).toBe(0);
      side.marginals.forEach((p, j) => {
        expect(Math.abs(p - (reference.marginals[j] as number))).toBeLessThanOrEqual(1e-15);
      });
      side.mass.forEach((m, r) => {
        expect(Math.abs(m - (reference.mass[r] as number))).toBeLessThanOrEqual(1e-15);
      });
    }
    side.marginals.forEach((p, j) => {
      expect(Math.abs(p - (reference.marginals[j] as number))).toBeLessThanOrEqual(side.pruningError + 1e-15);
    });
    side.mass.forEach((m, r) => {
      expect(Math.abs(m - (reference.mass[r] as number))).toBeLessThanOrEqual(side.pruningError + 1e-15);
    });
    skipped += side.prunedConfigurations;
  }
  return skipped;
}

describe('pruned three-cause weighing', () => {
  for (const tolerance of [prunedMassTolerance, 1e-6, 1e-3]) {
    it(`within its realised bound of the exact weighing, and the bound within the tolerance (ε = ${tolerance})`, () => {
      let skipped = 0;
      fc.assert(
        fc.property(randomCase, (c) => {
          skipped += compare(c, tolerance);
        }),
        { numRuns: 150, seed: 16 },
      );
      // The pruning path was taken (not only the exact one).
      expect(skipped).toBeGreaterThan(0);
    });
  }

  it('skips nothing with tolerance 0 (the default, exact weighing)', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const { posterior, forTriage } = inferMarginalsWithTriage(c);
        expect(posterior.prunedConfigurations + forTriage.prunedConfigurations).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});

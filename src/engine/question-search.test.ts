import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticNetwork } from '../../test/synthetic-network.js';
import { infer } from './inference.js';
import { network } from './network.js';
import { hypothetical, QuestionSearch, searchTolerance } from './question-search.js';
import type { Case } from './types.js';

/**
 * The fast search walks only the configurations linked to the asked finding and adds the rest as a constant
 * times per-posterior sums; it must agree with the plain definition (`hypothetical`, same pruning) within
 * the documented `searchTolerance`: on P(yes) absolutely, on marginals and urgency masses divided by the
 * answer's tempered normaliser (bounded below here by the answer's probability to the tempering power).
 */
describe('question search: agrees with the plain definition', () => {
  for (const net of [network, syntheticNetwork(40)]) {
    const ids = net.findings.map((f) => f.id);
    const caseArb: fc.Arbitrary<Case> = fc.record({
      age: fc.integer({ min: 18, max: 105 }),
      sex: fc.constantFrom('female' as const, 'male' as const),
      evidence: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...ids),
          state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
        }),
        { selector: (e) => e.id, maxLength: 30 },
      ),
    });
    it(`${net.conditions.length} causes: every finding, both answers`, () => {
      fc.assert(
        fc.property(caseArb, (c) => {
          const posterior = infer(c, net);
          const search = new QuestionSearch(net, posterior);
          for (let i = 0; i < net.findings.length; i++) {
            const plain = hypothetical(net, posterior, i);
            const fast = search.hypothetical(i);
            expect(Math.abs(fast.pYes - plain.pYes)).toBeLessThanOrEqual(searchTolerance);
            for (const [answer, mass, p] of [
              ['yes', 'yesMass', plain.pYes],
              ['no', 'noMass', 1 - plain.pYes],
            ] as const) {
              // Tempering raises likelihoods (x^0.75 ≥ x on [0, 1]), so Z_a ≥ P(a) and the bound is looser.
              if (p < 1e-6) continue;
              const bound = searchTolerance / p;
              for (let j = 0; j < net.conditions.length; j++)
                expect(
                  Math.abs((fast[answer][j] as number) - (plain[answer][j] as number)),
                ).toBeLessThanOrEqual(bound);
              for (let r = 0; r < plain[mass].length; r++)
                expect(Math.abs((fast[mass][r] as number) - (plain[mass][r] as number))).toBeLessThanOrEqual(
                  bound,
                );
            }
          }
        }),
        { numRuns: net === network ? 60 : 15 },
      );
    });
  }
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticNetwork } from '../../test/synthetic-network.js';
import { infer, type Posterior } from './inference.js';
import { network } from './network.js';
import {
  hypothetical,
  QuestionSearch,
  questionSearch,
  searchTolerance,
  significant,
} from './question-search.js';
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

/**
 * `questionSearch` memoises one search per posterior and keeps the last one built as a fast path (speed only):
 * whatever order posteriors and networks are asked in, each gets its own search, the same one each time,
 * and its answers are those of a search built fresh.
 */
describe('question search: the per-posterior memo and its last-built fast path', () => {
  const nets = [network, syntheticNetwork(40)];
  const caseArb = (net: (typeof nets)[number]): fc.Arbitrary<Case> =>
    fc.record({
      age: fc.integer({ min: 18, max: 105 }),
      sex: fc.constantFrom('female' as const, 'male' as const),
      evidence: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...net.findings.map((f) => f.id)),
          state: fc.constantFrom('present' as const, 'absent' as const, 'unknown' as const),
        }),
        { selector: (e) => e.id, maxLength: 20 },
      ),
    });
  it('interleaved posteriors and networks: one search each, answers as built fresh', () => {
    fc.assert(
      fc.property(
        fc.array(caseArb(network), { minLength: 1, maxLength: 4 }),
        caseArb(nets[1] as (typeof nets)[number]),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (cases, other, order) => {
          const posteriors = [
            ...cases.map((c) => ({ net: network, posterior: infer(c, network) })),
            { net: nets[1] as (typeof nets)[number], posterior: infer(other, nets[1]) },
          ];
          const seen = new Map<object, QuestionSearch>();
          for (const k of order) {
            const { net, posterior } = posteriors[k % posteriors.length] as (typeof posteriors)[number];
            const search = questionSearch(net, posterior);
            expect(search.net).toBe(net);
            expect(search.posterior).toBe(posterior);
            const before = seen.get(posterior);
            if (before) expect(search).toBe(before);
            seen.set(posterior, search);
            const fresh = new QuestionSearch(net, posterior);
            const i = k % net.findings.length;
            const a = search.hypothetical(i);
            const b = fresh.hypothetical(i);
            expect(a.pYes).toBe(b.pYes);
            expect([...a.yes, ...a.no, ...a.yesMass, ...a.noMass]).toEqual([
              ...b.yes,
              ...b.no,
              ...b.yesMass,
              ...b.noMass,
            ]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * `significant` buckets weights by the binary exponent read from their bits; the kept list must be the one the
 * plain definition (buckets by Math.floor(Math.log2(w))) keeps, including weights next to a power of two,
 * zeros and subnormals.
 */
describe('question search: pruning buckets', () => {
  function plainSignificant(weights: Float64Array, mass: number): number[] {
    const bucketOf = (w: number) =>
      w <= 0 ? 0 : Math.max(1, Math.min(1099, Math.floor(Math.log2(w)) + 1075));
    const sums = new Float64Array(1100);
    for (const w of weights) sums[bucketOf(w)] = (sums[bucketOf(w)] as number) + w;
    let dropped = 0;
    let cut = 0;
    while (cut < sums.length && dropped + (sums[cut] as number) <= mass) dropped += sums[cut++] as number;
    return [...weights.keys()].filter((c) => bucketOf(weights[c] as number) >= cut);
  }
  const weight = fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.integer({ min: -1074, max: 0 }).map((k) => 2 ** k),
    fc.integer({ min: -1000, max: 0 }).map((k) => 2 ** k * (1 - Number.EPSILON / 2)),
    fc.integer({ min: -1000, max: 0 }).map((k) => 2 ** k * (1 + Number.EPSILON)),
    fc.constant(0),
  );
  it('keeps what Math.log2 buckets keep', () => {
    fc.assert(
      fc.property(
        fc.array(weight, { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 0.5 }),
        (ws, mass) => {
          const weights = Float64Array.from(ws);
          const kept = significant({ weights } as unknown as Posterior, mass);
          expect([...kept]).toEqual(plainSignificant(weights, mass));
        },
      ),
    );
  });
});

/**
 * `urgencyStaysBelow` lets the interview skip the triage posterior's hypothetical when a bound proves that
 * neither answer's cumulative urgency mass can reach a limit. Wherever it says so, the computed hypothetical
 * must agree: every mass of both answers below its limit. Limits: the triage thresholds above each level, and
 * random ones (so the bound is tried near its edge too).
 */
describe('question search: urgencyStaysBelow holds wherever it skips', () => {
  const levels = 5;
  const thresholds = [0.1, 0.05, 0.12, 0.35];
  for (const net of [network, syntheticNetwork(32)]) {
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
    // Either the triage limits above one level (rank 1..4: the ranks more urgent get their threshold) or
    // random limits per rank (some unlimited).
    const limitsArb: fc.Arbitrary<Float64Array> = fc.oneof(
      fc.integer({ min: 1, max: levels - 1 }).map((above) => {
        const limits = new Float64Array(levels).fill(Number.POSITIVE_INFINITY);
        for (let r = 0; r < above; r++) limits[r] = thresholds[r] as number;
        return limits;
      }),
      fc
        .array(
          fc.oneof(fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.constant(Number.POSITIVE_INFINITY)),
          {
            minLength: levels,
            maxLength: levels,
          },
        )
        .map((l) => Float64Array.from(l)),
    );
    it(`${net === network ? 'catalog' : 'synthetic'}, ${net.conditions.length} causes: both answers' masses below the limits where it holds`, () => {
      let skipped = 0;
      let computed = 0;
      fc.assert(
        fc.property(caseArb, limitsArb, (c, limits) => {
          const search = new QuestionSearch(net, infer(c, net));
          for (let i = 0; i < net.findings.length; i++) {
            if (!search.urgencyStaysBelow(i, limits)) {
              computed++;
              continue;
            }
            skipped++;
            const h = search.hypothetical(i);
            for (let r = 0; r < levels; r++) {
              expect(h.yesMass[r] as number).toBeLessThan(limits[r] as number);
              expect(h.noMass[r] as number).toBeLessThan(limits[r] as number);
            }
          }
        }),
        { numRuns: 150 },
      );
      // The property is not vacuous: the bound both skips and declines.
      expect(skipped).toBeGreaterThan(0);
      expect(computed).toBeGreaterThan(0);
    });
  }
});

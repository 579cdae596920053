import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atLeastAsUrgent, type UrgencyLevel } from '../knowledge/index.js';
import { network } from './network.js';
import { probabilityLevel, probabilityReasons } from './triage.js';

const marginalsArb = fc
  .array(fc.double({ min: 0, max: 1, noNaN: true }), {
    minLength: network.conditions.length,
    maxLength: network.conditions.length,
  })
  .map((ps) => Float64Array.from(ps));

const mostUrgent = (levels: readonly UrgencyLevel[]): UrgencyLevel =>
  levels.reduce<UrgencyLevel>((level, l) => (atLeastAsUrgent(level, l) ? level : l), 'self_care');

describe('probability triage', () => {
  // The interview uses the lean `probabilityLevel` per hypothetical answer; the result shows the reasons.
  it('the lean level always equals the most urgent of the shown reasons', () => {
    fc.assert(
      fc.property(marginalsArb, (marginals) => {
        const reasons = probabilityReasons(network, marginals);
        expect(probabilityLevel(network, marginals)).toBe(mostUrgent(reasons.map((r) => r.level)));
      }),
      { numRuns: 2000 },
    );
  });
});

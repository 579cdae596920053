import { describe, expect, it } from 'vitest';
import { urgencyDescriptions } from '../knowledge/index.js';
import { compileNetwork, maxCoexisting, network } from './network.js';

/** The plain definition: every non-empty set of up to three causes, depth first. */
function subsets(n: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, current: number[]) => {
    if (current.length > 0) out.push([...current]);
    if (current.length === maxCoexisting) return;
    for (let i = start; i < n; i++) walk(i + 1, [...current, i]);
  };
  walk(0, []);
  return out;
}

describe('compileNetwork', () => {
  it('enumerates the configurations as the plain definition, with their slots and urgency', () => {
    const n = network.conditions.length;
    const expected = subsets(n);
    expect(network.configurationCount).toBe(expected.length);
    expect(network.configurations).toEqual(expected);
    expected.forEach((config, c) => {
      const slots = Array.from(network.configurationSlots.subarray(c * 3, c * 3 + 3));
      expect(slots).toEqual([...config, n, n, n].slice(0, 3));
      const rank = Math.min(
        ...config.map((j) => urgencyDescriptions[network.conditions[j]?.usualUrgency ?? 'self_care'].rank),
      );
      expect(network.configurationUrgency[c]).toBe(rank);
    });
  });

  it('stores 1 - link as the absent factor, and 1 in the padding slot', () => {
    network.link.forEach((row, i) => {
      const factor = network.absentFactor[i] as Float64Array;
      expect(factor.length).toBe(row.length + 1);
      row.forEach((q, j) => {
        expect(factor[j]).toBe(1 - q);
      });
      expect(factor[row.length]).toBe(1);
    });
  });

  it('compiles a small catalog the same way', () => {
    const small = compileNetwork(network.conditions.slice(0, 4));
    expect(small.configurations).toEqual(subsets(4));
    expect(small.configurationCount).toBe(14);
  });
});

import { describe, expect, it } from 'vitest';
import { isCitation, safetyNet, urgencyLevels } from './index.js';

describe('safety net ("when to seek help")', () => {
  it('cites a known source for every sign, and goes from most to least urgent', () => {
    for (const group of safetyNet) {
      expect(group.signs.length).toBeGreaterThan(0);
      for (const sign of group.signs) {
        expect(sign.sources.length).toBeGreaterThan(0);
        for (const source of sign.sources) expect(isCitation(source), source).toBe(true);
      }
    }
    const ranks = safetyNet.map((g) => urgencyLevels.indexOf(g.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

import { describe, expect, it } from 'vitest';
import { conditions } from '../knowledge/index.js';
import { byId } from './ranking.js';

describe('byId (the tie-break of the ranking)', () => {
  it('orders every pair of catalog ids as localeCompare does', () => {
    const ids = conditions.map((c) => c.id);
    expect(ids.length).toBeGreaterThan(1);
    for (const a of ids)
      for (const b of ids)
        expect([a, b, Math.sign(byId(a, b))]).toEqual([a, b, Math.sign(a.localeCompare(b))]);
  });
});

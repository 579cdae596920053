import { describe, expect, it } from 'vitest';
import { conditionsById, unreportedEssential } from '../knowledge/index.js';
import { assess } from './assess.js';
import { priorProbability } from './priors.js';
import type { Case, EvidenceItem } from './types.js';

const rls = conditionsById.get('restless_legs_syndrome');
const odds = (p: number) => p / (1 - p);

describe('an essential criterion left unreported', () => {
  const person = (evidence: EvidenceItem[]): Case => ({ age: 50, sex: 'female', evidence });
  const prior = (evidence: EvidenceItem[]) =>
    priorProbability(rls as NonNullable<typeof rls>, person(evidence), new Set());

  it('multiplies the prior odds of restless legs by unreportedEssential when the urge is not said or "don\'t know"', () => {
    const reported = prior([{ id: 'urge_to_move_legs', state: 'present' }]);
    const unsaid = prior([]);
    const doubt = prior([{ id: 'urge_to_move_legs', state: 'unknown' }]);
    expect(odds(unsaid) / odds(reported)).toBeCloseTo(unreportedEssential, 10);
    expect(doubt).toBe(unsaid);
    // Said absent: the prior is unchanged and the link (1 - 0.95) weighs instead.
    expect(prior([{ id: 'urge_to_move_legs', state: 'absent' }])).toBe(reported);
  });

  it('rest and evening pain without the urge do not make restless legs lead; with the urge they do', () => {
    const rest = ['starts_at_rest', 'evening_night_worse', 'pain_calf', 'deep_aching_pain'];
    const at = (ids: string[]) =>
      assess({ age: 50, sex: 'female', evidence: ids.map((id) => ({ id, state: 'present' as const })) });
    const without = at(rest).conditions.map((c) => c.id);
    const withUrge = at([...rest, 'urge_to_move_legs']).conditions.map((c) => c.id);
    expect(without[0]).not.toBe('restless_legs_syndrome');
    expect(withUrge[0]).toBe('restless_legs_syndrome');
  });
});

import { describe, expect, it } from 'vitest';
import { conditionsById, necessaryRiskAbsent, unreportedEssential } from '../knowledge/index.js';
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

describe('a necessary risk factor said to be absent', () => {
  const statin = conditionsById.get('statin_muscle_symptoms') as NonNullable<
    ReturnType<typeof conditionsById.get>
  >;
  const prior = (evidence: EvidenceItem[]) =>
    priorProbability(statin, { age: 70, sex: 'female', evidence }, new Set());

  it('multiplies the prior odds by necessaryRiskAbsent; unsaid or "don\'t know" leaves it alone', () => {
    const unsaid = prior([]);
    expect(prior([{ id: 'takes_statin', state: 'unknown' }])).toBe(unsaid);
    expect(odds(prior([{ id: 'takes_statin', state: 'absent' }])) / odds(unsaid)).toBeCloseTo(
      necessaryRiskAbsent,
      10,
    );
  });

  it('statin aches in both thighs rank the statin cause first only for someone on a statin', () => {
    const aches = ['muscle_aches_both_legs', 'bilateral_symptoms', 'pain_buttock_thigh'].map((id) => ({
      id,
      state: 'present' as const,
    }));
    const at = (state: 'present' | 'absent') =>
      assess({ age: 70, sex: 'female', evidence: [...aches, { id: 'takes_statin', state }] });
    const on = at('present');
    const off = at('absent');
    expect(on.conditions[0]?.id).toBe('statin_muscle_symptoms');
    const offStatin = off.conditions.find((c) => c.id === 'statin_muscle_symptoms');
    expect(offStatin?.probability ?? 0).toBeLessThan(0.05);
    expect(offStatin?.opposing.map((f) => f.finding)).toContain('takes_statin');
  });
});

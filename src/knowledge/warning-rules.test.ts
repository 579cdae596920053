import { describe, expect, it } from 'vitest';
import { assess } from '../engine/index.js';

/** The warning-sign rules of rules.ts, run through the product's own assessment: they raise and never lower. */
const level = (evidence: { id: string; state: 'present' | 'absent' }[], age = 66) =>
  assess({ age, sex: 'male', evidence }).triage.level;
const present = (...ids: string[]) => ids.map((id) => ({ id, state: 'present' as const }));

describe('cancer history with weight loss (S142, S347, S348)', () => {
  it('reaches a same-day look however the weight loss was read', () => {
    for (const loss of ['weight_loss_night_sweats', 'recent_weight_loss_or_leg_crossing'])
      expect(level(present('cancer_history', loss, 'evening_night_worse'))).toMatch(
        /^(consultation_24|emergency|emergency_ambulance)$/,
      );
  });
  it('a vaguely placed mid-back pain after cancer is same-day too (CG75, S301)', () => {
    expect(level(present('cancer_history', 'mid_back_band_pain', 'evening_night_worse'))).toMatch(
      /^(consultation_24|emergency|emergency_ambulance)$/,
    );
  });
});

describe("a burst Baker's cyst told without the lump (S402, S404)", () => {
  it.each(['fluid_trickling_down_calf', 'ankle_bruise_without_knock'])(
    '%s with a swollen calf is same-day',
    (id) => {
      expect(level(present(id, 'one_leg_swollen', 'pain_calf'), 64)).toMatch(
        /^(consultation_24|emergency|emergency_ambulance)$/,
      );
    },
  );
});

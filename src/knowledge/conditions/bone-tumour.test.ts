import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/index.js';
import { backgroundRates } from '../background.js';

const present = (...ids: string[]) => ids.map((id) => ({ id, state: 'present' as const }));
const ranking = (ids: string[], age: number) =>
  assess({ age, sex: 'female', evidence: present(...ids) }).conditions.map((c) => c.id);

describe('a hard lump on a bone (S443, S347, S355)', () => {
  it('is as rare as an alarm finding without a modelled cause, and says why', () => {
    const lump = backgroundRates.find((b) => b.finding === 'bone_lump');
    expect(lump?.probability).toBe(0.005);
    expect(lump?.sources).toEqual(expect.arrayContaining(['S443', 'S347', 'S355']));
    expect(lump?.note).toMatch(/model setting/);
  });

  const thighAche = [
    'bone_lump',
    'deep_aching_pain',
    'pain_buttock_thigh',
    'evening_night_worse',
    'symptoms_over_two_weeks',
  ];
  it.each([55, 70])('with a deep night ache in the thigh puts a bone growth in the top two at %i', (age) => {
    expect(ranking(thighAche, age).slice(0, 2)).toContain('bone_tumour');
  });
  it('keeps a bone growth in the top three for a young adult, beside a stress fracture', () => {
    expect(ranking(thighAche, 30).slice(0, 3)).toEqual(expect.arrayContaining(['bone_tumour', 'fracture']));
  });
});

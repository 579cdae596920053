import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/index.js';
import type { Link } from '../types.js';
import { atLeastAsUrgent } from '../urgency.js';
import { fracture } from './fracture.js';

const present = (...ids: string[]) => ids.map((id) => ({ id, state: 'present' as const }));
const ranking = (ids: string[], age = 74) =>
  assess({ age, sex: 'female', evidence: present(...ids) }).conditions.map((c) => c.id);
const link = (id: string): Link | undefined => fracture.links.find((l) => l.finding === id);

describe('fractures in thin bones (S361, S362, S363)', () => {
  it('reads the source words onto the verbal scale and cites them', () => {
    expect(link('pain_buttock_thigh')?.probability).toBe(0.6); // "common" prodromal thigh pain (S363)
    expect(link('pain_buttock_thigh')?.sources).toContain('S363');
    expect(link('back_pain')?.sources).toEqual(expect.arrayContaining(['S361', 'S362']));
    expect(link('bone_pain_night')?.note).toMatch(/model setting/);
  });

  it('an osteoporotic fall with back pain running down one leg ranks a fracture above spinal stenosis', () => {
    const ids = ranking([
      'osteoporosis',
      'recent_leg_injury',
      'onset_within_two_weeks',
      'back_pain',
      'pain_radiates_down_leg',
      'evening_night_worse',
    ]);
    expect(ids.indexOf('fracture')).toBeLessThan(ids.indexOf('lumbar_spinal_stenosis'));
  });

  it('a deep night thigh ache on a bisphosphonate keeps a fracture in the top three', () => {
    const ids = ranking([
      'osteoporosis',
      'takes_bisphosphonate',
      'symptoms_over_two_weeks',
      'deep_aching_pain',
      'pain_buttock_thigh',
      'bone_pain_night',
      'evening_night_worse',
    ]);
    expect(ids.slice(0, 3)).toContain('fracture');
  });
});

// Synthetic accounts of the atypical-femoral-fracture warning (S363): someone on a bone-strengthening medicine
// with an ache in the thigh, groin or buttock. Guidance asks for it to be investigated (S363), as a suspected
// spontaneous fracture is X-rayed at once (S348): seen within a day, fracture named as the cause to rule out.
describe('thigh or groin pain on a bone-strengthening medicine (S363, S348)', () => {
  const where = ['pain_buttock_thigh', 'pain_hip_groin'] as const;
  // Findings an account of such an ache may add, none of them against a fracture's warning.
  const extras = [
    'deep_aching_pain',
    'evening_night_worse',
    'nightly_sleep_disruption',
    'symptoms_over_two_weeks',
    'bilateral_symptoms',
    'joint_pain_swelling',
    'joint_stiffness_after_rest',
    'osteoporosis',
    'pain_knee',
  ] as const;
  const triageOf = (age: number, ids: readonly string[], absent: readonly string[] = []) =>
    assess({
      age,
      sex: 'female',
      evidence: [...present(...ids), ...absent.map((id) => ({ id, state: 'absent' as const }))],
    });

  // The rule sets the advice; the ranking alone decides the order (both-legs thigh aches at 58 also fit
  // other causes, so only the one-sided accounts are held to a fracture in the first three).
  it.each([
    ['a groin ache at 66 on alendronic acid', 66, ['pain_hip_groin', 'deep_aching_pain'], true],
    [
      'a night thigh ache at 81 on yearly zoledronic acid',
      81,
      ['pain_buttock_thigh', 'evening_night_worse'],
      true,
    ],
    ['a thigh ache in both legs at 58 on denosumab', 58, ['pain_buttock_thigh', 'bilateral_symptoms'], false],
  ] as const)('%s: a doctor soon, never self-care', (_, age, ids, fractureInTopThree) => {
    const a = triageOf(age, ['takes_bisphosphonate', ...ids]);
    expect(atLeastAsUrgent(a.triage.level, 'consultation')).toBe(true);
    expect(a.triage.reasons.map((r) => r.id)).toContain('thigh_or_groin_pain_on_bone_medicine');
    if (fractureInTopThree) expect(a.conditions.slice(0, 3).map((c) => c.id)).toContain('fracture');
  });

  it('property: with the medicine and the ache, no other finding of such an account lowers it to self-care', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 45, max: 95 }),
        fc.constantFrom(...where),
        fc.subarray([...extras]),
        (age, site, more) => {
          const a = triageOf(age, ['takes_bisphosphonate', site, ...more]);
          expect(atLeastAsUrgent(a.triage.level, 'consultation')).toBe(true);
          expect(a.triage.reasons.map((r) => r.id)).toContain('thigh_or_groin_pain_on_bone_medicine');
        },
      ),
      { numRuns: 40 },
    );
    // 40 full assessments: generous time for a loaded 2-core CI machine (the test measures advice, not speed).
  }, 60_000);

  it('on the medicine, not being able to stand on the leg is an emergency, fracture first', () => {
    const a = triageOf(77, ['takes_bisphosphonate', 'pain_buttock_thigh', 'unable_to_bear_weight']);
    expect(a.triage.level).toBe('emergency');
    expect(a.triage.reasons.map((r) => r.id)).toContain('cannot_bear_weight_on_bone_medicine');
    expect(a.conditions[0]?.id).toBe('fracture');
  });

  it('does not fire without the medicine (thin bones alone), nor on the medicine without thigh or groin pain', () => {
    const thinBones = triageOf(72, ['osteoporosis', 'pain_buttock_thigh', 'deep_aching_pain']);
    expect(thinBones.triage.reasons.map((r) => r.id)).not.toContain('thigh_or_groin_pain_on_bone_medicine');
    const calf = triageOf(
      72,
      ['takes_bisphosphonate', 'pain_calf'],
      ['pain_buttock_thigh', 'pain_hip_groin'],
    );
    expect(calf.triage.reasons.map((r) => r.id)).not.toContain('thigh_or_groin_pain_on_bone_medicine');
  });
});

import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/index.js';
import { other } from './other.js';

const present = (...ids: string[]) => ids.map((id) => ({ id, state: 'present' as const }));
const ranking = (ids: string[], age = 68) =>
  assess({ age, sex: 'male', evidence: present(...ids) }).conditions.map((c) => c.id);

describe('diabetic amyotrophy is carried by `other` (S420)', () => {
  it('cites S420 for the diabetes association and for weight loss', () => {
    const diabetes = other.riskFactors.find((r) => r.finding === 'diabetes');
    expect(diabetes?.sources).toContain('S420');
    const loss = other.links.find((l) => l.finding === 'weight_loss_night_sweats');
    expect(loss?.sources).toContain('S420');
  });

  it('thigh and groin pain at night with weight loss in diabetes ranks the unmodelled cause above hip arthritis', () => {
    const ids = ranking([
      'diabetes',
      'pain_hip_groin',
      'pain_buttock_thigh',
      'evening_night_worse',
      'weight_loss_night_sweats',
      'symptoms_over_two_weeks',
    ]);
    expect(ids.indexOf('other')).toBeLessThan(ids.indexOf('hip_osteoarthritis'));
  });

  it('the same hip pain with stiffness after rest and no diabetes or weight loss stays hip arthritis', () => {
    const ids = ranking([
      'pain_hip_groin',
      'pain_buttock_thigh',
      'joint_stiffness_after_rest',
      'evening_night_worse',
      'symptoms_over_two_weeks',
    ]);
    expect(ids[0]).toBe('hip_osteoarthritis');
  });
});

import { describe, expect, it } from 'vitest';
import { assess } from '../../engine/index.js';
import type { Link } from '../types.js';
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

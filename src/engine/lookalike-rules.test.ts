import { describe, expect, it } from 'vitest';
import { understand } from '../language/index.js';
import { assess } from './assess.js';
import type { EvidenceItem } from './types.js';

const present = (...ids: string[]): EvidenceItem[] => ids.map((id) => ({ id, state: 'present' }));
const level = (age: number, ...ids: string[]) =>
  assess({ age, sex: 'male', evidence: present(...ids) }).triage;
const ruleIds = (t: ReturnType<typeof level>) => t.reasons.map((r) => r.id);

describe('bloodstream infection as the trigger of a spine infection (IDSA, S313)', () => {
  it('new back pain after a bloodstream infection is an emergency, even without a fever', () => {
    const t = level(55, 'back_pain', 'recent_bloodstream_infection');
    expect(t.level).toBe('emergency');
    expect(ruleIds(t)).toContain('back_pain_after_bloodstream_infection');
  });

  it('with new numbness or weakness it is an ambulance', () => {
    expect(level(55, 'back_pain', 'recent_bloodstream_infection', 'numbness_tingling').level).toBe(
      'emergency_ambulance',
    );
  });

  it('a bloodstream infection without back pain fires neither rule', () => {
    const t = level(55, 'recent_bloodstream_infection', 'pain_calf');
    expect(ruleIds(t)).not.toContain('back_pain_after_bloodstream_infection');
  });
});

describe('breathlessness lying flat (heart failure, S472-S476)', () => {
  it('on its own asks for a doctor within 24 hours, not an ambulance', () => {
    const t = level(80, 'breathless_lying_flat_or_gradual', 'both_ankles_swollen', 'pitting_oedema');
    expect(t.level).toBe('consultation_24');
    expect(ruleIds(t)).toContain('breathless_lying_flat_or_gradual');
  });

  it('sudden breathlessness or chest pain keeps the ambulance rule', () => {
    expect(level(80, 'breathless_lying_flat_or_gradual', 'chest_pain_or_breathless').level).toBe(
      'emergency_ambulance',
    );
  });

  it('with a swollen or tender leg on one side it is a possible clot in the lung: ambulance', () => {
    expect(level(50, 'breathless_lying_flat_or_gradual', 'one_leg_swollen').level).toBe(
      'emergency_ambulance',
    );
    expect(level(50, 'breathless_lying_flat_or_gradual', 'calf_tender_along_veins').level).toBe(
      'emergency_ambulance',
    );
  });

  it('read from words: orthopnoea is not the lumped chest alarm, but chest pain in the same text still is', () => {
    const ids = (text: string) =>
      understand(text)
        .findings.filter((f) => f.state === 'present')
        .map((f) => f.id);
    const orthopnoea = ids('His ankles are swollen and he gets out of breath if he lies flat.');
    expect(orthopnoea).toContain('breathless_lying_flat_or_gradual');
    expect(orthopnoea).not.toContain('chest_pain_or_breathless');
    expect(ids('He gets out of breath lying flat and has chest pain.')).toContain('chest_pain_or_breathless');
    expect(ids("I've been short of breath since this morning.")).toContain('chest_pain_or_breathless');
  });
});

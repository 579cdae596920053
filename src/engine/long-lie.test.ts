import { describe, expect, it } from 'vitest';
import { wellsFromEvidence } from '../criteria/fromEvidence.js';
import { understand } from '../language/index.js';
import { assess } from './assess.js';
import type { EvidenceItem } from './types.js';

/** A long lie (hours in one position: BOAST names prolonged immobilisation as a cause of compartment syndrome, S330). */
const present = (...ids: string[]): EvidenceItem[] => ids.map((id) => ({ id, state: 'present' }));
const triage = (...ids: string[]) => assess({ age: 30, sex: 'male', evidence: present(...ids) }).triage;

describe('long lie (prolonged immobilisation, S330)', () => {
  it('with pain out of proportion is an ambulance, suspecting compartment syndrome', () => {
    const t = triage('long_lie', 'pain_out_of_proportion', 'one_leg_swollen');
    expect(t.level).toBe('emergency_ambulance');
    expect(t.reasons.map((r) => r.id)).toContain('disproportionate_pain_after_injury_or_cast');
  });

  it('with a tense swollen muscle is an ambulance', () => {
    expect(triage('long_lie', 'tense_swollen_muscle').level).toBe('emergency_ambulance');
  });

  it('on its own fires no compartment rule', () => {
    const ids = triage('long_lie', 'pain_calf').reasons.map((r) => r.id);
    expect(ids.some((id) => id.endsWith('_after_injury_or_cast'))).toBe(false);
  });

  it("raises compartment syndrome's probability", () => {
    const p = (...ids: string[]) =>
      assess({ age: 30, sex: 'male', evidence: present(...ids) }).conditions.find(
        (c) => c.id === 'compartment_syndrome',
      )?.probability ?? 0;
    expect(p('long_lie', 'one_leg_swollen')).toBeGreaterThan(p('one_leg_swollen'));
  });

  it("is not Wells' bedridden item: the DVT score does not change", () => {
    const score = (ids: string[]) =>
      wellsFromEvidence({ age: 30, sex: 'male', present: new Set(ids), absent: new Set() })?.total;
    expect(score(['one_leg_swollen'])).toBeTypeOf('number');
    expect(score(['one_leg_swollen', 'long_lie'])).toBe(score(['one_leg_swollen']));
  });

  it('is read from lay words, and a back "in agony at night" is back pain', () => {
    const has = (text: string, id: string) => understand(text, 'en').findings.find((f) => f.id === id)?.state;
    expect(has('Woke up on my mates floor after a heavy night and my leg is killing me.', 'long_lie')).toBe(
      'present',
    );
    expect(has('I lay on my leg for about ten hours.', 'long_lie')).toBe('present');
    expect(has('back is agony and now my legs ache at night too', 'back_pain')).toBe('present');
    expect(has('My legs ache at night.', 'back_pain')).toBeUndefined();
  });
});

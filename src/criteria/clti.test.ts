import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CltiInput, cltiItemIds, computeClti, parseCltiInput } from './clti.js';
import { CriteriaInputError } from './types.js';

describe('CLTI definition (2016 AHA/ACC)', () => {
  it('met: chronic rest pain with proven arterial disease', () => {
    const r = computeClti({
      restPain: true,
      tissueLoss: false,
      atLeastTwoWeeks: true,
      arterialDiseaseProven: true,
    });
    expect(r.status).toBe('met');
    expect(r.decisive).toBe(true);
    expect(r.clinicalCriterion).toBe('met');
    expect(r.reasons[0]).toContain('ischaemic rest pain');
  });

  it('met: chronic tissue loss alone with proven arterial disease', () => {
    expect(computeClti({ tissueLoss: true, atLeastTwoWeeks: true, arterialDiseaseProven: true }).status).toBe(
      'met',
    );
  });

  it('not met: no rest pain and no tissue loss, even with a very low ABI', () => {
    const r = computeClti({
      restPain: false,
      tissueLoss: false,
      arterialDiseaseProven: true,
      atLeastTwoWeeks: true,
    });
    expect(r.status).toBe('not_met');
    expect(r.notes[0]).toContain('does not make CLTI');
  });

  it('not met: under 2 weeks, and the note points to acute limb ischaemia', () => {
    const r = computeClti({ restPain: true, atLeastTwoWeeks: false, arterialDiseaseProven: true });
    expect(r.status).toBe('not_met');
    expect(r.notes.join(' ')).toContain('acute limb ischaemia');
    expect(r.clinicianSummary).toContain('consider acute limb ischaemia');
    expect(r.sources).toContain('S51');
  });

  it('not met: arterial disease not shown on testing', () => {
    expect(computeClti({ restPain: true, atLeastTwoWeeks: true, arterialDiseaseProven: false }).status).toBe(
      'not_met',
    );
  });

  it('unknown: rest pain and chronic but arterial disease not yet tested', () => {
    const r = computeClti({ restPain: true, atLeastTwoWeeks: true });
    expect(r.status).toBe('unknown');
    expect(r.decisive).toBe(false);
    expect(r.missing).toEqual(['tissueLoss', 'arterialDiseaseProven']);
    expect(r.coverage).toBe('CLTI: 2 of 4 items known');
    expect(r.reasons.join(' ')).toContain('not yet objectively proven');
  });

  it('unknown: rest pain false but tissue loss unknown', () => {
    expect(
      computeClti({ restPain: false, atLeastTwoWeeks: true, arterialDiseaseProven: true }).clinicalCriterion,
    ).toBe('unknown');
  });
});

describe('parseCltiInput', () => {
  it.each(cltiItemIds)('rejects a non-boolean %s', (id) => {
    const r = parseCltiInput({ [id]: 'true' });
    expect(r).toEqual({
      ok: false,
      errors: [{ field: id, message: 'must be true, false or null (unknown)' }],
    });
  });

  it('rejects unknown fields and accepts null as unknown', () => {
    expect(parseCltiInput({ abi: 0.3 }).ok).toBe(false);
    expect(parseCltiInput({ restPain: null })).toEqual({ ok: true, value: {} });
    expect(() => computeClti({ restPain: 1 } as unknown as CltiInput)).toThrow(CriteriaInputError);
  });
});

describe('CLTI properties', () => {
  const tri = fc.constantFrom(true, false, undefined);
  it('a determined status never changes when unknowns become known', () => {
    fc.assert(
      fc.property(
        fc.record({ restPain: tri, tissueLoss: tri, atLeastTwoWeeks: tri, arterialDiseaseProven: tri }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (input, fillers) => {
          const before = computeClti(input);
          const filled = Object.fromEntries(
            cltiItemIds.map((id, i) => [id, input[id] ?? fillers[i]]),
          ) as CltiInput;
          const after = computeClti(filled);
          expect(after.status).not.toBe('unknown');
          if (before.status !== 'unknown') expect(after.status).toBe(before.status);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CrampsInput,
  computeCramps,
  crampsCriterionIds,
  crampsCriterionSpecs,
  parseCrampsInput,
} from './cramps.js';
import { CriteriaInputError } from './types.js';

const allMet: CrampsInput = {
  painfulHardening: true,
  duringTimeInBed: true,
  reliefByStretching: true,
  notBetterExplained: true,
};

describe('sleep-related leg cramps', () => {
  it('A-D met: criteria met', () => {
    const r = computeCramps(allMet);
    expect(r.status).toBe('met');
    expect(r.decisive).toBe(true);
    expect(r.clinicianSummary).toContain('met A, B, C, D');
  });

  it.each(crampsCriterionIds)('%s not met: not met', (id) => {
    expect(computeCramps({ ...allMet, [id]: false }).status).toBe('not_met');
  });

  it('A-C met, D not confirmed: unknown, and D is a clinician-confirmed item', () => {
    const r = computeCramps({ ...allMet, notBetterExplained: undefined });
    expect(r.status).toBe('unknown');
    expect(r.decisive).toBe(false);
    expect(crampsCriterionSpecs.notBetterExplained.clinicianConfirms).toBe(true);
    expect(crampsCriterionSpecs.notBetterExplained.label).toContain('a clinician confirms');
    // The doctor summary carries no developers' notes.
    expect(JSON.stringify(r)).not.toMatch(/unverified|not verified/i);
    expect(r.notes[0]).toContain('a clinician confirms');
    expect(r.patientSummary).toContain('rule out other causes');
  });

  it('typical cramp without relief by stretching is not met', () => {
    const r = computeCramps({ painfulHardening: true, duringTimeInBed: true, reliefByStretching: false });
    expect(r.status).toBe('not_met');
    expect(r.criteriaNotMet).toEqual(['reliefByStretching']);
  });
});

describe('parseCrampsInput', () => {
  it.each(crampsCriterionIds)('rejects a non-boolean %s', (id) => {
    expect(parseCrampsInput({ [id]: 0 })).toEqual({
      ok: false,
      errors: [{ field: id, message: 'must be true, false or null (unknown)' }],
    });
  });

  it('rejects unknown fields; compute refuses bad input', () => {
    expect(parseCrampsInput({ criterionE: true }).ok).toBe(false);
    expect(() => computeCramps({ painfulHardening: 'yes' } as unknown as CrampsInput)).toThrow(
      CriteriaInputError,
    );
  });
});

describe('cramps properties', () => {
  const tri = fc.constantFrom(true, false, undefined);
  it('met iff A-D all true', () => {
    fc.assert(
      fc.property(fc.tuple(tri, tri, tri, tri), (values) => {
        const input = Object.fromEntries(crampsCriterionIds.map((id, i) => [id, values[i]])) as CrampsInput;
        const r = computeCramps(input);
        expect(r.status === 'met').toBe(values.every((v) => v === true));
        expect(r.status === 'not_met').toBe(values.some((v) => v === false));
        expect(r.known.length).toBe(values.filter((v) => v !== undefined).length);
      }),
    );
  });
});

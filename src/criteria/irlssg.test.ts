import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeIrlssg,
  type IrlssgInput,
  irlssgCourse,
  irlssgCriterionIds,
  parseIrlssgInput,
} from './irlssg.js';
import { CriteriaInputError } from './types.js';

const allMet: IrlssgInput = {
  urgeToMove: true,
  worseAtRest: true,
  reliefByMovement: true,
  eveningOrNight: true,
  notSolelyAnotherCondition: true,
};

describe('IRLSSG 2012 essential criteria', () => {
  it('all five met: RLS criteria met and decisive', () => {
    const r = computeIrlssg(allMet);
    expect(r.status).toBe('met');
    expect(r.decisive).toBe(true);
    expect(r.criteriaMet).toEqual([...irlssgCriterionIds]);
    expect(r.coverage).toBe('IRLSSG: 5 of 5 criteria known');
  });

  it.each(irlssgCriterionIds)('%s not met: criteria not met', (id) => {
    const r = computeIrlssg({ ...allMet, [id]: false });
    expect(r.status).toBe('not_met');
    expect(r.criteriaNotMet).toEqual([id]);
    expect(r.decisive).toBe(false);
  });

  it('four classic criteria met but mimics not excluded: unknown, with the clinician named', () => {
    const r = computeIrlssg({ ...allMet, notSolelyAnotherCondition: undefined });
    expect(r.status).toBe('unknown');
    expect(r.criteriaUnknown).toEqual(['notSolelyAnotherCondition']);
    expect(r.patientSummary).toContain('a doctor needs to rule out other causes');
    expect(r.clinicianSummary).toContain('unknown 5');
    expect(r.notes[0]).toContain('84%');
  });

  it('one unmet criterion decides even when others are unknown', () => {
    expect(computeIrlssg({ urgeToMove: false }).status).toBe('not_met');
  });
});

describe('course specifier', () => {
  it('≥ 2 a week is chronic-persistent; just under 2 is not', () => {
    expect(irlssgCourse(2, undefined)).toBe('chronic_persistent');
    expect(irlssgCourse(1.99, 5)).toBe('intermittent');
  });

  it('< 2 a week needs ≥ 5 lifetime events for intermittent', () => {
    expect(irlssgCourse(1, 5)).toBe('intermittent');
    expect(irlssgCourse(1, 4)).toBe('neither');
    expect(irlssgCourse(1, undefined)).toBe('undetermined');
    expect(irlssgCourse(undefined, 20)).toBeNull();
  });

  it('is reported on the result when frequency is given', () => {
    const r = computeIrlssg({ ...allMet, episodesPerWeek: 3 });
    expect(r.course).toBe('chronic_persistent');
    expect(r.clinicianSummary).toContain('chronic-persistent');
    expect(computeIrlssg(allMet).course).toBeNull();
    expect(computeIrlssg({ ...allMet, episodesPerWeek: 0.5, lifetimeEpisodes: 12 }).course).toBe(
      'intermittent',
    );
  });
});

describe('parseIrlssgInput', () => {
  function fields(raw: unknown): string[] {
    const r = parseIrlssgInput(raw);
    return r.ok ? [] : r.errors.map((e) => e.field);
  }

  it.each(irlssgCriterionIds)('rejects a non-boolean %s', (id) => {
    expect(fields({ [id]: 'yes' })).toEqual([id]);
  });

  it('rejects bad frequencies', () => {
    for (const bad of [-1, 8, Number.NaN, '2'])
      expect(fields({ episodesPerWeek: bad })).toEqual(['episodesPerWeek']);
    for (const bad of [-1, 2.5, 'many'])
      expect(fields({ lifetimeEpisodes: bad })).toEqual(['lifetimeEpisodes']);
    expect(parseIrlssgInput({ lifetimeEpisodes: 2.5 })).toEqual({
      ok: false,
      errors: [{ field: 'lifetimeEpisodes', message: 'must be a whole number ≥ 0' }],
    });
  });

  it('rejects unknown fields and non-objects; compute refuses bad input', () => {
    expect(fields({ urge: true })).toEqual(['urge']);
    expect(fields(5)).toEqual(['input']);
    expect(() => computeIrlssg({ episodesPerWeek: -1 })).toThrow(CriteriaInputError);
  });
});

describe('IRLSSG properties', () => {
  const tri = fc.constantFrom(true, false, undefined);
  it('met iff all five true; a determined status survives filling the unknowns', () => {
    fc.assert(
      fc.property(
        fc.tuple(tri, tri, tri, tri, tri),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (values, fillers) => {
          const input = Object.fromEntries(irlssgCriterionIds.map((id, i) => [id, values[i]])) as IrlssgInput;
          const r = computeIrlssg(input);
          expect(r.status === 'met').toBe(values.every((v) => v === true));
          const filled = Object.fromEntries(
            irlssgCriterionIds.map((id, i) => [id, values[i] ?? fillers[i]]),
          ) as IrlssgInput;
          if (r.status !== 'unknown') expect(computeIrlssg(filled).status).toBe(r.status);
          expect(r.criteriaMet.length + r.criteriaNotMet.length + r.criteriaUnknown.length).toBe(5);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claudicationSeverities,
  computeFontaine,
  computeRutherford,
  type PadStageInput,
  parsePadStageInput,
  tissueLossExtents,
} from './pad-stage.js';
import { CriteriaInputError } from './types.js';

const none = { claudication: false, restPain: false, tissueLoss: false } as const;

describe('Fontaine stage', () => {
  it.each([
    [{ ...none }, 'I'],
    [{ ...none, claudication: true, claudicationDistanceM: 500 }, 'IIa'],
    [{ ...none, claudication: true, claudicationDistanceM: 201 }, 'IIa'],
    [{ ...none, claudication: true, claudicationDistanceM: 199 }, 'IIb'],
    [{ ...none, claudication: true, claudicationDistanceM: 50 }, 'IIb'],
    [{ ...none, restPain: true }, 'III'],
    [{ ...none, tissueLoss: true }, 'IV'],
    [{ claudication: true, claudicationDistanceM: 50, restPain: true, tissueLoss: true }, 'IV'],
  ] as [PadStageInput, string][])('%o → %s', (input, stage) => {
    const r = computeFontaine(input);
    expect(r.stage).toBe(stage);
    expect(r.possibleStages).toEqual([stage]);
  });

  it('stages exactly 200 m as IIb (the published bands leave it open)', () => {
    const r = computeFontaine({ ...none, claudication: true, claudicationDistanceM: 200 });
    expect(r.stage).toBe('IIb');
    expect(r.notes.join(' ')).toContain('exactly 200 m');
  });

  it('supports the 150 m variant cut-off', () => {
    const input = { ...none, claudication: true, claudicationDistanceM: 180 };
    expect(computeFontaine(input).stage).toBe('IIb');
    const variant = computeFontaine({ ...input, fontaineCutoffM: 150 });
    expect(variant.stage).toBe('IIa');
    expect(variant.cutoffM).toBe(150);
    expect(variant.sources).toContain('S32');
  });

  it('a walking distance implies claudication', () => {
    expect(computeFontaine({ restPain: false, tissueLoss: false, claudicationDistanceM: 100 }).stage).toBe(
      'IIb',
    );
  });

  it('claudication without a distance is IIa or IIb', () => {
    const r = computeFontaine({ ...none, claudication: true });
    expect(r.stage).toBe('undetermined');
    expect(r.possibleStages).toEqual(['IIa', 'IIb']);
    expect(r.decisive).toBe(false);
  });

  it('rest pain with tissue loss unknown is at least III: decisive', () => {
    const r = computeFontaine({ restPain: true });
    expect(r.possibleStages).toEqual(['III', 'IV']);
    expect(r.stage).toBe('undetermined');
    expect(r.decisive).toBe(true);
    expect(r.patientSummary).toContain('at least stage III');
  });

  it('nothing known: every stage possible', () => {
    const r = computeFontaine({});
    expect(r.possibleStages).toEqual(['I', 'IIa', 'IIb', 'III', 'IV']);
    expect(r.coverage).toBe('Fontaine: 0 of 4 items known');
  });

  it('says staging presumes PAD', () => {
    expect(computeFontaine({ restPain: true, tissueLoss: false }).clinicianSummary).toContain('presumes PAD');
  });
});

describe('Rutherford category', () => {
  it.each([
    [{ ...none }, 0],
    [{ ...none, claudicationSeverity: 'mild' }, 1],
    [{ ...none, claudication: true, claudicationSeverity: 'moderate' }, 2],
    [{ ...none, claudication: true, claudicationSeverity: 'severe' }, 3],
    [{ ...none, restPain: true }, 4],
    [{ ...none, tissueLoss: true, tissueLossExtent: 'minor' }, 5],
    [{ claudication: false, restPain: false, tissueLossExtent: 'major' }, 6],
  ] as [PadStageInput, number][])('%o → %i', (input, category) => {
    const r = computeRutherford({ ...input, ...(input.claudicationSeverity ? { claudication: true } : {}) });
    expect(r.category).toBe(category);
    expect(r.possibleCategories).toEqual([category]);
  });

  it('grades: 1-3 I, 4 II, 5 III, 6 III or IV', () => {
    expect(computeRutherford({ ...none, claudication: true, claudicationSeverity: 'severe' }).grade).toBe(
      'I',
    );
    expect(computeRutherford({ ...none, restPain: true }).grade).toBe('II');
    expect(computeRutherford({ tissueLoss: true, tissueLossExtent: 'minor' }).grade).toBe('III');
    expect(computeRutherford({ tissueLossExtent: 'major' }).grade).toBe('III (some sources IV)');
  });

  it('tissue loss of unknown extent is 5 or 6, and decisive', () => {
    const r = computeRutherford({ tissueLoss: true });
    expect(r.category).toBe('undetermined');
    expect(r.possibleCategories).toEqual([5, 6]);
    expect(r.grade).toBeNull();
    expect(r.decisive).toBe(true);
  });

  it('claudication of unknown severity is 1, 2 or 3, not decisive', () => {
    const r = computeRutherford({ ...none, claudication: true });
    expect(r.possibleCategories).toEqual([1, 2, 3]);
    expect(r.decisive).toBe(false);
  });

  it('category 4 with rest pain, 4 is the lowest possible when tissue loss unknown', () => {
    const r = computeRutherford({ restPain: true, claudication: false });
    expect(r.possibleCategories).toEqual([4, 5, 6]);
    expect(r.decisive).toBe(true);
  });
});

describe('parsePadStageInput', () => {
  function fields(raw: unknown): string[] {
    const r = parsePadStageInput(raw);
    return r.ok ? [] : r.errors.map((e) => e.field);
  }

  it('accepts a full input', () => {
    const input = {
      claudication: true,
      claudicationDistanceM: 150,
      claudicationSeverity: 'moderate',
      restPain: false,
      tissueLoss: true,
      tissueLossExtent: 'minor',
      fontaineCutoffM: 150,
    };
    expect(parsePadStageInput(input)).toEqual({ ok: true, value: input });
  });

  it('rejects bad values for every field', () => {
    expect(fields({ claudication: 'yes' })).toEqual(['claudication']);
    expect(fields({ restPain: 1 })).toEqual(['restPain']);
    expect(fields({ tissueLoss: 'gangrene' })).toEqual(['tissueLoss']);
    for (const bad of [-1, Number.NaN, '200', 1e9])
      expect(fields({ claudicationDistanceM: bad })).toEqual(['claudicationDistanceM']);
    expect(fields({ claudicationSeverity: 'extreme' })).toEqual(['claudicationSeverity']);
    expect(fields({ tissueLossExtent: 'huge' })).toEqual(['tissueLossExtent']);
    for (const bad of [0, -150, 'x']) expect(fields({ fontaineCutoffM: bad })).toEqual(['fontaineCutoffM']);
    expect(fields({ walkingDistance: 100 })).toEqual(['walkingDistance']);
    expect(fields([])).toEqual(['input']);
  });

  it('rejects contradictions', () => {
    expect(fields({ claudication: false, claudicationDistanceM: 100 })).toEqual(['claudicationDistanceM']);
    expect(fields({ claudication: false, claudicationSeverity: 'mild' })).toEqual(['claudicationSeverity']);
    expect(fields({ tissueLoss: false, tissueLossExtent: 'major' })).toEqual(['tissueLossExtent']);
  });

  it('compute refuses invalid input', () => {
    expect(() => computeFontaine({ claudicationDistanceM: -5 })).toThrow(CriteriaInputError);
    expect(() => computeRutherford({ tissueLoss: false, tissueLossExtent: 'major' })).toThrow(
      CriteriaInputError,
    );
  });
});

describe('PAD stage properties', () => {
  const tri = fc.constantFrom(true, false, undefined);
  const input = fc
    .record({
      claudication: tri,
      claudicationDistanceM: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
      claudicationSeverity: fc.option(fc.constantFrom(...claudicationSeverities), { nil: undefined }),
      restPain: tri,
      tissueLoss: tri,
      tissueLossExtent: fc.option(fc.constantFrom(...tissueLossExtents), { nil: undefined }),
    })
    .filter((i) => parsePadStageInput(i).ok);

  it('knowing more never widens the possible stages, and a fully known input has one stage', () => {
    fc.assert(
      fc.property(input, fc.boolean(), fc.boolean(), fc.boolean(), (i, c, r, t) => {
        const before = computeFontaine(i);
        const filled = {
          ...i,
          claudication:
            i.claudication ??
            (i.claudicationDistanceM !== undefined || i.claudicationSeverity !== undefined ? true : c),
          restPain: i.restPain ?? r,
          tissueLoss: i.tissueLoss ?? (i.tissueLossExtent !== undefined ? true : t),
        };
        const after = computeFontaine(filled);
        for (const s of after.possibleStages) expect(before.possibleStages).toContain(s);
        const rBefore = computeRutherford(i);
        const rAfter = computeRutherford(filled);
        for (const s of rAfter.possibleCategories) expect(rBefore.possibleCategories).toContain(s);
        if (filled.claudicationDistanceM !== undefined || !filled.claudication) {
          expect(after.stage).not.toBe('undetermined');
        }
      }),
    );
  });

  it('Fontaine III-IV go with Rutherford 4-6', () => {
    fc.assert(
      fc.property(input, (i) => {
        const f = computeFontaine(i);
        const r = computeRutherford(i);
        if (f.stage === 'III' || f.stage === 'IV') {
          for (const c of r.possibleCategories) expect(c).toBeGreaterThanOrEqual(4);
        }
        expect(f.decisive).toBe(r.decisive);
      }),
    );
  });
});

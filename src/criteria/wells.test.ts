import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CriteriaInputError } from './types.js';
import {
  computeWells,
  parseWellsInput,
  type WellsInput,
  wellsItemIds,
  wellsItemSpecs,
  wellsThreeLevelBand,
  wellsTwoLevelBand,
} from './wells.js';

/** A fully known input with the given items present and all others absent. */
function known(...present: (typeof wellsItemIds)[number][]): WellsInput {
  return Object.fromEntries(wellsItemIds.map((id) => [id, present.includes(id)]));
}

function fullScore(input: WellsInput): number {
  return wellsItemIds.reduce((sum, id) => sum + (input[id] ? wellsItemSpecs[id].points : 0), 0);
}

describe('Wells items', () => {
  it('has nine +1 items and one −2 item', () => {
    const points = wellsItemIds.map((id) => wellsItemSpecs[id].points);
    expect(points.filter((p) => p === 1)).toHaveLength(9);
    expect(wellsItemSpecs.alternativeDiagnosisAsLikely.points).toBe(-2);
  });

  it('marks the examination items and the alternative diagnosis as clinician-confirmed', () => {
    const confirmed = wellsItemIds.filter((id) => wellsItemSpecs[id].clinicianConfirms);
    expect(confirmed).toEqual([
      'deepVeinTenderness',
      'entireLegSwollen',
      'calfSwelling',
      'pittingOedema',
      'collateralVeins',
      'alternativeDiagnosisAsLikely',
    ]);
  });
});

describe('Wells bands at every threshold', () => {
  it('two-level: 1 is unlikely, 2 is likely', () => {
    expect(wellsTwoLevelBand(1)).toBe('unlikely');
    expect(wellsTwoLevelBand(2)).toBe('likely');
  });

  it('three-level: 0 is low, 1 moderate, 2 moderate, 3 high', () => {
    expect(wellsThreeLevelBand(0)).toBe('low');
    expect(wellsThreeLevelBand(1)).toBe('moderate');
    expect(wellsThreeLevelBand(2)).toBe('moderate');
    expect(wellsThreeLevelBand(3)).toBe('high');
    expect(wellsThreeLevelBand(-2)).toBe('low');
  });

  it('score 1 vs 2 through computeWells', () => {
    const one = computeWells(known('activeCancer'));
    const two = computeWells(known('activeCancer', 'previousDvt'));
    expect([one.score, one.twoLevel.band, one.threeLevel.band]).toEqual([1, 'unlikely', 'moderate']);
    expect([two.score, two.twoLevel.band, two.threeLevel.band]).toEqual([2, 'likely', 'moderate']);
    expect(one.decisive).toBe(false);
    expect(two.decisive).toBe(true);
  });

  it('score 0 vs 1 and 2 vs 3 through computeWells', () => {
    expect(computeWells(known()).threeLevel.band).toBe('low');
    expect(computeWells(known('pittingOedema')).threeLevel.band).toBe('moderate');
    expect(computeWells(known('pittingOedema', 'calfSwelling')).threeLevel.band).toBe('moderate');
    const three = computeWells(known('pittingOedema', 'calfSwelling', 'entireLegSwollen'));
    expect(three.threeLevel).toMatchObject({ band: 'high', possibleBands: ['high'] });
    expect(three.threeLevel.risk).toContain('53%');
  });

  it('published risks travel with the band', () => {
    const low = computeWells(known());
    expect(low.threeLevel.risk).toContain('5%');
    expect(low.twoLevel.risk).toContain('under 15%');
    expect(computeWells(known('activeCancer')).threeLevel.risk).toContain('17%');
    expect(computeWells(known('activeCancer', 'previousDvt')).twoLevel.risk).toContain('30-40%');
  });
});

describe('Wells worked examples', () => {
  it('cancer, calf swelling and pitting oedema with no likelier alternative: 3, high and likely', () => {
    const r = computeWells(known('activeCancer', 'calfSwelling', 'pittingOedema'));
    expect(r).toMatchObject({ score: 3, minScore: 3, maxScore: 3, decisive: true });
    expect(r.twoLevel.band).toBe('likely');
    expect(r.threeLevel.band).toBe('high');
    expect(r.coverage).toBe('Wells: 10 of 10 items known');
    expect(r.notes.join(' ')).toContain('2.2%');
    expect(r.sources).toContain('S7');
  });

  it('the same leg with an alternative diagnosis at least as likely: 1, moderate and unlikely', () => {
    const r = computeWells(
      known('activeCancer', 'calfSwelling', 'pittingOedema', 'alternativeDiagnosisAsLikely'),
    );
    expect(r.score).toBe(1);
    expect(r.twoLevel.band).toBe('unlikely');
    expect(r.threeLevel.band).toBe('moderate');
    expect(r.reasons).toContain('Alternative diagnosis at least as likely as DVT: -2');
  });

  it('only an alternative diagnosis: −2, low', () => {
    const r = computeWells(known('alternativeDiagnosisAsLikely'));
    expect(r.score).toBe(-2);
    expect(r.threeLevel.band).toBe('low');
  });
});

describe('Wells with unknown items', () => {
  it('all unknown: score 0, range −2 to 9, every band possible', () => {
    const r = computeWells({});
    expect([r.score, r.minScore, r.maxScore]).toEqual([0, -2, 9]);
    expect(r.twoLevel).toMatchObject({
      band: 'undetermined',
      possibleBands: ['unlikely', 'likely'],
      risk: null,
    });
    expect(r.threeLevel.possibleBands).toEqual(['low', 'moderate', 'high']);
    expect(r.coverage).toBe('Wells: 0 of 10 items known');
    expect(r.known).toEqual([]);
    expect(r.missing).toHaveLength(10);
    expect(r.decisive).toBe(false);
  });

  it('is decisive only when the minimum possible score is ≥ 2', () => {
    const four = { activeCancer: true, paralysisOrCast: true, bedriddenOrSurgery: true, previousDvt: true };
    const r = computeWells(four);
    expect(r.minScore).toBe(2);
    expect(r.twoLevel.band).toBe('likely');
    expect(r.decisive).toBe(true);
    const three = computeWells({ activeCancer: true, paralysisOrCast: true, bedriddenOrSurgery: true });
    expect(three.minScore).toBe(1);
    expect(three.twoLevel.band).toBe('undetermined');
    expect(three.decisive).toBe(false);
  });

  it('is unlikely whatever the unknowns when the maximum possible score is ≤ 1', () => {
    const r = computeWells({
      ...known('activeCancer'),
      pittingOedema: undefined,
      alternativeDiagnosisAsLikely: undefined,
    });
    expect([r.minScore, r.maxScore]).toEqual([-1, 2]);
    const settled = computeWells({
      ...known(),
      pittingOedema: undefined,
      alternativeDiagnosisAsLikely: true,
    });
    expect(settled.maxScore).toBe(-1);
    expect(settled.twoLevel.band).toBe('unlikely');
    expect(settled.patientSummary).toContain('at most -1 point');
  });

  it('says in the patient summary that a clinician must examine the leg', () => {
    expect(computeWells({}).patientSummary).toMatch(/doctor/);
    expect(computeWells({}).notes[0]).toMatch(/confirmed by a clinician/);
  });
});

describe('parseWellsInput', () => {
  it('accepts true, false, null and absent', () => {
    const r = parseWellsInput({ activeCancer: true, previousDvt: false, pittingOedema: null });
    expect(r).toEqual({ ok: true, value: { activeCancer: true, previousDvt: false } });
  });

  it.each(wellsItemIds)('rejects a non-boolean %s', (id) => {
    for (const bad of ['yes', 1, 0, Number.NaN, {}, []]) {
      const r = parseWellsInput({ [id]: bad });
      expect(r).toEqual({
        ok: false,
        errors: [{ field: id, message: 'must be true, false or null (unknown)' }],
      });
    }
  });

  it('rejects unknown fields and non-objects', () => {
    const r = parseWellsInput({ activeCancr: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('activeCancr');
    for (const bad of [null, undefined, 'x', 3, [true]]) {
      expect(parseWellsInput(bad)).toEqual({
        ok: false,
        errors: [{ field: 'input', message: 'must be an object' }],
      });
    }
  });

  it('computeWells refuses input that parse rejects', () => {
    expect(() => computeWells({ activeCancer: 'yes' } as unknown as WellsInput)).toThrow(CriteriaInputError);
  });
});

describe('Wells properties', () => {
  const tri = fc.constantFrom(true, false, undefined);
  const input = fc.record(
    Object.fromEntries(wellsItemIds.map((id) => [id, tri])) as Record<string, typeof tri>,
  );

  it('score lies in [min, max] and every completion of the unknowns scores within it', () => {
    fc.assert(
      fc.property(input, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (raw, fillers) => {
        const wells = raw as WellsInput;
        const r = computeWells(wells);
        expect(r.minScore).toBeLessThanOrEqual(r.score);
        expect(r.score).toBeLessThanOrEqual(r.maxScore);
        const completed = Object.fromEntries(
          wellsItemIds.map((id, i) => [id, wells[id] ?? fillers[i]]),
        ) as WellsInput;
        const s = fullScore(completed);
        expect(s).toBeGreaterThanOrEqual(r.minScore);
        expect(s).toBeLessThanOrEqual(r.maxScore);
        if (r.twoLevel.band !== 'undetermined') expect(wellsTwoLevelBand(s)).toBe(r.twoLevel.band);
        if (r.threeLevel.band !== 'undetermined') expect(wellsThreeLevelBand(s)).toBe(r.threeLevel.band);
        if (r.decisive) expect(wellsTwoLevelBand(s)).toBe('likely');
        expect(r.known.length + r.missing.length).toBe(10);
      }),
    );
  });

  it('min and max are attained by some completion', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const wells = raw as WellsInput;
        const r = computeWells(wells);
        const low = Object.fromEntries(
          wellsItemIds.map((id) => [id, wells[id] ?? wellsItemSpecs[id].points < 0]),
        );
        const high = Object.fromEntries(
          wellsItemIds.map((id) => [id, wells[id] ?? wellsItemSpecs[id].points > 0]),
        );
        expect(fullScore(low)).toBe(r.minScore);
        expect(fullScore(high)).toBe(r.maxScore);
      }),
    );
  });
});

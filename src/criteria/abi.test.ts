import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AbiBand,
  type AbiInput,
  abiBand,
  computeAbi,
  parseAbiInput,
  roundedRatio,
  tbiAbnormal,
} from './abi.js';
import { CriteriaInputError } from './types.js';

/** ABI of a left leg with one ankle pressure against arms of `arm` mmHg. */
function left(ankle: number, arm = 100, extra: Partial<AbiInput> = {}) {
  const r = computeAbi({
    arm: { left: arm, right: arm },
    ankle: { left: { dorsalisPedis: ankle } },
    ...extra,
  });
  return r.sides[0] as (typeof r.sides)[number];
}

function errorsOf(raw: unknown) {
  const r = parseAbiInput(raw);
  return r.ok ? [] : r.errors;
}

const valid = {
  arm: { left: 120, right: 130 },
  ankle: {
    left: { dorsalisPedis: 110, posteriorTibial: 120 },
    right: { dorsalisPedis: 125, posteriorTibial: 140 },
  },
};

describe('ABI bands at every boundary (2016 AHA/ACC)', () => {
  it.each([
    [90, 0.9, 'pad'],
    [91, 0.91, 'borderline'],
    [99, 0.99, 'borderline'],
    [100, 1.0, 'normal'],
    [140, 1.4, 'normal'],
    [141, 1.41, 'non_compressible'],
  ] as const)('ankle %i / arm 100 → ABI %f, %s', (ankle, abi, band) => {
    const side = left(ankle);
    expect(side.abi).toBe(abi);
    expect(side.band).toBe(band);
  });

  it('rounds half up to 2 decimals before banding (0.904 / 0.905, 1.404 / 1.405)', () => {
    expect(left(180.8, 200)).toMatchObject({ abi: 0.9, band: 'pad' });
    expect(left(181, 200)).toMatchObject({ abi: 0.91, band: 'borderline' });
    expect(left(199, 200)).toMatchObject({ abi: 1.0, band: 'normal' }); // 0.995 → 1.00
    expect(left(280.8, 200)).toMatchObject({ abi: 1.4, band: 'normal' });
    expect(left(281, 200)).toMatchObject({ abi: 1.41, band: 'non_compressible' });
    expect(left(181, 200).abiUnrounded).toBeCloseTo(0.905, 10);
  });

  it('abiBand on 2-decimal values', () => {
    const cases: [number, AbiBand][] = [
      [0, 'pad'],
      [0.9, 'pad'],
      [0.91, 'borderline'],
      [0.99, 'borderline'],
      [1, 'normal'],
      [1.4, 'normal'],
      [1.41, 'non_compressible'],
    ];
    for (const [abi, band] of cases) expect(abiBand(abi)).toBe(band);
  });
});

describe('ABI method', () => {
  it('uses the higher ankle artery of each leg and the higher arm', () => {
    const r = computeAbi(valid);
    expect(r.armPressure).toBe(130);
    expect(r.armUsed).toBe('right');
    const [l, rt] = r.sides;
    expect(l).toMatchObject({
      side: 'left',
      anklePressure: 120,
      ankleArtery: 'posteriorTibial',
      abi: 0.92,
      band: 'borderline',
    });
    expect(rt).toMatchObject({ side: 'right', anklePressure: 140, abi: 1.08, band: 'normal' });
    expect(r.pad).toBe(false);
    expect(r.decisive).toBe(false);
    expect(r.coverage).toBe('ABI: 6 of 8 pressures known');
  });

  it('worked example: DP 80, PT 90, arms 120 and 130 → 90/130 = 0.69, PAD', () => {
    const r = computeAbi({
      arm: { left: 120, right: 130 },
      ankle: { right: { dorsalisPedis: 80, posteriorTibial: 90 } },
    });
    expect(r.sides).toHaveLength(1);
    expect(r.sides[0]).toMatchObject({ side: 'right', abi: 0.69, band: 'pad', pad: true, severe: false });
    expect(r.pad).toBe(true);
    expect(r.decisive).toBe(true);
    expect(r.patientSummary).toContain('peripheral artery disease');
    expect(r.clinicianSummary).toContain('0.69 = 90/130');
  });

  it('an unrecordable ankle pressure (0 mmHg) is ABI 0.00, PAD and severe', () => {
    expect(left(0)).toMatchObject({ abi: 0, band: 'pad', severe: true });
  });

  it('notes when only one ankle artery was measured', () => {
    const r = computeAbi({ arm: { left: 100, right: 100 }, ankle: { left: { posteriorTibial: 95 } } });
    expect(r.sides[0]?.bothAnkleArteries).toBe(false);
    expect(r.notes.join(' ')).toContain('underestimated');
  });
});

describe('severe threshold (configurable, default 0.40)', () => {
  it('is strictly below the threshold', () => {
    expect(left(39).severe).toBe(true);
    expect(left(40).severe).toBe(false);
  });

  it('can be configured, and the note says it is not standard', () => {
    expect(left(45, 100, { severeBelow: 0.5 }).severe).toBe(true);
    const r = computeAbi({ ...valid, severeBelow: 0.5 });
    expect(r.severeBelow).toBe(0.5);
    expect(r.notes.join(' ')).toContain('not a guideline-standard band');
  });
});

describe('TBI', () => {
  it('0.70 is abnormal, 0.71 is normal', () => {
    expect(left(150, 100, { toe: { left: 70 } })).toMatchObject({ tbi: 0.7, tbiAbnormal: true });
    expect(left(150, 100, { toe: { left: 71 } })).toMatchObject({ tbi: 0.71, tbiAbnormal: false });
    expect(tbiAbnormal(0.7)).toBe(true);
    expect(tbiAbnormal(0.71)).toBe(false);
    expect(roundedRatio(141, 200)).toBe(0.71); // 0.705 rounds up
  });

  it('non-compressible ABI: PAD undetermined without TBI, decided by TBI when given', () => {
    const noToe = computeAbi({ arm: { left: 100, right: 100 }, ankle: { left: { dorsalisPedis: 160 } } });
    expect(noToe.sides[0]).toMatchObject({ band: 'non_compressible', pad: null });
    expect(noToe.pad).toBeNull();
    expect(noToe.notes.join(' ')).toContain('cannot show or exclude PAD');
    expect(left(160, 100, { toe: { left: 60 } }).pad).toBe(true);
    expect(left(160, 100, { toe: { left: 90 } }).pad).toBe(false);
  });

  it('a toe pressure alone gives a TBI side without an ABI', () => {
    const r = computeAbi({
      arm: { left: 100, right: 100 },
      ankle: { left: { dorsalisPedis: 100 } },
      toe: { right: 50 },
    });
    expect(r.sides.map((s) => s.side)).toEqual(['left', 'right']);
    expect(r.sides[1]).toMatchObject({ abi: null, band: null, tbi: 0.5, tbiAbnormal: true, pad: true });
    expect(r.sources).toContain('S28');
  });
});

describe('CLTI haemodynamic ranges (PARC)', () => {
  it('ankle < 50 mmHg is in the rest-pain range', () => {
    expect(left(45)).toMatchObject({ belowRestPainThreshold: true, belowTissueLossThreshold: true });
  });

  it('ankle 60 and toe 40: tissue-loss range but not rest-pain range', () => {
    expect(left(60, 100, { toe: { left: 40 } })).toMatchObject({
      belowRestPainThreshold: false,
      belowTissueLossThreshold: true,
    });
  });

  it('is left open when a missing toe pressure could still be low', () => {
    expect(left(120)).toMatchObject({ belowRestPainThreshold: null, belowTissueLossThreshold: null });
  });

  it('ignores a non-compressible ankle pressure', () => {
    expect(left(160, 100, { toe: { left: 25 } }).belowRestPainThreshold).toBe(true);
    expect(left(160, 100).belowRestPainThreshold).toBeNull();
  });
});

describe('parseAbiInput', () => {
  it('accepts valid input and returns it typed', () => {
    expect(parseAbiInput(valid)).toEqual({ ok: true, value: valid });
  });

  it('zero, negative, NaN, infinite and string arm pressures', () => {
    for (const bad of [0, -120, Number.NaN, Number.POSITIVE_INFINITY, '120', true]) {
      expect(errorsOf({ ...valid, arm: { left: bad, right: 120 } })).toEqual([
        { field: 'arm.left', message: 'must be a positive number (mmHg)' },
      ]);
      expect(errorsOf({ ...valid, arm: { left: 120, right: bad } })).toEqual([
        { field: 'arm.right', message: 'must be a positive number (mmHg)' },
      ]);
    }
  });

  it('missing arms and missing arm sides', () => {
    expect(errorsOf({ ankle: valid.ankle }).map((e) => e.field)).toEqual(['arm']);
    expect(errorsOf({ ...valid, arm: { left: 120 } })).toEqual([
      { field: 'arm.right', message: 'is required and must be a positive number (mmHg)' },
    ]);
    expect(errorsOf({ ...valid, arm: {} }).map((e) => e.field)).toEqual(['arm.left', 'arm.right']);
    expect(errorsOf({ ...valid, arm: [120, 130] }).map((e) => e.field)).toEqual(['arm']);
  });

  it.each(['dorsalisPedis', 'posteriorTibial'])('bad ankle %s on each side', (artery) => {
    for (const side of ['left', 'right']) {
      for (const bad of [-1, Number.NaN, '90', 401]) {
        const errors = errorsOf({ ...valid, ankle: { ...valid.ankle, [side]: { [artery]: bad } } });
        expect(errors.map((e) => e.field)).toEqual([`ankle.${side}.${artery}`]);
      }
    }
  });

  it('missing ankles, empty ankle sides and unknown ankle sides', () => {
    expect(errorsOf({ arm: valid.arm }).map((e) => e.field)).toEqual(['ankle']);
    expect(errorsOf({ ...valid, ankle: {} })).toEqual([
      { field: 'ankle', message: 'needs pressures for at least one leg (left and/or right)' },
    ]);
    expect(errorsOf({ ...valid, ankle: { left: {} } })).toEqual([
      { field: 'ankle.left', message: 'needs dorsalisPedis and/or posteriorTibial (mmHg)' },
    ]);
    expect(errorsOf({ ...valid, ankle: { middle: { dorsalisPedis: 100 } } }).map((e) => e.field)).toContain(
      'ankle.middle',
    );
    expect(errorsOf({ ...valid, ankle: { left: 100 } })).toEqual([
      { field: 'ankle.left', message: 'must be an object' },
    ]);
  });

  it('bad toe pressures', () => {
    expect(errorsOf({ ...valid, toe: { left: -5 } })).toEqual([
      { field: 'toe.left', message: 'must be a number ≥ 0 (mmHg)' },
    ]);
    expect(errorsOf({ ...valid, toe: { right: 'low' } }).map((e) => e.field)).toEqual(['toe.right']);
    expect(errorsOf({ ...valid, toe: 50 }).map((e) => e.field)).toEqual(['toe']);
  });

  it('implausibly high pressures', () => {
    expect(errorsOf({ ...valid, arm: { left: 500, right: 120 } })).toEqual([
      { field: 'arm.left', message: 'must be at most 400 mmHg' },
    ]);
  });

  it('bad severe threshold', () => {
    for (const bad of [0, -0.4, 0.95, '0.4', Number.NaN]) {
      expect(errorsOf({ ...valid, severeBelow: bad }).map((e) => e.field)).toEqual(['severeBelow']);
    }
  });

  it('unknown top-level fields and non-objects', () => {
    expect(errorsOf({ ...valid, brachial: 120 }).map((e) => e.field)).toEqual(['brachial']);
    expect(errorsOf('120/80')).toEqual([{ field: 'input', message: 'must be an object' }]);
  });

  it('reports every error at once', () => {
    const errors = errorsOf({
      arm: { left: 0, right: -1 },
      ankle: { left: { dorsalisPedis: 'x' } },
      toe: { left: -1 },
    });
    expect(errors.map((e) => e.field)).toEqual([
      'arm.left',
      'arm.right',
      'ankle.left.dorsalisPedis',
      'toe.left',
    ]);
  });

  it('computeAbi refuses a zero arm pressure', () => {
    expect(() => computeAbi({ arm: { left: 0, right: 0 }, ankle: { left: { dorsalisPedis: 90 } } })).toThrow(
      CriteriaInputError,
    );
  });
});

describe('ABI properties', () => {
  const rank: Record<AbiBand, number> = { pad: 0, borderline: 1, normal: 2, non_compressible: 3 };
  const arm = fc.integer({ min: 40, max: 300 });
  const pressure = fc.double({ min: 0, max: 400, noNaN: true });

  it('band is monotone in ankle pressure', () => {
    fc.assert(
      fc.property(arm, pressure, pressure, (a, p, q) => {
        const [lo, hi] = p <= q ? [p, q] : [q, p];
        expect(rank[left(lo, a).band as AbiBand]).toBeLessThanOrEqual(rank[left(hi, a).band as AbiBand]);
      }),
    );
  });

  it('the banded ABI is within 0.005 of the exact ratio', () => {
    fc.assert(
      fc.property(arm, pressure, (a, p) => {
        const side = left(p, a);
        expect(Math.abs((side.abi as number) - p / a)).toBeLessThanOrEqual(0.005 + 1e-12);
      }),
    );
  });

  it('parse accepts every generated valid input and compute never throws on it', () => {
    const opt = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined });
    fc.assert(
      fc.property(arm, arm, opt, opt, opt, (l, r, dp, pt, toe) => {
        fc.pre(dp !== undefined || pt !== undefined);
        const ankleLeft = {
          ...(dp === undefined ? {} : { dorsalisPedis: dp }),
          ...(pt === undefined ? {} : { posteriorTibial: pt }),
        };
        const input = {
          arm: { left: l, right: r },
          ankle: { left: ankleLeft },
          ...(toe === undefined ? {} : { toe: { left: toe } }),
        };
        const parsed = parseAbiInput(input);
        expect(parsed.ok).toBe(true);
        expect(computeAbi(input).sides).toHaveLength(1);
      }),
    );
  });
});

import { coverageOf, formatNumber, makeItem, uniqueSources } from './shared.js';
import {
  type Citation,
  CriteriaInputError,
  type FieldError,
  type ParseResult,
  type ResultBase,
} from './types.js';
import { finish, type NumberRule, readNumber, readObject } from './validate.js';

/**
 * Ankle-brachial index per leg (2016 AHA/ACC, clinical.md §2.1): the higher of the dorsalis pedis and
 * posterior tibial pressures of that leg over the higher of the two arm pressures. Toe-brachial index
 * (§2.2) where a toe pressure is given.
 *
 * Rounding: the ratio is rounded to 2 decimals (half up) before banding, because the guideline bands are
 * written to 2 decimals (≤ 0.90, 0.91-0.99, 1.00-1.40, > 1.40) and leave gaps (0.905, 1.405) that only
 * make sense for 2-decimal values. So 0.904 → 0.90 (PAD), 0.905 → 0.91 (borderline), 1.404 → 1.40 (normal),
 * 1.405 → 1.41 (non-compressible). TBI is rounded the same way before its ≤ 0.70 cut-off.
 */

export type Side = 'left' | 'right';
export const sides: readonly Side[] = ['left', 'right'];

export interface AnklePressures {
  /** Dorsalis pedis systolic pressure, mmHg (0 = no signal). */
  readonly dorsalisPedis?: number;
  /** Posterior tibial systolic pressure, mmHg (0 = no signal). */
  readonly posteriorTibial?: number;
}

export interface AbiInput {
  /** Brachial systolic pressures of both arms, mmHg; the higher is the denominator. */
  readonly arm: { readonly left: number; readonly right: number };
  /** Ankle pressures per leg; at least one leg. */
  readonly ankle: { readonly left?: AnklePressures; readonly right?: AnklePressures };
  /** Great-toe systolic pressures, mmHg, for the toe-brachial index. */
  readonly toe?: { readonly left?: number; readonly right?: number };
  /** An ABI below this is flagged severe. Default 0.40; not a guideline-standard band (clinical.md §2.1). */
  readonly severeBelow?: number;
}

export const defaultSevereBelow = 0.4;
/** Upper plausibility bound for any pressure (an input check, not a clinical threshold). */
export const maxPressure = 400;
/** TBI at or below this is abnormal (AHA/ACC 2016). */
export const tbiAbnormalAtOrBelow = 0.7;
/**
 * PARC haemodynamic thresholds for chronic critical ischaemia (mmHg, strictly below), clinical.md §2.2.
 * Ankle pressure is not used when the ankle arteries are non-compressible (ABI > 1.40).
 */
export const perfusionThresholds = {
  restPain: { ankle: 50, toe: 30 },
  tissueLoss: { ankle: 70, toe: 50 },
} as const;

export type AbiBand = 'non_compressible' | 'normal' | 'borderline' | 'pad';

export const abiBands: Readonly<Record<AbiBand, { range: string; meaning: string; plain: string }>> = {
  non_compressible: {
    range: '> 1.40',
    meaning: 'non-compressible (calcified) arteries; ABI unreliable, measure TBI',
    plain: 'stiff arteries that the cuff cannot squeeze, so this reading cannot be relied on',
  },
  normal: { range: '1.00-1.40', meaning: 'normal', plain: 'normal' },
  borderline: { range: '0.91-0.99', meaning: 'borderline', plain: 'borderline' },
  pad: {
    range: '≤ 0.90',
    meaning: 'abnormal, diagnostic of PAD',
    plain: 'narrowed leg arteries (peripheral artery disease)',
  },
};

/** Ratio rounded to 2 decimals, half up, computed as round(100 · num / den) / 100 to limit float error. */
export function roundedRatio(numerator: number, denominator: number): number {
  return Math.round((numerator * 100) / denominator) / 100;
}

/** Band of a 2-decimal ABI (other values are rounded to 2 decimals first). */
export function abiBand(abi: number): AbiBand {
  const hundredths = Math.round(abi * 100);
  if (hundredths > 140) return 'non_compressible';
  if (hundredths >= 100) return 'normal';
  if (hundredths >= 91) return 'borderline';
  return 'pad';
}

export function tbiAbnormal(tbi: number): boolean {
  return Math.round(tbi * 100) <= Math.round(tbiAbnormalAtOrBelow * 100);
}

export interface AbiSideResult {
  readonly side: Side;
  /** Higher of the given ankle pressures, mmHg; null when no ankle pressure for this leg. */
  readonly anklePressure: number | null;
  readonly ankleArtery: 'dorsalisPedis' | 'posteriorTibial' | null;
  /** Both ankle arteries measured; with only one, the ABI may be underestimated. */
  readonly bothAnkleArteries: boolean;
  /** ABI rounded to 2 decimals (the value banded). */
  readonly abi: number | null;
  readonly abiUnrounded: number | null;
  readonly band: AbiBand | null;
  /** ABI below the severe threshold. */
  readonly severe: boolean | null;
  readonly toePressure: number | null;
  readonly tbi: number | null;
  readonly tbiAbnormal: boolean | null;
  /** PAD shown by this leg's measurements (ABI ≤ 0.90 or TBI ≤ 0.70); null when a non-compressible ABI has no TBI. */
  readonly pad: boolean | null;
  /** PARC haemodynamic range for CLTI; null when the given pressures cannot settle it. */
  readonly belowRestPainThreshold: boolean | null;
  readonly belowTissueLossThreshold: boolean | null;
  readonly summary: string;
}

export interface AbiResult extends ResultBase<'abi'> {
  /** Higher of the two arm pressures, mmHg. */
  readonly armPressure: number;
  readonly armUsed: Side;
  readonly severeBelow: number;
  /** Legs with at least one measurement, left first. */
  readonly sides: readonly AbiSideResult[];
  /** PAD shown in either leg; null when undetermined (non-compressible without TBI) and no leg shows PAD. */
  readonly pad: boolean | null;
}

const pressureRule: NumberRule = { min: 0, max: maxPressure, unit: 'mmHg' };
const armRule: NumberRule = { min: 0, exclusive: true, max: maxPressure, unit: 'mmHg', required: true };

export function parseAbiInput(raw: unknown): ParseResult<AbiInput> {
  const errors: FieldError[] = [];
  const obj = readObject(raw, '', ['arm', 'ankle', 'toe', 'severeBelow'], errors);
  if (!obj) return { ok: false, errors };

  let arm: { left: number; right: number } | undefined;
  if (obj.arm === undefined || obj.arm === null) {
    errors.push({ field: 'arm', message: 'is required: { left, right } brachial systolic pressures (mmHg)' });
  } else {
    const armObj = readObject(obj.arm, 'arm', ['left', 'right'], errors);
    if (armObj) {
      const left = readNumber(armObj, 'left', 'arm', armRule, errors);
      const right = readNumber(armObj, 'right', 'arm', armRule, errors);
      if (left !== undefined && right !== undefined) arm = { left, right };
    }
  }

  const ankle: { left?: AnklePressures; right?: AnklePressures } = {};
  if (obj.ankle === undefined || obj.ankle === null) {
    errors.push({
      field: 'ankle',
      message: 'is required: pressures for at least one leg (left and/or right)',
    });
  } else {
    const ankleObj = readObject(obj.ankle, 'ankle', sides, errors);
    if (ankleObj) {
      for (const side of sides) {
        const raw = ankleObj[side];
        if (raw === undefined || raw === null) continue;
        const path = `ankle.${side}`;
        const sideObj = readObject(raw, path, ['dorsalisPedis', 'posteriorTibial'], errors);
        if (!sideObj) continue;
        const before = errors.length;
        const dorsalisPedis = readNumber(sideObj, 'dorsalisPedis', path, pressureRule, errors);
        const posteriorTibial = readNumber(sideObj, 'posteriorTibial', path, pressureRule, errors);
        if (errors.length > before) continue;
        if (dorsalisPedis === undefined && posteriorTibial === undefined) {
          errors.push({ field: path, message: 'needs dorsalisPedis and/or posteriorTibial (mmHg)' });
          continue;
        }
        ankle[side] = {
          ...(dorsalisPedis === undefined ? {} : { dorsalisPedis }),
          ...(posteriorTibial === undefined ? {} : { posteriorTibial }),
        };
      }
      const sideErrors = errors.some((e) => e.field.startsWith('ankle.'));
      if (!sideErrors && ankle.left === undefined && ankle.right === undefined) {
        errors.push({ field: 'ankle', message: 'needs pressures for at least one leg (left and/or right)' });
      }
    }
  }

  let toe: { left?: number; right?: number } | undefined;
  if (obj.toe !== undefined && obj.toe !== null) {
    const toeObj = readObject(obj.toe, 'toe', sides, errors);
    if (toeObj) {
      const left = readNumber(toeObj, 'left', 'toe', pressureRule, errors);
      const right = readNumber(toeObj, 'right', 'toe', pressureRule, errors);
      toe = { ...(left === undefined ? {} : { left }), ...(right === undefined ? {} : { right }) };
    }
  }

  const severeBelow = readNumber(obj, 'severeBelow', '', { min: 0, exclusive: true, max: 0.9 }, errors);

  return finish(errors, () => ({
    arm: arm as { left: number; right: number },
    ankle,
    ...(toe === undefined ? {} : { toe }),
    ...(severeBelow === undefined ? {} : { severeBelow }),
  }));
}

function threshold(
  anklePressure: number | null,
  ankleUsable: boolean,
  toePressure: number | null,
  limits: { ankle: number; toe: number },
): boolean | null {
  const ankleBelow = anklePressure !== null && ankleUsable ? anklePressure < limits.ankle : null;
  const toeBelow = toePressure !== null ? toePressure < limits.toe : null;
  if (ankleBelow === true || toeBelow === true) return true;
  // "Not below" needs every usable measure: a missing toe pressure could still be below its threshold.
  if (toeBelow === false && (ankleBelow === false || !ankleUsable || anklePressure === null)) return false;
  return null;
}

function computeSide(
  side: Side,
  pressures: AnklePressures | undefined,
  toePressure: number | null,
  armPressure: number,
  severeBelow: number,
): AbiSideResult {
  const dp = pressures?.dorsalisPedis;
  const pt = pressures?.posteriorTibial;
  let anklePressure: number | null = null;
  let ankleArtery: AbiSideResult['ankleArtery'] = null;
  if (dp !== undefined && (pt === undefined || dp >= pt)) {
    anklePressure = dp;
    ankleArtery = 'dorsalisPedis';
  } else if (pt !== undefined) {
    anklePressure = pt;
    ankleArtery = 'posteriorTibial';
  }
  const abi = anklePressure === null ? null : roundedRatio(anklePressure, armPressure);
  const band = abi === null ? null : abiBand(abi);
  const severe = abi === null ? null : abi < severeBelow;
  const tbi = toePressure === null ? null : roundedRatio(toePressure, armPressure);
  const tbiIsAbnormal = tbi === null ? null : tbiAbnormal(tbi);

  let pad: boolean | null;
  if (band === 'pad' || tbiIsAbnormal === true) pad = true;
  else if (tbiIsAbnormal === false) pad = false;
  else if (band === 'non_compressible' || band === null) pad = null;
  else pad = false;

  const ankleUsable = band !== 'non_compressible';
  const parts: string[] = [];
  if (abi !== null && band !== null && anklePressure !== null) {
    parts.push(
      `ABI ${formatNumber(abi)} = ${anklePressure}/${armPressure} (${abiBands[band].range}: ${abiBands[band].meaning}${severe ? `, severe < ${severeBelow}` : ''})`,
    );
  }
  if (tbi !== null && toePressure !== null) {
    parts.push(
      `TBI ${formatNumber(tbi)} = ${toePressure}/${armPressure} (${tbiIsAbnormal ? 'abnormal ≤ 0.70' : 'normal > 0.70'})`,
    );
  }
  return {
    side,
    anklePressure,
    ankleArtery,
    bothAnkleArteries: dp !== undefined && pt !== undefined,
    abi,
    abiUnrounded: anklePressure === null ? null : anklePressure / armPressure,
    band,
    severe,
    toePressure,
    tbi,
    tbiAbnormal: tbiIsAbnormal,
    pad,
    belowRestPainThreshold: threshold(anklePressure, ankleUsable, toePressure, perfusionThresholds.restPain),
    belowTissueLossThreshold: threshold(
      anklePressure,
      ankleUsable,
      toePressure,
      perfusionThresholds.tissueLoss,
    ),
    summary: `${side}: ${parts.join('; ')}`,
  };
}

function plainSide(s: AbiSideResult): string {
  const where = `${s.side} leg`;
  if (s.abi !== null && s.band !== null) {
    const plain = s.band === 'pad' && s.severe ? `severely ${abiBands.pad.plain}` : abiBands[s.band].plain;
    const toe =
      s.band === 'non_compressible' && s.tbi !== null
        ? `; the toe reading is ${s.tbiAbnormal ? 'abnormal, which points to narrowed arteries' : 'normal'}`
        : '';
    return `${where} ${formatNumber(s.abi)}, ${plain}${toe}`;
  }
  return `${where}: toe reading ${s.tbiAbnormal ? 'abnormal, which points to narrowed arteries' : 'normal'}`;
}

export function computeAbi(input: AbiInput): AbiResult {
  const checked = parseAbiInput(input);
  if (!checked.ok) throw new CriteriaInputError('abi', checked.errors);
  const severeBelow = input.severeBelow ?? defaultSevereBelow;
  const armUsed: Side = input.arm.left >= input.arm.right ? 'left' : 'right';
  const armPressure = Math.max(input.arm.left, input.arm.right);

  const sideResults = sides
    .filter((side) => input.ankle[side] !== undefined || input.toe?.[side] !== undefined)
    .map((side) => computeSide(side, input.ankle[side], input.toe?.[side] ?? null, armPressure, severeBelow));

  const pad = sideResults.some((s) => s.pad === true)
    ? true
    : sideResults.some((s) => s.pad === null)
      ? null
      : false;

  const items = [
    makeItem(
      { id: 'arm.left', label: 'Left brachial systolic pressure (mmHg)', sources: ['S20'] },
      input.arm.left,
    ),
    makeItem(
      { id: 'arm.right', label: 'Right brachial systolic pressure (mmHg)', sources: ['S20'] },
      input.arm.right,
    ),
    ...sides.flatMap((side) => [
      makeItem(
        {
          id: `ankle.${side}.dorsalisPedis`,
          label: `${side} dorsalis pedis systolic pressure (mmHg)`,
          sources: ['S20'],
        },
        input.ankle[side]?.dorsalisPedis,
      ),
      makeItem(
        {
          id: `ankle.${side}.posteriorTibial`,
          label: `${side} posterior tibial systolic pressure (mmHg)`,
          sources: ['S20'],
        },
        input.ankle[side]?.posteriorTibial,
      ),
    ]),
    ...sides.map((side) =>
      makeItem(
        { id: `toe.${side}`, label: `${side} toe systolic pressure (mmHg)`, sources: ['S21', 'S28'] },
        input.toe?.[side],
      ),
    ),
  ];
  const cover = coverageOf('ABI', items, 'pressures');

  const notes: string[] = [
    'ABI is rounded to 2 decimals (half up) before banding, so 0.905 reads as 0.91 (borderline) and 1.405 as 1.41 (non-compressible).',
    'Calcified, non-compressible ankle arteries (often with diabetes or kidney disease) give a falsely normal or high ABI; measure the toe-brachial index when the ABI is > 1.40 [S21].',
    `"Severe" (ABI < ${severeBelow}) is not a guideline-standard band: published schemes put it anywhere from < 0.30 to < 0.50 (clinical.md §2.1) [S23][S24][S25].`,
    'A very low ABI or TBI alone does not establish chronic limb-threatening ischaemia, which also needs rest pain or tissue loss [S21].',
  ];
  if (sideResults.some((s) => s.band === 'normal' || s.band === 'borderline')) {
    notes.push(
      'With exertional leg symptoms and a normal or borderline resting ABI (0.91-1.40), an exercise treadmill ABI is advised [S21].',
    );
  }
  if (sideResults.some((s) => s.anklePressure !== null && !s.bothAnkleArteries)) {
    notes.push(
      'Only one ankle artery was measured on a leg; the ABI uses the higher of the two, so it may be underestimated.',
    );
  }
  if (sideResults.some((s) => s.band === 'non_compressible' && s.tbi === null)) {
    notes.push('A non-compressible ABI without a toe pressure cannot show or exclude PAD on that leg.');
  }
  if (sideResults.some((s) => s.belowRestPainThreshold !== null || s.belowTissueLossThreshold !== null)) {
    notes.push(
      'Haemodynamic CLTI range (PARC): ankle < 50 or toe < 30 mmHg with rest pain; ankle < 70 or toe < 50 mmHg with tissue loss [S27].',
    );
  }

  const reasons = [
    `Higher arm pressure ${armPressure} mmHg (${armUsed} arm).`,
    ...sideResults.map((s) =>
      s.anklePressure === null
        ? `${s.side}: no ankle pressure.`
        : `${s.side}: higher ankle pressure ${s.anklePressure} mmHg (${s.ankleArtery === 'dorsalisPedis' ? 'dorsalis pedis' : 'posterior tibial'}).`,
    ),
  ];

  const anyToe = sideResults.some((s) => s.tbi !== null);
  const patientSummary = `Your ankle-brachial index (blood pressure at the ankle compared with the arm): ${sideResults.map(plainSide).join('; ')}.`;
  const clinicianSummary = `ABI (2016 AHA/ACC bands, higher arm ${armPressure} mmHg): ${sideResults.map((s) => s.summary).join('; ')}; PAD ${pad === true ? 'shown' : pad === false ? 'not shown' : 'undetermined (non-compressible, no TBI)'}.`;

  return {
    instrument: 'abi',
    name: 'Ankle-brachial index (2016 AHA/ACC) and toe-brachial index',
    items,
    ...cover,
    decisive: pad === true,
    reasons,
    notes,
    sources: uniqueSources(
      ['S20', 'S21', 'S23', 'S24', 'S25'] as readonly Citation[],
      anyToe ? (['S28'] as const) : [],
      notes.some((n) => n.includes('[S27]')) ? (['S27'] as const) : [],
    ),
    patientSummary,
    clinicianSummary,
    armPressure,
    armUsed,
    severeBelow,
    sides: sideResults,
    pad,
  };
}

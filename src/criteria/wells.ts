import { coverageOf, type ItemSpec, makeItem, uniqueSources } from './shared.js';
import { type Citation, CriteriaInputError, type ParseResult, type ResultBase, type Tri } from './types.js';
import { parseTriObject } from './validate.js';

/**
 * Wells score for deep vein thrombosis, modified 2003 version (clinical.md §1.1-1.2): nine +1 items and
 * "another diagnosis at least as likely as DVT" at −2. Unknown items are left open, and the result gives the
 * lowest and highest score the unknown items allow.
 */

export const wellsItemIds = [
  'activeCancer',
  'paralysisOrCast',
  'bedriddenOrSurgery',
  'deepVeinTenderness',
  'entireLegSwollen',
  'calfSwelling',
  'pittingOedema',
  'collateralVeins',
  'previousDvt',
  'alternativeDiagnosisAsLikely',
] as const;
export type WellsItemId = (typeof wellsItemIds)[number];

/** Each item true (present), false (absent) or undefined (unknown). */
export type WellsInput = { readonly [K in WellsItemId]?: Tri };

const wellsSources: readonly Citation[] = ['S1', 'S2', 'S3', 'S5'];

export const wellsItemSpecs: Readonly<Record<WellsItemId, ItemSpec & { points: number }>> = {
  activeCancer: {
    id: 'activeCancer',
    label: 'Active cancer (treatment ongoing or within the last 6 months, or palliative)',
    points: 1,
    sources: wellsSources,
  },
  paralysisOrCast: {
    id: 'paralysisOrCast',
    label: 'Paralysis, paresis or recent plaster immobilisation of the leg',
    points: 1,
    sources: wellsSources,
  },
  bedriddenOrSurgery: {
    id: 'bedriddenOrSurgery',
    label: 'Bedridden > 3 days, or major surgery within 12 weeks under general or regional anaesthesia',
    points: 1,
    sources: wellsSources,
  },
  deepVeinTenderness: {
    id: 'deepVeinTenderness',
    label: 'Localised tenderness along the distribution of the deep venous system',
    points: 1,
    clinicianConfirms: true,
    sources: wellsSources,
  },
  entireLegSwollen: {
    id: 'entireLegSwollen',
    label: 'Entire leg swollen',
    points: 1,
    clinicianConfirms: true,
    sources: wellsSources,
  },
  calfSwelling: {
    id: 'calfSwelling',
    label:
      'Calf swelling > 3 cm compared with the asymptomatic side (measured 10 cm below the tibial tuberosity)',
    points: 1,
    clinicianConfirms: true,
    sources: wellsSources,
  },
  pittingOedema: {
    id: 'pittingOedema',
    label: 'Pitting oedema confined to, or greater in, the symptomatic leg',
    points: 1,
    clinicianConfirms: true,
    sources: wellsSources,
  },
  collateralVeins: {
    id: 'collateralVeins',
    label: 'Collateral superficial veins (non-varicose)',
    points: 1,
    clinicianConfirms: true,
    sources: wellsSources,
  },
  previousDvt: {
    id: 'previousDvt',
    label: 'Previously documented DVT (item added in the modified 2003 score)',
    points: 1,
    sources: wellsSources,
  },
  alternativeDiagnosisAsLikely: {
    id: 'alternativeDiagnosisAsLikely',
    label: 'Alternative diagnosis at least as likely as DVT',
    points: -2,
    clinicianConfirms: true,
    sources: wellsSources,
  },
};

export type WellsTwoLevelBand = 'likely' | 'unlikely';
export type WellsThreeLevelBand = 'high' | 'moderate' | 'low';

export interface WellsBandDefinition<B extends string> {
  readonly band: B;
  /** Score range in words, e.g. "≥ 2". */
  readonly range: string;
  /** Published probability of DVT in this band. */
  readonly risk: string;
  readonly sources: readonly Citation[];
}

/** Two-level bands (modified score; NICE): likely ≥ 2, unlikely ≤ 1. Percentages vary by source (clinical.md §10.6). */
export const wellsTwoLevelBands: Readonly<Record<WellsTwoLevelBand, WellsBandDefinition<WellsTwoLevelBand>>> =
  {
    likely: {
      band: 'likely',
      range: '≥ 2',
      risk: 'DVT in about 30-40% (BMJ Best Practice about 40%, RCEM over 30%); go straight to imaging, a D-dimer cannot exclude DVT',
      sources: ['S3', 'S4'],
    },
    unlikely: {
      band: 'unlikely',
      range: '≤ 1',
      risk: 'DVT in under 15%; with a negative D-dimer the 3-month DVT incidence is about 0.5%',
      sources: ['S3', 'S4'],
    },
  };

/** Three-level bands of the original 1997 score (Wells, Lancet 1997): high ≥ 3, moderate 1-2, low ≤ 0. */
export const wellsThreeLevelBands: Readonly<
  Record<WellsThreeLevelBand, WellsBandDefinition<WellsThreeLevelBand>>
> = {
  high: { band: 'high', range: '≥ 3', risk: 'DVT in about 53% (LR+ 5.2)', sources: ['S1', 'S2', 'S6'] },
  moderate: { band: 'moderate', range: '1-2', risk: 'DVT in about 17%', sources: ['S1', 'S2'] },
  low: { band: 'low', range: '≤ 0', risk: 'DVT in about 5% (LR 0.25)', sources: ['S1', 'S2', 'S6'] },
};

export function wellsTwoLevelBand(score: number): WellsTwoLevelBand {
  return score >= 2 ? 'likely' : 'unlikely';
}

export function wellsThreeLevelBand(score: number): WellsThreeLevelBand {
  if (score >= 3) return 'high';
  if (score >= 1) return 'moderate';
  return 'low';
}

export interface WellsBandResult<B extends string> {
  /** The band, or `undetermined` when the unknown items could move the score into another band. */
  readonly band: B | 'undetermined';
  /** Every band the score can still fall in, lowest score first. */
  readonly possibleBands: readonly B[];
  /** The published risk of the band, `null` when undetermined. */
  readonly risk: string | null;
  readonly sources: readonly Citation[];
}

export interface WellsResult extends ResultBase<'wells'> {
  /** Points from the items known to be present (unknown items count 0). */
  readonly score: number;
  /** Lowest possible score: every unknown −2 item present, every unknown +1 item absent. */
  readonly minScore: number;
  /** Highest possible score: every unknown +1 item present, the unknown −2 item absent. */
  readonly maxScore: number;
  readonly twoLevel: WellsBandResult<WellsTwoLevelBand>;
  readonly threeLevel: WellsBandResult<WellsThreeLevelBand>;
}

export function parseWellsInput(raw: unknown): ParseResult<WellsInput> {
  return parseTriObject(raw, wellsItemIds);
}

function bandResult<B extends string>(
  min: number,
  max: number,
  bandOf: (score: number) => B,
  order: readonly B[],
  definitions: Readonly<Record<B, WellsBandDefinition<B>>>,
): WellsBandResult<B> {
  const low = bandOf(min);
  const high = bandOf(max);
  // Bands are monotone in the score, so the possible bands are those between the band of min and of max.
  const possibleBands = order.slice(order.indexOf(low), order.indexOf(high) + 1);
  if (low !== high) {
    return {
      band: 'undetermined',
      possibleBands,
      risk: null,
      sources: uniqueSources(...possibleBands.map((b) => definitions[b].sources)),
    };
  }
  return { band: low, possibleBands, risk: definitions[low].risk, sources: definitions[low].sources };
}

function describeBand<B extends string>(
  result: WellsBandResult<B>,
  defs: Readonly<Record<B, WellsBandDefinition<B>>>,
): string {
  if (result.band === 'undetermined') return `undetermined (${result.possibleBands.join(' or ')})`;
  return `${result.band} (${defs[result.band as B].range}; ${defs[result.band as B].risk})`;
}

/**
 * `notApplied`: unknown items counted 0 instead of left open. The evidence adapter uses it for the −2
 * "alternative diagnosis at least as likely" when no clinician has given it: only a clinician can judge that,
 * and the tool never takes it from its own probabilities (a result then says so in its notes).
 */
export interface WellsOptions {
  readonly notApplied?: readonly WellsItemId[];
}

export function computeWells(input: WellsInput, options: WellsOptions = {}): WellsResult {
  const notApplied = options.notApplied ?? [];
  const checked = parseWellsInput(input);
  if (!checked.ok) throw new CriteriaInputError('wells', checked.errors);

  let score = 0;
  let minScore = 0;
  let maxScore = 0;
  const reasons: string[] = [];
  const items = wellsItemIds.map((id) => {
    const spec = wellsItemSpecs[id];
    const value = input[id];
    const signed = spec.points > 0 ? `+${spec.points}` : `${spec.points}`;
    if (value === true) {
      score += spec.points;
      minScore += spec.points;
      maxScore += spec.points;
      reasons.push(`${spec.label}: ${signed}`);
    } else if (value === undefined && notApplied.includes(id)) {
      reasons.push(`${spec.label}: not applied (0) without a clinician's judgement`);
    } else if (value === undefined) {
      if (spec.points < 0) minScore += spec.points;
      else maxScore += spec.points;
      reasons.push(`${spec.label}: unknown (0 or ${signed})`);
    }
    return makeItem(spec, value);
  });

  const twoLevel = bandResult(
    minScore,
    maxScore,
    wellsTwoLevelBand,
    ['unlikely', 'likely'],
    wellsTwoLevelBands,
  );
  const threeLevel = bandResult(
    minScore,
    maxScore,
    wellsThreeLevelBand,
    ['low', 'moderate', 'high'],
    wellsThreeLevelBands,
  );
  const cover = coverageOf('Wells', items);
  const unconfirmed = items.filter((i) => i.clinicianConfirms && i.value === true).map((i) => i.id);

  const notes = [
    'Examination items (deep-vein tenderness, leg and calf swelling, pitting oedema, collateral veins) and the alternative-diagnosis judgement must be confirmed by a clinician examining the leg.',
    'The Wells score applies to people in whom DVT is suspected (leg pain, swelling or tenderness); it does not screen people without leg signs.',
    'The Wells score is less accurate in older patients, with comorbidity and with prior VTE [S5][S6].',
    'The three-level bands come from the original 1997 score (without the previous-DVT item); the two-level cut-off (≥ 2) belongs to the modified 2003 score.',
  ];
  if (input.activeCancer === true) {
    notes.push('Wells ≤ 1 with a negative D-dimer was not safe in cancer patients (2.2% DVT) [S7].');
  }
  const skipped = notApplied.filter((id) => input[id] === undefined);
  if (skipped.length > 0) {
    notes.push(
      `Not applied (counted 0) until a clinician gives it: ${skipped.map((id) => wellsItemSpecs[id].label).join('; ')}. nightleg never judges it from its own probabilities; a clinician who finds another diagnosis at least as likely subtracts 2.`,
    );
  }
  if (unconfirmed.length > 0) {
    notes.push(`Items counted but still to be confirmed on examination: ${unconfirmed.join(', ')}.`);
  }

  const points = (n: number) => `${n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
  const exact = minScore === maxScore;
  let patientSummary: string;
  if (twoLevel.band === 'likely') {
    patientSummary = `By the Wells score (${exact ? points(score) : `at least ${points(minScore)}`}), a blood clot in the leg is likely, so a doctor should check the leg the same day, usually with an ultrasound scan.`;
  } else if (twoLevel.band === 'unlikely') {
    patientSummary = `By the Wells score (${exact ? points(score) : `at most ${points(maxScore)}`}), a blood clot in the leg is unlikely, although a doctor may still do a blood test (D-dimer) to be sure.`;
  } else {
    patientSummary = `The Wells clot score cannot be settled yet (${cover.known.length} of ${cover.total} items known); some items need a doctor to examine the leg.`;
  }
  // Clinicians read item names, not field ids: the label up to its first qualifier.
  const shortLabel = (id: string) =>
    (wellsItemSpecs[id as WellsItemId]?.label ?? id).split(/ \(|, | under | confined/)[0];
  const unknownText =
    cover.missing.length > 0 ? `; unknown: ${cover.missing.map(shortLabel).join('; ')}` : '';
  const clinicianSummary =
    `Wells DVT (modified 2003): score ${score}, range ${minScore} to ${maxScore}${unknownText}; ` +
    `two-level ${describeBand(twoLevel, wellsTwoLevelBands)}; three-level ${describeBand(threeLevel, wellsThreeLevelBands)}; ` +
    `${cover.coverage}; examination items need clinician confirmation.`;

  return {
    instrument: 'wells',
    name: 'Wells score for deep vein thrombosis (modified 2003)',
    items,
    ...cover,
    decisive: minScore >= 2,
    reasons,
    notes,
    sources: uniqueSources(
      wellsSources,
      twoLevel.sources,
      threeLevel.sources,
      ['S6'],
      input.activeCancer ? ['S7'] : [],
    ),
    patientSummary,
    clinicianSummary,
    score,
    minScore,
    maxScore,
    twoLevel,
    threeLevel,
  };
}

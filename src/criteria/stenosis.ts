import { coverageOf, type ItemSpec, makeItem, triAnd, uniqueSources } from './shared.js';
import {
  type Citation,
  CriteriaInputError,
  type FieldError,
  type ParseResult,
  type ResultBase,
  type Tri,
} from './types.js';
import { finish, readNumber, readObject, readTri } from './validate.js';

/**
 * Lumbar spinal stenosis (neurogenic claudication) versus vascular claudication: the distinguishing features
 * with their published likelihood ratios (clinical.md §5.1-5.2). Nadeau 2013 [S104] compares neurogenic with
 * vascular claudication; Suri 2010 [S101] gives LRs for the clinical syndrome of LSS in older adults with leg
 * pain. The LRs come from different populations and are not independent, so they are listed, never
 * multiplied. The Konno diagnostic support tool is deliberately not implemented: its item weights are
 * UNVERIFIED in clinical.md §5.3.
 */

export const stenosisFieldIds = [
  'age',
  'painTriggeredByStandingAlone',
  'shoppingCartSign',
  'symptomsAboveKnee',
  'reliefBySitting',
  'calfSymptomsRelievedByStandingStill',
  'noPainWhenSeated',
  'improvesBendingForward',
  'bilateralButtockOrLegPain',
  'wideBasedGait',
  'abnormalRomberg',
] as const;
type StenosisBooleanId = Exclude<(typeof stenosisFieldIds)[number], 'age'>;

export type StenosisInput = { readonly age?: number } & { readonly [K in StenosisBooleanId]?: Tri };

export const stenosisItemSpecs: Readonly<Record<(typeof stenosisFieldIds)[number], ItemSpec>> = {
  age: { id: 'age', label: 'Age (years)', sources: ['S101'] },
  painTriggeredByStandingAlone: {
    id: 'painTriggeredByStandingAlone',
    label: 'Symptoms triggered by standing alone',
    sources: ['S104'],
  },
  shoppingCartSign: {
    id: 'shoppingCartSign',
    label: 'Shopping-cart sign (relief leaning forward on a cart)',
    sources: ['S104'],
  },
  symptomsAboveKnee: { id: 'symptomsAboveKnee', label: 'Symptoms above the knee', sources: ['S104'] },
  reliefBySitting: { id: 'reliefBySitting', label: 'Symptoms relieved by sitting', sources: ['S104'] },
  calfSymptomsRelievedByStandingStill: {
    id: 'calfSymptomsRelievedByStandingStill',
    label: 'Calf symptoms relieved by standing still',
    sources: ['S104'],
  },
  noPainWhenSeated: { id: 'noPainWhenSeated', label: 'No pain when seated', sources: ['S101'] },
  improvesBendingForward: {
    id: 'improvesBendingForward',
    label: 'Symptoms improve on bending forward',
    sources: ['S101'],
  },
  bilateralButtockOrLegPain: {
    id: 'bilateralButtockOrLegPain',
    label: 'Bilateral buttock or leg pain',
    sources: ['S101'],
  },
  wideBasedGait: {
    id: 'wideBasedGait',
    label: 'Wide-based gait',
    clinicianConfirms: true,
    sources: ['S101'],
  },
  abnormalRomberg: {
    id: 'abnormalRomberg',
    label: 'Abnormal Romberg test',
    clinicianConfirms: true,
    sources: ['S101'],
  },
};

/** Which question a likelihood ratio answers. */
export type StenosisTarget = 'lss_syndrome' | 'neurogenic_claudication' | 'vascular_claudication';

export interface StenosisFeatureDefinition {
  readonly id: string;
  readonly label: string;
  readonly likelihoodRatio: number;
  readonly target: StenosisTarget;
  readonly sources: readonly Citation[];
}

/** The published LRs used (clinical.md §5.1-5.2). */
export const stenosisFeatures = {
  ageOver70: {
    id: 'ageOver70',
    label: 'Age > 70',
    likelihoodRatio: 2.0,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
  ageUnder60: {
    id: 'ageUnder60',
    label: 'Age < 60',
    likelihoodRatio: 0.4,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
  noStandingTrigger: {
    id: 'noStandingTrigger',
    label: 'Symptoms NOT triggered by standing alone',
    likelihoodRatio: 0.05,
    target: 'neurogenic_claudication',
    sources: ['S104'],
  },
  nadeauCluster: {
    id: 'nadeauCluster',
    label: 'Shopping-cart sign + symptoms above the knee + triggered by standing + relieved by sitting',
    likelihoodRatio: 13,
    target: 'neurogenic_claudication',
    sources: ['S104'],
  },
  calfReliefStandingStill: {
    id: 'calfReliefStandingStill',
    label: 'Calf symptoms relieved by standing still',
    likelihoodRatio: 20,
    target: 'vascular_claudication',
    sources: ['S104'],
  },
  noPainWhenSeated: {
    id: 'noPainWhenSeated',
    label: 'No pain when seated',
    likelihoodRatio: 7.4,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
  improvesBendingForward: {
    id: 'improvesBendingForward',
    label: 'Symptoms improve on bending forward',
    likelihoodRatio: 6.4,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
  bilateralButtockOrLegPain: {
    id: 'bilateralButtockOrLegPain',
    label: 'Bilateral buttock or leg pain',
    likelihoodRatio: 6.3,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
  wideBasedGait: {
    id: 'wideBasedGait',
    label: 'Wide-based gait',
    likelihoodRatio: 13,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
  abnormalRomberg: {
    id: 'abnormalRomberg',
    label: 'Abnormal Romberg test',
    likelihoodRatio: 4.2,
    target: 'lss_syndrome',
    sources: ['S101'],
  },
} as const satisfies Record<string, StenosisFeatureDefinition>;

export type StenosisDirection = 'for_lss' | 'against_lss';
export type StenosisStrength = 'strong' | 'moderate' | 'weak';

export interface StenosisFeature extends StenosisFeatureDefinition {
  /** Direction with respect to spinal stenosis; the vascular-claudication LR counts against LSS. */
  readonly direction: StenosisDirection;
  readonly strength: StenosisStrength;
}

export interface StenosisResult extends ResultBase<'stenosis'> {
  /** Features whose published LR applies to this person, strongest first. */
  readonly features: readonly StenosisFeature[];
  /** Direction of the strongest tier of features; `conflicting` when that tier points both ways. */
  readonly lean: StenosisDirection | 'conflicting' | 'none';
  readonly leanStrength: StenosisStrength | null;
}

/** Strong: LR ≥ 10 or ≤ 0.1; moderate: ≥ 5 or ≤ 0.2; weak otherwise. */
export function strengthOf(lrForLss: number): StenosisStrength {
  const magnitude = Math.abs(Math.log(lrForLss));
  if (magnitude >= Math.log(10) - 1e-9) return 'strong';
  if (magnitude >= Math.log(5) - 1e-9) return 'moderate';
  return 'weak';
}

export function parseStenosisInput(raw: unknown): ParseResult<StenosisInput> {
  const errors: FieldError[] = [];
  const obj = readObject(raw, '', stenosisFieldIds, errors);
  if (!obj) return { ok: false, errors };
  const out: { -readonly [K in keyof StenosisInput]: StenosisInput[K] } = {};
  const age = readNumber(obj, 'age', '', { min: 0, max: 130, unit: 'years' }, errors);
  if (age !== undefined) out.age = age;
  for (const id of stenosisFieldIds) {
    if (id === 'age') continue;
    const value = readTri(obj, id, '', errors);
    if (value !== undefined) out[id] = value;
  }
  return finish(errors, () => out);
}

function feature(def: StenosisFeatureDefinition): StenosisFeature {
  const lrForLss = def.target === 'vascular_claudication' ? 1 / def.likelihoodRatio : def.likelihoodRatio;
  return { ...def, direction: lrForLss >= 1 ? 'for_lss' : 'against_lss', strength: strengthOf(lrForLss) };
}

/** Each published feature with its direction and strength, built once and shared (frozen) by every result. */
const featureOf = new Map<StenosisFeatureDefinition, StenosisFeature>(
  Object.values(stenosisFeatures).map((def) => [def, Object.freeze(feature(def))]),
);

/** |ln LR| in the direction of spinal stenosis: the sort key, strongest first. */
const featureWeight = new Map<StenosisFeature, number>(
  [...featureOf.values()].map((x) => [
    x,
    Math.abs(Math.log(x.target === 'vascular_claudication' ? 1 / x.likelihoodRatio : x.likelihoodRatio)),
  ]),
);

export function computeStenosis(input: StenosisInput): StenosisResult {
  const checked = parseStenosisInput(input);
  if (!checked.ok) throw new CriteriaInputError('stenosis', checked.errors);
  const f = stenosisFeatures;
  const applicable: StenosisFeature[] = [];
  const lrOf = new Map<string, number>();
  const add = (def: StenosisFeatureDefinition, itemId?: string) => {
    applicable.push(featureOf.get(def) ?? feature(def));
    if (itemId) lrOf.set(itemId, def.likelihoodRatio);
  };
  if (input.age !== undefined && input.age > 70) add(f.ageOver70, 'age');
  if (input.age !== undefined && input.age < 60) add(f.ageUnder60, 'age');
  if (input.painTriggeredByStandingAlone === false) add(f.noStandingTrigger, 'painTriggeredByStandingAlone');
  const cluster = triAnd(
    input.shoppingCartSign,
    input.symptomsAboveKnee,
    input.painTriggeredByStandingAlone,
    input.reliefBySitting,
  );
  if (cluster === true) add(f.nadeauCluster);
  if (input.calfSymptomsRelievedByStandingStill === true)
    add(f.calfReliefStandingStill, 'calfSymptomsRelievedByStandingStill');
  if (input.noPainWhenSeated === true) add(f.noPainWhenSeated, 'noPainWhenSeated');
  if (input.improvesBendingForward === true) add(f.improvesBendingForward, 'improvesBendingForward');
  if (input.bilateralButtockOrLegPain === true) add(f.bilateralButtockOrLegPain, 'bilateralButtockOrLegPain');
  if (input.wideBasedGait === true) add(f.wideBasedGait, 'wideBasedGait');
  if (input.abnormalRomberg === true) add(f.abnormalRomberg, 'abnormalRomberg');
  const weight = (x: StenosisFeature) =>
    featureWeight.get(x) ??
    Math.abs(Math.log(x.target === 'vascular_claudication' ? 1 / x.likelihoodRatio : x.likelihoodRatio));
  applicable.sort((a, b) => weight(b) - weight(a));

  let lean: StenosisResult['lean'] = 'none';
  let leanStrength: StenosisStrength | null = null;
  for (const tier of ['strong', 'moderate', 'weak'] as const) {
    const inTier = applicable.filter((x) => x.strength === tier);
    if (inTier.length === 0) continue;
    const directions = new Set(inTier.map((x) => x.direction));
    lean = directions.size > 1 ? 'conflicting' : (inTier[0] as StenosisFeature).direction;
    leanStrength = tier;
    break;
  }

  const items = stenosisFieldIds.map((id) => {
    const lr = lrOf.get(id);
    return makeItem(stenosisItemSpecs[id], input[id], lr === undefined ? {} : { likelihoodRatio: lr });
  });
  const cover = coverageOf('LSS vs vascular claudication', items);
  const reasons = applicable.map(
    (x) =>
      `${x.label}: LR ${x.likelihoodRatio} for ${x.target.replace(/_/g, ' ')} (${x.direction === 'for_lss' ? 'favours' : 'argues against'} spinal stenosis).`,
  );
  if (
    cluster === undefined &&
    [input.shoppingCartSign, input.symptomsAboveKnee, input.reliefBySitting].some((v) => v === true)
  ) {
    reasons.push(
      'Nadeau cluster (LR+ 13) incomplete: needs shopping-cart sign, above-knee symptoms, standing trigger and relief by sitting.',
    );
  }
  const notes = [
    'Nadeau 2013 LRs compare neurogenic with vascular claudication in 53 patients; Suri 2010 LRs are for the LSS syndrome in older adults with leg pain. They are listed, not multiplied, because they are not independent.',
    'Single Nadeau attributes on their own were only weakly valid; only the absence of a standing trigger (LR− 0.05), the four-item cluster (LR+ 13) and calf relief on standing still (LR+ 20, vascular) are used [S104].',
    'Evidence against stenosis is not evidence of PAD: confirm vascular claudication with pulses and an ABI.',
  ];

  const patientSummary =
    lean === 'for_lss'
      ? 'Some of your answers point towards a narrowed spinal canal in the lower back (spinal stenosis) rather than narrowed leg arteries.'
      : lean === 'against_lss'
        ? input.calfSymptomsRelievedByStandingStill === true
          ? 'Your answers point towards narrowed leg arteries rather than a narrowed spinal canal in the lower back.'
          : 'Your answers point away from a narrowed spinal canal in the lower back (spinal stenosis).'
        : lean === 'conflicting'
          ? 'Your answers point both towards and away from a narrowed spinal canal; a doctor’s examination can tell it apart from narrowed leg arteries.'
          : 'Not enough is known yet to tell a narrowed spinal canal from narrowed leg arteries.';
  const listed = applicable.map(
    (x) => `${x.label} LR ${x.likelihoodRatio}${x.target === 'vascular_claudication' ? ' (vascular)' : ''}`,
  );
  const clinicianSummary = `LSS vs vascular claudication: ${lean === 'none' ? 'no feature with a published LR' : `lean ${lean === 'for_lss' ? 'towards LSS' : lean === 'against_lss' ? 'against LSS' : 'conflicting'}${leanStrength ? ` (${leanStrength})` : ''}`}${listed.length > 0 ? `; ${listed.join('; ')}` : ''}; LRs listed, not combined.`;

  return {
    instrument: 'stenosis',
    name: 'Lumbar spinal stenosis vs vascular claudication: likelihood ratios',
    items,
    ...cover,
    decisive: leanStrength === 'strong' && lean !== 'conflicting',
    reasons,
    notes,
    sources: uniqueSources(['S104', 'S101', 'S100']),
    patientSummary,
    clinicianSummary,
    features: applicable,
    lean,
    leanStrength,
  };
}
